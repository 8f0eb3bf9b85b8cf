// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputItem (spec schema OutputItem).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/apply_patch_tool.hpp>
#include <openai/types/responses/computer_tool.hpp>
#include <openai/types/responses/computer_use_preview_tool.hpp>
#include <openai/types/responses/custom_tool.hpp>
#include <openai/types/responses/file_search_tool.hpp>
#include <openai/types/responses/function_shell_tool.hpp>
#include <openai/types/responses/function_tool.hpp>
#include <openai/types/responses/mcp_tool_call_error.hpp>
#include <openai/types/responses/namespace_tool.hpp>
#include <openai/types/responses/response_apply_patch_tool_call.hpp>
#include <openai/types/responses/response_apply_patch_tool_call_output.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_item.hpp>
#include <openai/types/responses/response_custom_tool_call.hpp>
#include <openai/types/responses/response_custom_tool_call_output_item.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>
#include <openai/types/responses/response_function_tool_call.hpp>
#include <openai/types/responses/response_function_tool_call_output_item.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_output_message.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>
#include <openai/types/responses/tool.hpp>
#include <openai/types/responses/tool_search_tool.hpp>
#include <openai/types/responses/web_search_preview_tool.hpp>
#include <openai/types/responses/web_search_tool.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The response_output_item_additional_tools object.
struct response_output_item_additional_tools
{
    /// The type of the item. Always `additional_tools`.
    std::string type = "additional_tools";
    /// The unique ID of the additional tools item.
    std::string id{};
    /// The role that provided the additional tools. One of: unknown, user, assistant, system,
    /// critic, discriminator, developer, tool.
    std::string role{};
    /// The additional tool definitions made available at this item.
    std::vector<openai::tool> tools{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_additional_tools, (), (type, id, role, tools))
using conversation_item_additional_tools = response_output_item_additional_tools;
using response_item_additional_tools = response_output_item_additional_tools;
OPENAI_EXTERN_JSON_READER(response_output_item_additional_tools)

/// An image generation request made by the model.
struct response_output_item_image_generation_call
{
    /// The type of the image generation call. Always `image_generation_call`.
    std::string type = "image_generation_call";
    /// The unique ID of the image generation call.
    std::string id{};
    /// The status of the image generation call. One of: in_progress, completed, generating, failed.
    std::string status{};
    /// The generated image encoded in base64.
    std::optional<std::string> result{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_image_generation_call, (), (type, id, status, result))
using conversation_item_image_generation_call = response_output_item_image_generation_call;
using response_input_item_image_generation_call = response_output_item_image_generation_call;
using response_item_image_generation_call = response_output_item_image_generation_call;
OPENAI_EXTERN_JSON_READER(response_output_item_image_generation_call)

/// Execute a shell command on the server.
struct response_output_item_local_shell_call_action
{
    /// The type of the local shell action. Always `exec`.
    std::string type = "exec";
    /// The command to run.
    std::vector<std::string> command{};
    /// Optional timeout in milliseconds for the command.
    std::optional<std::int64_t> timeout_ms{};
    /// Optional working directory to run the command in.
    std::optional<std::string> working_directory{};
    /// Environment variables to set for the command.
    std::map<std::string, std::string> env{};
    /// Optional user to run the command as.
    std::optional<std::string> user{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_local_shell_call_action, (),
                      (type, command, timeout_ms, working_directory, env, user))
using conversation_item_local_shell_call_action = response_output_item_local_shell_call_action;
using response_input_item_local_shell_call_action = response_output_item_local_shell_call_action;
using response_item_local_shell_call_action = response_output_item_local_shell_call_action;
OPENAI_EXTERN_JSON_READER(response_output_item_local_shell_call_action)

/// A tool call to run a command on the local shell.
struct response_output_item_local_shell_call
{
    /// The type of the local shell call. Always `local_shell_call`.
    std::string type = "local_shell_call";
    /// The unique ID of the local shell call.
    std::string id{};
    /// The unique ID of the local shell tool call generated by the model.
    std::string call_id{};
    /// Execute a shell command on the server.
    openai::response_output_item_local_shell_call_action action{};
    /// The status of the local shell call. One of: in_progress, completed, incomplete.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_local_shell_call, (), (type, id, call_id, action, status))
using conversation_item_local_shell_call = response_output_item_local_shell_call;
using response_input_item_local_shell_call = response_output_item_local_shell_call;
using response_item_local_shell_call = response_output_item_local_shell_call;
OPENAI_EXTERN_JSON_READER(response_output_item_local_shell_call)

/// The output of a local shell tool call.
struct response_output_item_local_shell_call_output
{
    /// The type of the local shell tool call output. Always `local_shell_call_output`.
    std::string type = "local_shell_call_output";
    /// The unique ID of the local shell tool call generated by the model.
    std::string id{};
    /// A JSON string of the output of the local shell tool call.
    std::string output{};
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_local_shell_call_output, (), (type, id, output, status))
using conversation_item_local_shell_call_output = response_output_item_local_shell_call_output;
using response_input_item_local_shell_call_output = response_output_item_local_shell_call_output;
using response_item_local_shell_call_output = response_output_item_local_shell_call_output;
OPENAI_EXTERN_JSON_READER(response_output_item_local_shell_call_output)

/// A request for human approval of a tool invocation.
struct response_output_item_mcp_approval_request
{
    /// The type of the item. Always `mcp_approval_request`.
    std::string type = "mcp_approval_request";
    /// The unique ID of the approval request.
    std::string id{};
    /// The label of the MCP server making the request.
    std::string server_label{};
    /// The name of the tool to run.
    std::string name{};
    /// A JSON string of arguments for the tool.
    std::string arguments{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_mcp_approval_request, (), (type, id, server_label, name, arguments))
using conversation_item_mcp_approval_request = response_output_item_mcp_approval_request;
using response_input_item_mcp_approval_request = response_output_item_mcp_approval_request;
using response_item_mcp_approval_request = response_output_item_mcp_approval_request;
OPENAI_EXTERN_JSON_READER(response_output_item_mcp_approval_request)

/// A response to an MCP approval request.
struct response_output_item_mcp_approval_response
{
    /// The type of the item. Always `mcp_approval_response`.
    std::string type = "mcp_approval_response";
    /// The unique ID of the approval response
    std::string id{};
    /// The ID of the approval request being answered.
    std::string approval_request_id{};
    /// Whether the request was approved.
    bool approve{};
    /// Optional reason for the decision.
    std::optional<std::string> reason{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_mcp_approval_response, (), (type, id, approval_request_id, approve, reason))
using conversation_item_mcp_approval_response = response_output_item_mcp_approval_response;
using response_item_mcp_approval_response = response_output_item_mcp_approval_response;
OPENAI_EXTERN_JSON_READER(response_output_item_mcp_approval_response)

/// An invocation of a tool on an MCP server.
struct response_output_item_mcp_call
{
    /// The type of the item. Always `mcp_call`.
    std::string type = "mcp_call";
    /// The unique ID of the tool call.
    std::string id{};
    /// The label of the MCP server running the tool.
    std::string server_label{};
    /// The name of the tool that was run.
    std::string name{};
    /// A JSON string of the arguments passed to the tool.
    std::string arguments{};
    /// The output from the tool call.
    std::optional<std::string> output{};
    /// The error from the tool call, if any.
    std::optional<openai::mcp_tool_call_error> error{};
    /// The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or
    /// `failed`.
    std::optional<std::string> status{};
    /// Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    /// `mcp_approval_response` input to approve or reject the corresponding tool call.
    std::optional<std::string> approval_request_id{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_mcp_call, (),
                      (type, id, server_label, name, arguments, output, error, status, approval_request_id))
using conversation_item_mcp_call = response_output_item_mcp_call;
using response_input_item_mcp_call = response_output_item_mcp_call;
using response_item_mcp_call = response_output_item_mcp_call;
OPENAI_EXTERN_JSON_READER(response_output_item_mcp_call)

/// A tool available on an MCP server.
struct response_output_item_mcp_list_tools_tool
{
    /// The name of the tool.
    std::string name{};
    /// The description of the tool.
    std::optional<std::string> description{};
    /// The JSON schema describing the tool's input.
    boost::json::object input_schema{};
    /// Additional annotations about the tool.
    std::optional<boost::json::object> annotations{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_mcp_list_tools_tool, (), (name, description, input_schema, annotations))
using conversation_item_mcp_list_tools_tool = response_output_item_mcp_list_tools_tool;
using response_input_item_mcp_list_tools_tool = response_output_item_mcp_list_tools_tool;
using response_item_mcp_list_tools_tool = response_output_item_mcp_list_tools_tool;
OPENAI_EXTERN_JSON_READER(response_output_item_mcp_list_tools_tool)

/// A list of tools available on an MCP server.
struct response_output_item_mcp_list_tools
{
    /// The type of the item. Always `mcp_list_tools`.
    std::string type = "mcp_list_tools";
    /// The unique ID of the list.
    std::string id{};
    /// The label of the MCP server.
    std::string server_label{};
    /// The tools available on the server.
    std::vector<openai::response_output_item_mcp_list_tools_tool> tools{};
    /// Error message if the server could not list tools.
    std::optional<std::string> error{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_mcp_list_tools, (), (type, id, server_label, tools, error))
using conversation_item_mcp_list_tools = response_output_item_mcp_list_tools;
using response_input_item_mcp_list_tools = response_output_item_mcp_list_tools;
using response_item_mcp_list_tools = response_output_item_mcp_list_tools;
OPENAI_EXTERN_JSON_READER(response_output_item_mcp_list_tools)

/// The response_output_item_program object.
struct response_output_item_program
{
    /// The type of the item. Always `program`.
    std::string type = "program";
    /// The unique ID of the program item.
    std::string id{};
    /// The stable call ID of the program item.
    std::string call_id{};
    /// The JavaScript source executed by programmatic tool calling.
    std::string code{};
    /// Opaque program replay fingerprint that must be round-tripped.
    std::string fingerprint{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_program, (), (type, id, call_id, code, fingerprint))
using conversation_item_program = response_output_item_program;
using response_item_program = response_output_item_program;
OPENAI_EXTERN_JSON_READER(response_output_item_program)

/// The response_output_item_program_output object.
struct response_output_item_program_output
{
    /// The type of the item. Always `program_output`.
    std::string type = "program_output";
    /// The unique ID of the program output item.
    std::string id{};
    /// The call ID of the program item.
    std::string call_id{};
    /// The result produced by the program item.
    std::string result{};
    /// The terminal status of the program output item. One of: completed, incomplete.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_program_output, (), (type, id, call_id, result, status))
using conversation_item_program_output = response_output_item_program_output;
using response_item_program_output = response_output_item_program_output;
OPENAI_EXTERN_JSON_READER(response_output_item_program_output)

/// One of several objects, told apart by `type`.
using response_output_item = std::variant<
    openai::response_output_message, openai::response_file_search_tool_call, openai::response_function_tool_call,
    openai::response_function_tool_call_output_item, openai::response_function_web_search,
    openai::response_computer_tool_call, openai::response_computer_tool_call_output_item,
    openai::response_reasoning_item, openai::response_output_item_program, openai::response_output_item_program_output,
    openai::response_tool_search_call, openai::response_tool_search_output_item,
    openai::response_output_item_additional_tools, openai::response_compaction_item,
    openai::response_output_item_image_generation_call, openai::response_code_interpreter_tool_call,
    openai::response_output_item_local_shell_call, openai::response_output_item_local_shell_call_output,
    openai::response_function_shell_tool_call, openai::response_function_shell_tool_call_output,
    openai::response_apply_patch_tool_call, openai::response_apply_patch_tool_call_output,
    openai::response_output_item_mcp_call, openai::response_output_item_mcp_list_tools,
    openai::response_output_item_mcp_approval_request, openai::response_output_item_mcp_approval_response,
    openai::response_custom_tool_call, openai::response_custom_tool_call_output_item, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_output_item_cases[] = {{"message", 0},
                                                                 {"file_search_call", 1},
                                                                 {"function_call", 2},
                                                                 {"function_call_output", 3},
                                                                 {"web_search_call", 4},
                                                                 {"computer_call", 5},
                                                                 {"computer_call_output", 6},
                                                                 {"reasoning", 7},
                                                                 {"program", 8},
                                                                 {"program_output", 9},
                                                                 {"tool_search_call", 10},
                                                                 {"tool_search_output", 11},
                                                                 {"additional_tools", 12},
                                                                 {"compaction", 13},
                                                                 {"image_generation_call", 14},
                                                                 {"code_interpreter_call", 15},
                                                                 {"local_shell_call", 16},
                                                                 {"local_shell_call_output", 17},
                                                                 {"shell_call", 18},
                                                                 {"shell_call_output", 19},
                                                                 {"apply_patch_call", 20},
                                                                 {"apply_patch_call_output", 21},
                                                                 {"mcp_call", 22},
                                                                 {"mcp_list_tools", 23},
                                                                 {"mcp_approval_request", 24},
                                                                 {"mcp_approval_response", 25},
                                                                 {"custom_tool_call", 26},
                                                                 {"custom_tool_call_output", 27}};
template <>
inline constexpr json_union_table json_union<response_output_item>{.key = "type", .cases = response_output_item_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_output_item)

OPENAI_END_NAMESPACE

#endif
