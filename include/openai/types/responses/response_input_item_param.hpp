// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputItemParam (spec schema InputItem).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_ITEM_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_ITEM_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/apply_patch_tool_param.hpp>
#include <openai/types/responses/computer_tool_param.hpp>
#include <openai/types/responses/computer_use_preview_tool_param.hpp>
#include <openai/types/responses/container_reference_param.hpp>
#include <openai/types/responses/custom_tool_param.hpp>
#include <openai/types/responses/easy_input_message_param.hpp>
#include <openai/types/responses/file_search_tool_param.hpp>
#include <openai/types/responses/function_shell_tool_param.hpp>
#include <openai/types/responses/function_tool_param.hpp>
#include <openai/types/responses/local_environment_param.hpp>
#include <openai/types/responses/mcp_tool_call_error_param.hpp>
#include <openai/types/responses/namespace_tool_param.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call_param.hpp>
#include <openai/types/responses/response_compaction_item_param_param.hpp>
#include <openai/types/responses/response_computer_tool_call_output_screenshot_param.hpp>
#include <openai/types/responses/response_computer_tool_call_param.hpp>
#include <openai/types/responses/response_custom_tool_call_output_param.hpp>
#include <openai/types/responses/response_custom_tool_call_param.hpp>
#include <openai/types/responses/response_file_search_tool_call_param.hpp>
#include <openai/types/responses/response_function_call_output_item_param.hpp>
#include <openai/types/responses/response_function_shell_call_output_content_param.hpp>
#include <openai/types/responses/response_function_tool_call_param.hpp>
#include <openai/types/responses/response_function_web_search_param.hpp>
#include <openai/types/responses/response_input_content_param.hpp>
#include <openai/types/responses/response_input_file_content_param.hpp>
#include <openai/types/responses/response_input_file_param.hpp>
#include <openai/types/responses/response_input_image_content_param.hpp>
#include <openai/types/responses/response_input_image_param.hpp>
#include <openai/types/responses/response_input_text_content_param.hpp>
#include <openai/types/responses/response_input_text_param.hpp>
#include <openai/types/responses/response_output_message_param.hpp>
#include <openai/types/responses/response_reasoning_item_param.hpp>
#include <openai/types/responses/response_tool_search_output_item_param_param.hpp>
#include <openai/types/responses/tool_param.hpp>
#include <openai/types/responses/tool_search_tool_param.hpp>
#include <openai/types/responses/web_search_preview_tool_param.hpp>
#include <openai/types/responses/web_search_tool_param.hpp>
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

/// The response_input_item_additional_tools_param object.
struct response_input_item_additional_tools_param
{
    /// The unique ID of this additional tools item.
    std::optional<std::string> id{};
    /// The item type. Always `additional_tools`.
    std::string type = "additional_tools";
    /// The role that provided the additional tools. Only `developer` is supported.
    std::string role = "developer";
    /// A list of additional tools made available at this item.
    std::vector<openai::tool_param> tools{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_additional_tools_param, (), (id, type, role, tools))
using response_input_additional_tools_param = response_input_item_additional_tools_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_additional_tools_param)

/// Instruction for creating a new file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_create_file_param
{
    /// The operation type. Always `create_file`.
    std::string type = "create_file";
    /// Path of the file to create relative to the workspace root.
    std::string path{};
    /// Unified diff content to apply when creating the file.
    std::string diff{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_create_file_param, (), (type, path, diff))
using response_input_apply_patch_call_operation_create_file_param =
    response_input_item_apply_patch_call_operation_create_file_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_operation_create_file_param)

/// Instruction for deleting an existing file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_delete_file_param
{
    /// The operation type. Always `delete_file`.
    std::string type = "delete_file";
    /// Path of the file to delete relative to the workspace root.
    std::string path{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_delete_file_param, (), (type, path))
using response_input_apply_patch_call_operation_delete_file_param =
    response_input_item_apply_patch_call_operation_delete_file_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_operation_delete_file_param)

/// Instruction for updating an existing file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_update_file_param
{
    /// The operation type. Always `update_file`.
    std::string type = "update_file";
    /// Path of the file to update relative to the workspace root.
    std::string path{};
    /// Unified diff content to apply to the existing file.
    std::string diff{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_update_file_param, (), (type, path, diff))
using response_input_apply_patch_call_operation_update_file_param =
    response_input_item_apply_patch_call_operation_update_file_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_operation_update_file_param)

