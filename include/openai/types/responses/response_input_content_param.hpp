// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputContentParam (spec schema InputContent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_CONTENT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_CONTENT_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file_param.hpp>
#include <openai/types/responses/response_input_image_param.hpp>
#include <openai/types/responses/response_input_text_param.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_input_content_param = std::variant<openai::response_input_text_param, openai::response_input_image_param,
                                                  openai::response_input_file_param, openai::unknown_json>;
using response_input_message_content_list_response_input_content_param = response_input_content_param;

namespace detail {
inline constexpr json_union_case response_input_content_param_cases[] = {
    {"input_text", 0}, {"input_image", 1}, {"input_file", 2}};
template <>
inline constexpr json_union_table json_union<response_input_content_param>{.key = "type",
                                                                           .cases = response_input_content_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_input_content_param)

OPENAI_END_NAMESPACE

#endif
