// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionCallOutputItemParam.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_OUTPUT_ITEM_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_OUTPUT_ITEM_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file_content_param.hpp>
#include <openai/types/responses/response_input_image_content_param.hpp>
#include <openai/types/responses/response_input_text_content_param.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A piece of message content, such as text, an image, or a file.
using response_function_call_output_item_param =
    std::variant<openai::response_input_text_content_param, openai::response_input_image_content_param,
                 openai::response_input_file_content_param, openai::unknown_json>;
using response_function_call_output_item_list_response_function_call_output_item_param =
    response_function_call_output_item_param;

namespace detail {
inline constexpr json_union_case response_function_call_output_item_param_cases[] = {
    {"input_text", 0}, {"input_image", 1}, {"input_file", 2}};
template <>
inline constexpr json_union_table json_union<response_function_call_output_item_param>{
    .key = "type", .cases = response_function_call_output_item_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_function_call_output_item_param)

OPENAI_END_NAMESPACE

#endif
