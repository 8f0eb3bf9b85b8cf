// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponsePromptParam.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_PROMPT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_PROMPT_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_input_file_param.hpp>
#include <openai/types/responses/response_input_image_param.hpp>
#include <openai/types/responses/response_input_text_param.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <optional>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_prompt_variables_param =
    std::variant<std::string, openai::response_input_text_param, openai::response_input_image_param,
                 openai::response_input_file_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_prompt_variables_param_cases[] = {
    {"input_text", 1}, {"input_image", 2}, {"input_file", 3}};
template <>
inline constexpr json_union_table json_union<response_prompt_variables_param>{
    .key = "type", .cases = response_prompt_variables_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_prompt_variables_param)

/// Reference to a prompt template and its variables. [Learn
/// more](/docs/guides/text?api-mode=responses#reusable-prompts).
struct response_prompt_param
{
    /// The unique identifier of the prompt template to use.
    std::string id{};
    /// Optional version of the prompt template.
    std::optional<std::string> version{};
    /// Optional map of values to substitute in for variables in your prompt. The substitution
    /// values can either be strings, or other Response input types like images or files.
    std::map<std::string, openai::response_prompt_variables_param> variables{};
};
BOOST_DESCRIBE_STRUCT(response_prompt_param, (), (id, version, variables))
OPENAI_EXTERN_JSON_WRITER(response_prompt_param)

OPENAI_END_NAMESPACE

#endif