/// One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
using response_input_item_apply_patch_call_operation_param =
    std::variant<openai::response_input_item_apply_patch_call_operation_create_file_param,
                 openai::response_input_item_apply_patch_call_operation_delete_file_param,
                 openai::response_input_item_apply_patch_call_operation_update_file_param, openai::unknown_json>;
using response_input_apply_patch_call_operation_param = response_input_item_apply_patch_call_operation_param;

namespace detail {
inline constexpr json_union_case response_input_item_apply_patch_call_operation_param_cases[] = {
    {"create_file", 0}, {"delete_file", 1}, {"update_file", 2}};
template <>
inline constexpr json_union_table json_union<response_input_item_apply_patch_call_operation_param>{
    .key = "type", .cases = response_input_item_apply_patch_call_operation_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_operation_param)

/// The streamed output emitted by an apply patch tool call.
struct response_input_item_apply_patch_call_output_param
{
    /// The type of the item. Always `apply_patch_call_output`.
    std::string type = "apply_patch_call_output";
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via
    /// API.
    std::optional<std::string> id{};
    /// The unique ID of the apply patch tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    std::string status{};
    /// Optional human-readable log text from the apply patch tool (e.g., patch results or errors).
    std::optional<std::string> output{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_output_param, (),
                      (type, id, call_id, caller, status, output))
using response_input_apply_patch_call_output_param = response_input_item_apply_patch_call_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_output_param)

/// A tool call representing a request to create, delete, or update files using diff patches.
struct response_input_item_apply_patch_call_param
{
    /// The type of the item. Always `apply_patch_call`.
    std::string type = "apply_patch_call";
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the apply patch tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    std::string status{};
    /// The specific create, delete, or update instruction for the apply_patch tool call.
    openai::response_input_item_apply_patch_call_operation_param operation{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_param, (), (type, id, call_id, caller, status, operation))
using response_input_apply_patch_call_param = response_input_item_apply_patch_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_apply_patch_call_param)

/// Compacts the current context. Must be the final input item.
struct response_input_item_compaction_trigger_param
{
    /// The type of the item. Always `compaction_trigger`.
    std::string type = "compaction_trigger";
};
BOOST_DESCRIBE_STRUCT(response_input_item_compaction_trigger_param, (), (type))
using response_input_compaction_trigger_param = response_input_item_compaction_trigger_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_compaction_trigger_param)

/// The output of a computer tool call.
struct response_input_item_computer_call_output_param
{
    /// The ID of the computer tool call output.
    std::optional<std::string> id{};
    /// The ID of the computer tool call that produced the output.
    std::string call_id{};
    /// The type of the computer tool call output. Always `computer_call_output`.
    std::string type = "computer_call_output";
    /// A computer screenshot image used with the computer use tool.
    openai::response_computer_tool_call_output_screenshot_param output{};
    /// The safety checks reported by the API that have been acknowledged by the developer.
    std::vector<openai::response_input_item_computer_call_output_acknowledged_safety_check_param>
        acknowledged_safety_checks{};
    /// One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_computer_call_output_param, (),
                      (id, call_id, type, output, acknowledged_safety_checks, status))
using response_input_computer_call_output_param = response_input_item_computer_call_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_computer_call_output_param)

/// The output of a function tool call.
struct response_input_item_function_call_output_param
{
    /// The unique ID of the function tool call output. Populated when this item is returned via
    /// API.
    std::optional<std::string> id{};
    /// The unique ID of the function tool call generated by the model.
    std::optional<std::string> call_id{};
    /// The type of the function tool call output. Always `function_call_output`.
    std::string type = "function_call_output";
    /// Text, image, or file output of the function tool call.
    std::variant<std::string, std::vector<openai::response_function_call_output_item_param>> output{};
    /// The name of the tool that produced the output.
    std::optional<std::string> name{};
    /// The namespace of the tool that produced the output.
    std::optional<std::string> namespace_{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_function_call_output_param, (),
                      (id, call_id, type, output, name, namespace_, caller, status))

namespace detail {
template <>
inline constexpr const char* json_keys<response_input_item_function_call_output_param> = "namespace_=namespace";
}  // namespace detail
using response_input_function_call_output_param = response_input_item_function_call_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_function_call_output_param)

