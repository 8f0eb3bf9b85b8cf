// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionCallOutputItem.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_OUTPUT_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_OUTPUT_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file_content.hpp>
#include <openai/types/responses/response_input_image_content.hpp>
#include <openai/types/responses/response_input_text_content.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A piece of message content, such as text, an image, or a file.
using response_function_call_output_item =
    std::variant<openai::response_input_text_content, openai::response_input_image_content,
                 openai::response_input_file_content, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_function_call_output_item_cases[] = {
    {"input_text", 0}, {"input_image", 1}, {"input_file", 2}};
template <>
inline constexpr json_union_table json_union<response_function_call_output_item>{
    .key = "type", .cases = response_function_call_output_item_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_function_call_output_item)

OPENAI_END_NAMESPACE

#endif
