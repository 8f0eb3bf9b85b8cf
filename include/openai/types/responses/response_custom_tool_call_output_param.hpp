// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCustomToolCallOutputParam (spec schema CustomToolCallOutput).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_content_param.hpp>
#include <openai/types/responses/response_input_file_param.hpp>
#include <openai/types/responses/response_input_image_param.hpp>
#include <openai/types/responses/response_input_text_param.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_custom_tool_call_output_output_output_content_list_param = openai::response_input_content_param;

/// The response_input_item_shell_call_caller_direct_param object.
struct response_input_item_shell_call_caller_direct_param
{
    /// The caller type. Always `direct`.
    std::string type = "direct";
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_caller_direct_param, (), (type))
using response_custom_tool_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_apply_patch_call_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_apply_patch_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_function_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_item_apply_patch_call_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_item_apply_patch_call_output_caller_direct_param =
    response_input_item_shell_call_caller_direct_param;
using response_input_item_function_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_item_shell_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_shell_call_caller_direct_param = response_input_item_shell_call_caller_direct_param;
using response_input_shell_call_output_caller_direct_param = response_input_item_shell_call_caller_direct_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_caller_direct_param)

/// The response_input_item_shell_call_caller_program_param object.
struct response_input_item_shell_call_caller_program_param
{
    /// The caller type. Always `program`.
    std::string type = "program";
    /// The call ID of the program item that produced this tool call.
    std::string caller_id{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_shell_call_caller_program_param, (), (type, caller_id))
using response_custom_tool_call_output_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_apply_patch_call_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_apply_patch_call_output_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_function_call_output_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_item_apply_patch_call_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_item_apply_patch_call_output_caller_program_param =
    response_input_item_shell_call_caller_program_param;
using response_input_item_function_call_output_caller_program_param =
    response_input_item_shell_call_caller_program_param;
using response_input_item_shell_call_output_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_shell_call_caller_program_param = response_input_item_shell_call_caller_program_param;
using response_input_shell_call_output_caller_program_param = response_input_item_shell_call_caller_program_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_caller_program_param)

/// The execution context that produced this tool call.
using response_input_item_shell_call_caller_param =
    std::variant<openai::response_input_item_shell_call_caller_direct_param,
                 openai::response_input_item_shell_call_caller_program_param, openai::unknown_json>;
using response_custom_tool_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_apply_patch_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_apply_patch_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_function_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_apply_patch_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_apply_patch_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_function_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_shell_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_shell_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_shell_call_output_caller_param = response_input_item_shell_call_caller_param;

namespace detail {
inline constexpr json_union_case response_input_item_shell_call_caller_param_cases[] = {{"direct", 0}, {"program", 1}};
template <>
inline constexpr json_union_table json_union<response_input_item_shell_call_caller_param>{
    .key = "type", .cases = response_input_item_shell_call_caller_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_input_item_shell_call_caller_param)

/// The output of a custom tool call from your code, being sent back to the model.
struct response_custom_tool_call_output_param
{
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    std::string type = "custom_tool_call_output";
    /// The unique ID of the custom tool call output in the OpenAI platform.
    std::optional<std::string> id{};
    /// The call ID, used to map this custom tool call output to a custom tool call.
    std::string call_id{};
    /// The execution context that produced this tool call.
    std::optional<openai::response_input_item_shell_call_caller_param> caller{};
    /// The output from the custom tool call generated by your code. Can be a string or an list of
    /// output content.
    std::variant<std::string, std::vector<openai::response_custom_tool_call_output_output_output_content_list_param>>
        output{};
};
BOOST_DESCRIBE_STRUCT(response_custom_tool_call_output_param, (), (type, id, call_id, caller, output))
OPENAI_EXTERN_JSON_WRITER(response_custom_tool_call_output_param)

OPENAI_END_NAMESPACE

#endif