/// An image generation request made by the model.
struct response_input_item_image_generation_call_param
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
BOOST_DESCRIBE_STRUCT(response_input_item_image_generation_call_param, (), (type, id, status, result))

namespace detail {
template <>
inline constexpr const char* json_send_null<response_input_item_image_generation_call_param> = "result";
}  // namespace detail
using response_input_image_generation_call_param = response_input_item_image_generation_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_image_generation_call_param)

/// An internal identifier for an item to reference.
struct response_input_item_item_reference_param
{
    /// The type of item to reference. Always `item_reference`.
    std::string type = "item_reference";
    /// The ID of the item to reference.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_item_reference_param, (), (type, id))
using response_input_item_reference_param = response_input_item_item_reference_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_item_reference_param)

/// Execute a shell command on the server.
struct response_input_item_local_shell_call_action_param
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
BOOST_DESCRIBE_STRUCT(response_input_item_local_shell_call_action_param, (),
                      (type, command, timeout_ms, working_directory, env, user))
using response_input_local_shell_call_action_param = response_input_item_local_shell_call_action_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_local_shell_call_action_param)

/// The output of a local shell tool call.
struct response_input_item_local_shell_call_output_param
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
BOOST_DESCRIBE_STRUCT(response_input_item_local_shell_call_output_param, (), (type, id, output, status))
using response_input_local_shell_call_output_param = response_input_item_local_shell_call_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_local_shell_call_output_param)

/// A tool call to run a command on the local shell.
struct response_input_item_local_shell_call_param
{
    /// The type of the local shell call. Always `local_shell_call`.
    std::string type = "local_shell_call";
    /// The unique ID of the local shell call.
    std::string id{};
    /// The unique ID of the local shell tool call generated by the model.
    std::string call_id{};
    /// Execute a shell command on the server.
    openai::response_input_item_local_shell_call_action_param action{};
    /// The status of the local shell call. One of: in_progress, completed, incomplete.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_local_shell_call_param, (), (type, id, call_id, action, status))
using response_input_local_shell_call_param = response_input_item_local_shell_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_local_shell_call_param)

/// A request for human approval of a tool invocation.
struct response_input_item_mcp_approval_request_param
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
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_approval_request_param, (), (type, id, server_label, name, arguments))
using response_input_mcp_approval_request_param = response_input_item_mcp_approval_request_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_mcp_approval_request_param)

/// A response to an MCP approval request.
struct response_input_item_mcp_approval_response_param
{
    /// The type of the item. Always `mcp_approval_response`.
    std::string type = "mcp_approval_response";
    /// The unique ID of the approval response
    std::optional<std::string> id{};
    /// The ID of the approval request being answered.
    std::string approval_request_id{};
    /// Whether the request was approved.
    bool approve{};
    /// Optional reason for the decision.
    std::optional<std::string> reason{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_approval_response_param, (),
                      (type, id, approval_request_id, approve, reason))
using response_input_mcp_approval_response_param = response_input_item_mcp_approval_response_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_mcp_approval_response_param)

/// An invocation of a tool on an MCP server.
struct response_input_item_mcp_call_param
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
    std::optional<openai::mcp_tool_call_error_param> error{};
    /// The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or
    /// `failed`.
    std::optional<std::string> status{};
    /// Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    /// `mcp_approval_response` input to approve or reject the corresponding tool call.
    std::optional<std::string> approval_request_id{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_call_param, (),
                      (type, id, server_label, name, arguments, output, error, status, approval_request_id))
using response_input_mcp_call_param = response_input_item_mcp_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_mcp_call_param)

/// A tool available on an MCP server.
struct response_input_item_mcp_list_tools_tool_param
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
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_list_tools_tool_param, (), (name, description, input_schema, annotations))
using response_input_mcp_list_tools_tool_param = response_input_item_mcp_list_tools_tool_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_mcp_list_tools_tool_param)

/// A list of tools available on an MCP server.
struct response_input_item_mcp_list_tools_param
{
    /// The type of the item. Always `mcp_list_tools`.
    std::string type = "mcp_list_tools";
    /// The unique ID of the list.
    std::string id{};
    /// The label of the MCP server.
    std::string server_label{};
    /// The tools available on the server.
    std::vector<openai::response_input_item_mcp_list_tools_tool_param> tools{};
    /// Error message if the server could not list tools.
    std::optional<std::string> error{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_list_tools_param, (), (type, id, server_label, tools, error))
using response_input_mcp_list_tools_param = response_input_item_mcp_list_tools_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_mcp_list_tools_param)

