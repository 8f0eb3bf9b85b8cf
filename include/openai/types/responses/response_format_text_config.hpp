// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFormatTextConfig (spec schema TextResponseFormatConfiguration).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_CONFIG_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_CONFIG_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/chat/response_format.hpp>
#include <openai/types/responses/response_format_text_json_schema_config.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// An object specifying the format that the model must output.
using response_format_text_config =
    std::variant<openai::response_format_text, openai::response_format_text_json_schema_config,
                 openai::response_format_json_object, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_format_text_config_cases[] = {
    {"text", 0}, {"json_schema", 1}, {"json_object", 2}};
template <>
inline constexpr json_union_table json_union<response_format_text_config>{.key = "type",
                                                                          .cases = response_format_text_config_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_format_text_config)

OPENAI_END_NAMESPACE

#endif
