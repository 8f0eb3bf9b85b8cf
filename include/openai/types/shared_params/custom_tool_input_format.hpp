// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The types of the Python SDK's custom_tool_input_format module.
#ifndef OPENAI_TYPES_SHARED_PARAMS_CUSTOM_TOOL_INPUT_FORMAT_HPP
#define OPENAI_TYPES_SHARED_PARAMS_CUSTOM_TOOL_INPUT_FORMAT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A grammar defined by the user.
struct custom_tool_input_format_grammar_param
{
    /// Grammar format. Always `grammar`.
    std::string type = "grammar";
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    std::string syntax{};
    /// The grammar definition.
    std::string definition{};
};
BOOST_DESCRIBE_STRUCT(custom_tool_input_format_grammar_param, (), (type, syntax, definition))
OPENAI_EXTERN_JSON_WRITER(custom_tool_input_format_grammar_param)

/// Unconstrained free-form text.
struct custom_tool_input_format_text_param
{
    /// Unconstrained text format. Always `text`.
    std::string type = "text";
};
BOOST_DESCRIBE_STRUCT(custom_tool_input_format_text_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(custom_tool_input_format_text_param)

/// The input format for the custom tool. Default is unconstrained text.
using custom_tool_input_format_param =
    std::variant<openai::custom_tool_input_format_text_param, openai::custom_tool_input_format_grammar_param,
                 openai::unknown_json>;

namespace detail {
inline constexpr json_union_case custom_tool_input_format_param_cases[] = {{"text", 0}, {"grammar", 1}};
template <>
inline constexpr json_union_table json_union<custom_tool_input_format_param>{
    .key = "type", .cases = custom_tool_input_format_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(custom_tool_input_format_param)

OPENAI_END_NAMESPACE

#endif
