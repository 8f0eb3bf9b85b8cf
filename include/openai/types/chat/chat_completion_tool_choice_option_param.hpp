// Which tool the model calls: "none", "auto", "required", a named tool or a set of allowed tools.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOOL_CHOICE_OPTION_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOOL_CHOICE_OPTION_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The function tool to call.
struct chat_completion_named_tool_choice_param_function
{
    /// The name of the function.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_named_tool_choice_param_function, (), (name))

/// Forces a call of the function tool `function.name`.
struct chat_completion_named_tool_choice_param
{
    /// Always "function".
    std::string type = "function";
    /// The function to call.
    openai::chat_completion_named_tool_choice_param_function function{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_named_tool_choice_param, (), (type, function))

/// The custom tool to call.
struct chat_completion_named_tool_choice_custom_param_custom
{
    /// The name of the custom tool.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_named_tool_choice_custom_param_custom, (), (name))

/// Forces a call of the custom tool `custom.name`.
struct chat_completion_named_tool_choice_custom_param
{
    /// Always "custom".
    std::string type = "custom";
    /// The custom tool to call.
    openai::chat_completion_named_tool_choice_custom_param_custom custom{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_named_tool_choice_custom_param, (), (type, custom))

/// A subset of the request's tools the model may use.
struct chat_completion_allowed_tools_param
{
    /// "auto" (the model may call one of them) or "required" (it must).
    std::string mode = "auto";
    /// Tool definitions such as `{"type": "function", "function": {"name": "get_weather"}}`.
    std::vector<boost::json::object> tools{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_allowed_tools_param, (), (mode, tools))

/// Constrains the tools the model may use to `allowed_tools`.
struct chat_completion_allowed_tool_choice_param
{
    /// Always "allowed_tools".
    std::string type = "allowed_tools";
    /// The tools the model may use, and whether it must use one.
    openai::chat_completion_allowed_tools_param allowed_tools{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_allowed_tool_choice_param, (), (type, allowed_tools))

/// `tool_choice`: "none", "auto", "required", or an object told apart by "type".
using chat_completion_tool_choice_option_param =
    std::variant<std::string, chat_completion_named_tool_choice_param, chat_completion_named_tool_choice_custom_param,
                 chat_completion_allowed_tool_choice_param>;

namespace detail {
/// Read as a string, or as an object by its "type".
template <>
inline constexpr const char* json_union_tag<chat_completion_tool_choice_option_param> = "type";
}  // namespace detail

/// Deprecated (`function_call` parameter): forces a call of the function `name`.
struct chat_completion_function_call_option_param
{
    /// The name of the function.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_function_call_option_param, (), (name))

OPENAI_END_NAMESPACE

#endif
