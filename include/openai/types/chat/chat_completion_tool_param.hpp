// Tools of a chat completion request: function tools and custom tools.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOOL_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/chat/function_definition.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A function tool.
struct chat_completion_tool_param
{
    /// Always "function".
    std::string type = "function";
    /// The function the model may call.
    openai::function_definition function{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_tool_param, (), (type, function))

/// The grammar of a custom tool's input.
struct chat_completion_custom_tool_param_grammar
{
    /// The grammar definition.
    std::string definition{};
    /// "lark" or "regex".
    std::string syntax{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_custom_tool_param_grammar, (), (definition, syntax))

/// The input format of a custom tool: `type` "text" (unconstrained) or "grammar" (then
/// `grammar` is set).
struct chat_completion_custom_tool_param_format
{
    /// "text" or "grammar".
    std::string type = "text";
    /// The grammar, when `type` is "grammar".
    std::optional<openai::chat_completion_custom_tool_param_grammar> grammar{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_custom_tool_param_format, (), (type, grammar))

/// The definition of a custom tool.
struct chat_completion_custom_tool_param_custom
{
    /// The name of the tool, used in tool calls.
    std::string name{};
    /// What the tool does, used by the model to choose when to call it.
    std::optional<std::string> description{};
    /// Unconstrained text when not set.
    std::optional<openai::chat_completion_custom_tool_param_format> format{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_custom_tool_param_custom, (), (name, description, format))

/// A custom tool, whose input is free text or follows a grammar.
struct chat_completion_custom_tool_param
{
    /// Always "custom".
    std::string type = "custom";
    /// The tool's definition.
    openai::chat_completion_custom_tool_param_custom custom{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_custom_tool_param, (), (type, custom))

/// A tool of the request, told apart by "type".
using chat_completion_tool_union_param = std::variant<chat_completion_tool_param, chat_completion_custom_tool_param>;

namespace detail {
/// Read by its "type".
template <>
inline constexpr const char* json_union_tag<chat_completion_tool_union_param> = "type";
}  // namespace detail

OPENAI_END_NAMESPACE

#endif
