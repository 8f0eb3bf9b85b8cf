// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputItem (spec schema InputItem).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/apply_patch_tool.hpp>
#include <openai/types/responses/computer_tool.hpp>
#include <openai/types/responses/computer_use_preview_tool.hpp>
#include <openai/types/responses/container_reference.hpp>
#include <openai/types/responses/custom_tool.hpp>
#include <openai/types/responses/easy_input_message.hpp>
#include <openai/types/responses/file_search_tool.hpp>
#include <openai/types/responses/function_shell_tool.hpp>
#include <openai/types/responses/function_tool.hpp>
#include <openai/types/responses/local_environment.hpp>
#include <openai/types/responses/namespace_tool.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item_param.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_screenshot.hpp>
#include <openai/types/responses/response_custom_tool_call.hpp>
#include <openai/types/responses/response_custom_tool_call_output.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_call_output_item.hpp>
#include <openai/types/responses/response_function_shell_call_output_content.hpp>
#include <openai/types/responses/response_function_tool_call.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_input_content.hpp>
#include <openai/types/responses/response_input_file.hpp>
#include <openai/types/responses/response_input_file_content.hpp>
#include <openai/types/responses/response_input_image.hpp>
#include <openai/types/responses/response_input_image_content.hpp>
#include <openai/types/responses/response_input_text.hpp>
#include <openai/types/responses/response_input_text_content.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_output_message.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_output_item_param.hpp>
#include <openai/types/responses/tool.hpp>
#include <openai/types/responses/tool_search_tool.hpp>
#include <openai/types/responses/web_search_preview_tool.hpp>
#include <openai/types/responses/web_search_tool.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The response_input_item_additional_tools object.
struct response_input_item_additional_tools
{
    /// The unique ID of this additional tools item.
    std::optional<std::string> id{};
    /// The item type. Always `additional_tools`.
    std::string type = "additional_tools";
    /// The role that provided the additional tools. Only `developer` is supported.
    std::string role = "developer";
    /// A list of additional tools made available at this item.
    std::vector<openai::tool> tools{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_additional_tools, (), (id, type, role, tools))
OPENAI_EXTERN_JSON_READER(response_input_item_additional_tools)

/// Instruction for creating a new file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_create_file
{
    /// The operation type. Always `create_file`.
    std::string type = "create_file";
    /// Path of the file to create relative to the workspace root.
    std::string path{};
    /// Unified diff content to apply when creating the file.
    std::string diff{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_create_file, (), (type, path, diff))
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call_operation_create_file)

/// Instruction for deleting an existing file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_delete_file
{
    /// The operation type. Always `delete_file`.
    std::string type = "delete_file";
    /// Path of the file to delete relative to the workspace root.
    std::string path{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_delete_file, (), (type, path))
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call_operation_delete_file)

/// Instruction for updating an existing file via the apply_patch tool.
struct response_input_item_apply_patch_call_operation_update_file
{
    /// The operation type. Always `update_file`.
    std::string type = "update_file";
    /// Path of the file to update relative to the workspace root.
    std::string path{};
    /// Unified diff content to apply to the existing file.
    std::string diff{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_operation_update_file, (), (type, path, diff))
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call_operation_update_file)

/// One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
using response_input_item_apply_patch_call_operation =
    std::variant<openai::response_input_item_apply_patch_call_operation_create_file,
                 openai::response_input_item_apply_patch_call_operation_delete_file,
                 openai::response_input_item_apply_patch_call_operation_update_file, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_input_item_apply_patch_call_operation_cases[] = {
    {"create_file", 0}, {"delete_file", 1}, {"update_file", 2}};
template <>
inline constexpr json_union_table json_union<response_input_item_apply_patch_call_operation>{
    .key = "type", .cases = response_input_item_apply_patch_call_operation_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call_operation)

/// A tool call representing a request to create, delete, or update files using diff patches.
struct response_input_item_apply_patch_call
{
    /// The type of the item. Always `apply_patch_call`.
    std::string type = "apply_patch_call";
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the apply patch tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller> caller{};
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    std::string status{};
    /// The specific create, delete, or update instruction for the apply_patch tool call.
    openai::response_input_item_apply_patch_call_operation operation{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call, (), (type, id, call_id, caller, status, operation))
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call)

/// The streamed output emitted by an apply patch tool call.
struct response_input_item_apply_patch_call_output
{
    /// The type of the item. Always `apply_patch_call_output`.
    std::string type = "apply_patch_call_output";
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via
    /// API.
    std::optional<std::string> id{};
    /// The unique ID of the apply patch tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller> caller{};
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    std::string status{};
    /// Optional human-readable log text from the apply patch tool (e.g., patch results or errors).
    std::optional<std::string> output{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_apply_patch_call_output, (), (type, id, call_id, caller, status, output))
OPENAI_EXTERN_JSON_READER(response_input_item_apply_patch_call_output)

/// Compacts the current context. Must be the final input item.
struct response_input_item_compaction_trigger
{
    /// The type of the item. Always `compaction_trigger`.
    std::string type = "compaction_trigger";
};
BOOST_DESCRIBE_STRUCT(response_input_item_compaction_trigger, (), (type))
OPENAI_EXTERN_JSON_READER(response_input_item_compaction_trigger)

/// The output of a computer tool call.
struct response_input_item_computer_call_output
{
    /// The ID of the computer tool call output.
    std::optional<std::string> id{};
    /// The ID of the computer tool call that produced the output.
    std::string call_id{};
    /// The type of the computer tool call output. Always `computer_call_output`.
    std::string type = "computer_call_output";
    /// A computer screenshot image used with the computer use tool.
    openai::response_computer_tool_call_output_screenshot output{};
    /// The safety checks reported by the API that have been acknowledged by the developer.
    std::vector<openai::response_input_item_computer_call_output_acknowledged_safety_check>
        acknowledged_safety_checks{};
    /// One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_computer_call_output, (),
                      (id, call_id, type, output, acknowledged_safety_checks, status))
OPENAI_EXTERN_JSON_READER(response_input_item_computer_call_output)

/// The output of a function tool call.
struct response_input_item_function_call_output
{
    /// The unique ID of the function tool call output. Populated when this item is returned via
    /// API.
    std::optional<std::string> id{};
    /// The unique ID of the function tool call generated by the model.
    std::optional<std::string> call_id{};
    /// The type of the function tool call output. Always `function_call_output`.
    std::string type = "function_call_output";
    /// Text, image, or file output of the function tool call.
    std::variant<std::string, std::vector<openai::response_function_call_output_item>> output{};
    /// The name of the tool that produced the output.
    std::optional<std::string> name{};
    /// The namespace of the tool that produced the output.
    std::optional<std::string> namespace_{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller> caller{};
    /// One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_function_call_output, (),
                      (id, call_id, type, output, name, namespace_, caller, status))

namespace detail {
template <>
inline constexpr const char* json_keys<response_input_item_function_call_output> = "namespace_=namespace";
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_input_item_function_call_output)

/// An internal identifier for an item to reference.
struct response_input_item_item_reference
{
    /// The type of item to reference. Always `item_reference`.
    std::string type = "item_reference";
    /// The ID of the item to reference.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_item_reference, (), (type, id))
OPENAI_EXTERN_JSON_READER(response_input_item_item_reference)

/// A response to an MCP approval request.
struct response_input_item_mcp_approval_response
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
BOOST_DESCRIBE_STRUCT(response_input_item_mcp_approval_response, (), (type, id, approval_request_id, approve, reason))
OPENAI_EXTERN_JSON_READER(response_input_item_mcp_approval_response)

/// A message input to the model with a role indicating instruction following hierarchy.
/// Instructions given with the `developer` or `system` role take precedence over instructions given
/// with the `user` role.
struct response_input_item_message
{
    /// The type of the message input. Always set to `message`.
    std::string type = "message";
    /// The role of the message input. One of `user`, `system`, or `developer`.
    std::string role{};
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items
    /// are returned via API.
    std::optional<std::string> status{};
    /// A list of one or many input items to the model, containing different content types.
    std::vector<openai::response_input_content> content{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_message, (), (type, role, status, content))
OPENAI_EXTERN_JSON_READER(response_input_item_message)

/// The response_input_item_program object.
struct response_input_item_program
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
BOOST_DESCRIBE_STRUCT(response_input_item_program, (), (id, type, call_id, code, fingerprint))
OPENAI_EXTERN_JSON_READER(response_input_item_program)

/// The response_input_item_program_output object.
struct response_input_item_program_output
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
BOOST_DESCRIBE_STRUCT(response_input_item_program_output, (), (id, type, call_id, result, status))
OPENAI_EXTERN_JSON_READER(response_input_item_program_output)

/// Commands and limits describing how to run the shell tool call.
struct response_input_item_shell_call_action
{
    /// Ordered shell commands for the execution environment to run.
    std::vector<std::string> commands{};
    /// Maximum wall-clock time in milliseconds to allow the shell commands to run.
    std::optional<std::int64_t> timeout_ms{};
    /// Maximum number of UTF-8 characters to capture from combined stdout and stderr output.
    std::optional<std::int64_t> max_output_length{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_action, (), (commands, timeout_ms, max_output_length))
OPENAI_EXTERN_JSON_READER(response_input_item_shell_call_action)

/// The environment to execute the shell commands in.
using response_input_item_shell_call_environment =
    std::variant<openai::local_environment, openai::container_reference, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_input_item_shell_call_environment_cases[] = {{"local", 0},
                                                                                       {"container_reference", 1}};
template <>
inline constexpr json_union_table json_union<response_input_item_shell_call_environment>{
    .key = "type", .cases = response_input_item_shell_call_environment_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_input_item_shell_call_environment)

/// A tool representing a request to execute one or more shell commands.
struct response_input_item_shell_call
{
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the shell tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller> caller{};
    /// The type of the item. Always `shell_call`.
    std::string type = "shell_call";
    /// The shell commands and limits that describe how to run the tool call.
    openai::response_input_item_shell_call_action action{};
    /// Status values reported for shell tool calls. One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
    /// The environment to execute the shell commands in.
    std::optional<openai::response_input_item_shell_call_environment> environment{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call, (), (id, call_id, caller, type, action, status, environment))
OPENAI_EXTERN_JSON_READER(response_input_item_shell_call)

/// The streamed output items emitted by a shell tool call.
struct response_input_item_shell_call_output
{
    /// The unique ID of the shell tool call output. Populated when this item is returned via API.
    std::optional<std::string> id{};
    /// The unique ID of the shell tool call generated by the model.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller> caller{};
    /// The type of the item. Always `shell_call_output`.
    std::string type = "shell_call_output";
    /// Captured chunks of stdout and stderr output, along with their associated outcomes.
    std::vector<openai::response_function_shell_call_output_content> output{};
    /// Status values reported for shell tool calls. One of: in_progress, completed, incomplete.
    std::optional<std::string> status{};
    /// The maximum number of UTF-8 characters captured for this shell call's combined output.
    std::optional<std::int64_t> max_output_length{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_output, (),
                      (id, call_id, caller, type, output, status, max_output_length))
OPENAI_EXTERN_JSON_READER(response_input_item_shell_call_output)

/// The response_input_item_tool_search_call object.
struct response_input_item_tool_search_call
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
BOOST_DESCRIBE_STRUCT(response_input_item_tool_search_call, (), (id, call_id, type, execution, arguments, status))
OPENAI_EXTERN_JSON_READER(response_input_item_tool_search_call)

/// One of several objects, told apart by `type`.
using response_input_item =
    std::variant<openai::easy_input_message, openai::response_input_item_message, openai::response_output_message,
                 openai::response_file_search_tool_call, openai::response_computer_tool_call,
                 openai::response_input_item_computer_call_output, openai::response_function_web_search,
                 openai::response_function_tool_call, openai::response_input_item_function_call_output,
                 openai::response_input_item_tool_search_call, openai::response_tool_search_output_item_param,
                 openai::response_input_item_additional_tools, openai::response_reasoning_item,
                 openai::response_compaction_item_param, openai::response_output_item_image_generation_call,
                 openai::response_code_interpreter_tool_call, openai::response_output_item_local_shell_call,
                 openai::response_output_item_local_shell_call_output, openai::response_input_item_shell_call,
                 openai::response_input_item_shell_call_output, openai::response_input_item_apply_patch_call,
                 openai::response_input_item_apply_patch_call_output, openai::response_output_item_mcp_list_tools,
                 openai::response_output_item_mcp_approval_request, openai::response_input_item_mcp_approval_response,
                 openai::response_output_item_mcp_call, openai::response_custom_tool_call_output,
                 openai::response_custom_tool_call, openai::response_input_item_compaction_trigger,
                 openai::response_input_item_item_reference, openai::response_input_item_program,
                 openai::response_input_item_program_output, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_input_item_cases[] = {{"message", 2, "assistant"},
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
inline constexpr json_union_table json_union<response_input_item>{
    .key = "type", .cases = response_input_item_cases, .second_key = "role", .missing_tag = 0};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_input_item)

OPENAI_END_NAMESPACE

#endif