/// A message input to the model with a role indicating instruction following hierarchy.
/// Instructions given with the `developer` or `system` role take precedence over instructions given
/// with the `user` role.
struct response_input_item_message_param
{
    /// The type of the message input. Always set to `message`.
    std::string type = "message";
    /// The role of the message input. One of `user`, `system`, or `developer`.
    std::string role{};
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items
    /// are returned via API.
    std::optional<std::string> status{};
    /// A list of one or many input items to the model, containing different content types.
    std::vector<openai::response_input_content_param> content{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_message_param, (), (type, role, status, content))
using response_input_message_param = response_input_item_message_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_message_param)

/// The response_input_item_program_output_param object.
struct response_input_item_program_output_param
{
    /// The unique ID of this program output item.
    std::string id{};
    /// The item type. Always `program_output`.
    std::string type = "program_output";
    /// The call ID of the program item.
    std::string call_id{};
    /// The result produced by the program item.
    std::string result{};
    /// The terminal status of the program output. One of: completed, incomplete.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_program_output_param, (), (id, type, call_id, result, status))
using response_input_program_output_param = response_input_item_program_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_program_output_param)

/// The response_input_item_program_param object.
struct response_input_item_program_param
{
    /// The unique ID of this program item.
    std::string id{};
    /// The item type. Always `program`.
    std::string type = "program";
    /// The stable call ID of the program item.
    std::string call_id{};
    /// The JavaScript source executed by programmatic tool calling.
    std::string code{};
    /// Opaque program replay fingerprint that must be round-tripped.
    std::string fingerprint{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_program_param, (), (id, type, call_id, code, fingerprint))
using response_input_program_param = response_input_item_program_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_program_param)

/// The streamed output items emitted by a shell tool call.
struct response_input_item_shell_call_output_param
{
    /// The unique ID of the shell tool call output. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the shell tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// The type of the item. Always `shell_call_output`.
    std::string type = "shell_call_output";
    /// Captured chunks of stdout and stderr output, along with their associated outcomes.
    std::vector<openai::response_function_shell_call_output_content_param> output{};
    /// Status values reported for shell tool calls. One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
    /// The maximum number of UTF-8 characters captured for this shell call's combined output.
    std::optional<std::int64_t> max_output_length{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_output_param, (),
                      (id, call_id, caller, type, output, status, max_output_length))
using response_input_shell_call_output_param = response_input_item_shell_call_output_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_output_param)

/// Commands and limits describing how to run the shell tool call.
struct response_input_item_shell_call_action_param
{
    /// Ordered shell commands for the execution environment to run.
    std::vector<std::string> commands{};
    /// Maximum wall-clock time in milliseconds to allow the shell commands to run.
    std::optional<std::int64_t> timeout_ms{};
    /// Maximum number of UTF-8 characters to capture from combined stdout and stderr output.
    std::optional<std::int64_t> max_output_length{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_action_param, (), (commands, timeout_ms, max_output_length))
using response_input_shell_call_action_param = response_input_item_shell_call_action_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_action_param)

/// The environment to execute the shell commands in.
using response_input_item_shell_call_environment_param =
    std::variant<openai::local_environment_param, openai::container_reference_param, openai::unknown_json>;
using response_input_shell_call_environment_param = response_input_item_shell_call_environment_param;

