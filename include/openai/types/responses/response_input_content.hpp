// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputContent (spec schema InputContent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_CONTENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file.hpp>
#include <openai/types/responses/response_input_image.hpp>
#include <openai/types/responses/response_input_text.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_input_content = std::variant<openai::response_input_text, openai::response_input_image,
                                            openai::response_input_file, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_input_content_cases[] = {
    {"input_text", 0}, {"input_image", 1}, {"input_file", 2}};
template <>
inline constexpr json_union_table json_union<response_input_content>{.key = "type",
                                                                     .cases = response_input_content_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_input_content)

OPENAI_END_NAMESPACE

#endif
