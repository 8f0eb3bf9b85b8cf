// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponsePrompt.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_PROMPT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_PROMPT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file.hpp>
#include <openai/types/responses/response_input_image.hpp>
#include <openai/types/responses/response_input_text.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <optional>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_prompt_variables = std::variant<std::string, openai::response_input_text, openai::response_input_image,
                                               openai::response_input_file, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_prompt_variables_cases[] = {
    {"input_text", 1}, {"input_image", 2}, {"input_file", 3}};
template <>
inline constexpr json_union_table json_union<response_prompt_variables>{.key = "type",
                                                                        .cases = response_prompt_variables_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_prompt_variables)

/// Reference to a prompt template and its variables. [Learn
/// more](/docs/guides/text?api-mode=responses#reusable-prompts).
struct response_prompt
{
    /// The unique identifier of the prompt template to use.
    std::string id{};
    /// Optional version of the prompt template.
    std::optional<std::string> version{};
    /// Optional map of values to substitute in for variables in your prompt. The substitution
    /// values can either be strings, or other Response input types like images or files.
    std::map<std::string, openai::response_prompt_variables> variables{};
};
BOOST_DESCRIBE_STRUCT(response_prompt, (), (id, version, variables))
OPENAI_EXTERN_JSON_READER(response_prompt)

OPENAI_END_NAMESPACE

#endif