namespace detail {
inline constexpr json_union_case response_input_item_shell_call_environment_param_cases[] = {
    {"local", 0}, {"container_reference", 1}};
template <>
inline constexpr json_union_table json_union<response_input_item_shell_call_environment_param>{
    .key = "type", .cases = response_input_item_shell_call_environment_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_environment_param)

/// A tool representing a request to execute one or more shell commands.
struct response_input_item_shell_call_param
{
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the shell tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// The type of the item. Always `shell_call`.
    std::string type = "shell_call";
    /// The shell commands and limits that describe how to run the tool call.
    openai::response_input_item_shell_call_action_param action{};
    /// Status values reported for shell tool calls. One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
    /// The environment to execute the shell commands in.
    std::optional<openai::response_input_item_shell_call_environment_param> environment{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_param, (),
                      (id, call_id, caller, type, action, status, environment))
using response_input_shell_call_param = response_input_item_shell_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_param)

/// The response_input_item_tool_search_call_param object.
struct response_input_item_tool_search_call_param
{
    /// The unique ID of this tool search call.
    std::optional<std::string> id{};
    /// The unique ID of the tool search call generated by the model.
    std::optional<std::string> call_id{};
    /// The item type. Always `tool_search_call`.
    std::string type = "tool_search_call";
    /// Whether tool search was executed by the server or by the client. One of: server, client.
    std::optional<std::string> execution{};
    /// The arguments supplied to the tool search call.
    boost::json::object arguments{};
    /// One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_tool_search_call_param, (), (id, call_id, type, execution, arguments, status))
using response_input_tool_search_call_param = response_input_item_tool_search_call_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_tool_search_call_param)

/// One of several objects, told apart by `type`.
using response_input_item_param = std::variant<
    openai::easy_input_message_param, openai::response_input_item_message_param, openai::response_output_message_param,
    openai::response_file_search_tool_call_param, openai::response_computer_tool_call_param,
    openai::response_input_item_computer_call_output_param, openai::response_function_web_search_param,
    openai::response_function_tool_call_param, openai::response_input_item_function_call_output_param,
    openai::response_input_item_tool_search_call_param, openai::response_tool_search_output_item_param_param,
    openai::response_input_item_additional_tools_param, openai::response_reasoning_item_param,
    openai::response_compaction_item_param_param, openai::response_input_item_image_generation_call_param,
    openai::response_code_interpreter_tool_call_param, openai::response_input_item_local_shell_call_param,
    openai::response_input_item_local_shell_call_output_param, openai::response_input_item_shell_call_param,
    openai::response_input_item_shell_call_output_param, openai::response_input_item_apply_patch_call_param,
    openai::response_input_item_apply_patch_call_output_param, openai::response_input_item_mcp_list_tools_param,
    openai::response_input_item_mcp_approval_request_param, openai::response_input_item_mcp_approval_response_param,
    openai::response_input_item_mcp_call_param, openai::response_custom_tool_call_output_param,
    openai::response_custom_tool_call_param, openai::response_input_item_compaction_trigger_param,
    openai::response_input_item_item_reference_param, openai::response_input_item_program_param,
    openai::response_input_item_program_output_param, openai::unknown_json>;
using response_input_response_input_item_param = response_input_item_param;

namespace detail {
inline constexpr json_union_case response_input_item_param_cases[] = {{"message", 2, "assistant"},
                                                                      {"message", 1, "user"},
                                                                      {"message", 1, "system"},
                                                                      {"message", 1, "developer"},
                                                                      {"message", 0},
                                                                      {"file_search_call", 3},
                                                                      {"computer_call", 4},
                                                                      {"computer_call_output", 5},
                                                                      {"web_search_call", 6},
                                                                      {"function_call", 7},
                                                                      {"function_call_output", 8},
                                                                      {"tool_search_call", 9},
                                                                      {"tool_search_output", 10},
                                                                      {"additional_tools", 11},
                                                                      {"reasoning", 12},
                                                                      {"compaction", 13},
                                                                      {"image_generation_call", 14},
                                                                      {"code_interpreter_call", 15},
                                                                      {"local_shell_call", 16},
                                                                      {"local_shell_call_output", 17},
                                                                      {"shell_call", 18},
                                                                      {"shell_call_output", 19},
                                                                      {"apply_patch_call", 20},
                                                                      {"apply_patch_call_output", 21},
                                                                      {"mcp_list_tools", 22},
                                                                      {"mcp_approval_request", 23},
                                                                      {"mcp_approval_response", 24},
                                                                      {"mcp_call", 25},
                                                                      {"custom_tool_call_output", 26},
                                                                      {"custom_tool_call", 27},
                                                                      {"compaction_trigger", 28},
                                                                      {"item_reference", 29},
                                                                      {"program", 30},
                                                                      {"program_output", 31}};
template <>
inline constexpr json_union_table json_union<response_input_item_param>{
    .key = "type", .cases = response_input_item_param_cases, .second_key = "role", .missing_tag = 0};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_input_item_param)

OPENAI_END_NAMESPACE

#endif
