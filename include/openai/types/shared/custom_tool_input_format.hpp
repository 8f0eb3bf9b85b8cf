// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.shared.CustomToolInputFormat.
#ifndef OPENAI_TYPES_SHARED_CUSTOM_TOOL_INPUT_FORMAT_HPP
#define OPENAI_TYPES_SHARED_CUSTOM_TOOL_INPUT_FORMAT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A grammar defined by the user.
struct custom_tool_input_format_grammar
{
    /// Grammar format. Always `grammar`.
    std::string type = "grammar";
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    std::string syntax{};
    /// The grammar definition.
    std::string definition{};
};
BOOST_DESCRIBE_STRUCT(custom_tool_input_format_grammar, (), (type, syntax, definition))
OPENAI_EXTERN_JSON_READER(custom_tool_input_format_grammar)

/// Unconstrained free-form text.
struct custom_tool_input_format_text
{
    /// Unconstrained text format. Always `text`.
    std::string type = "text";
};
BOOST_DESCRIBE_STRUCT(custom_tool_input_format_text, (), (type))
OPENAI_EXTERN_JSON_READER(custom_tool_input_format_text)

/// The input format for the custom tool. Default is unconstrained text.
using custom_tool_input_format =
    std::variant<openai::custom_tool_input_format_text, openai::custom_tool_input_format_grammar, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case custom_tool_input_format_cases[] = {{"text", 0}, {"grammar", 1}};
template <>
inline constexpr json_union_table json_union<custom_tool_input_format>{.key = "type",
                                                                       .cases = custom_tool_input_format_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(custom_tool_input_format)

OPENAI_END_NAMESPACE

#endif
