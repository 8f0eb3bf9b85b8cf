// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFormatTextConfigParam (spec schema TextResponseFormatConfiguration).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_CONFIG_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_CONFIG_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_format_text_json_schema_config_param.hpp>
#include <openai/types/shared_params/response_format_json_object.hpp>
#include <openai/types/shared_params/response_format_text.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// An object specifying the format that the model must output.
using response_format_text_config_param =
    std::variant<openai::response_format_text_param, openai::response_format_text_json_schema_config_param,
                 openai::response_format_json_object_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_format_text_config_param_cases[] = {
    {"text", 0}, {"json_schema", 1}, {"json_object", 2}};
template <>
inline constexpr json_union_table json_union<response_format_text_config_param>{
    .key = "type", .cases = response_format_text_config_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_format_text_config_param)

OPENAI_END_NAMESPACE

#endif
