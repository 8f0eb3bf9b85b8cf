// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.FunctionShellTool (spec schema FunctionShellToolParam).
#ifndef OPENAI_TYPES_RESPONSES_FUNCTION_SHELL_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_FUNCTION_SHELL_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/container_auto.hpp>
#include <openai/types/responses/container_reference.hpp>
#include <openai/types/responses/local_environment.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using function_shell_tool_environment =
    std::variant<openai::container_auto, openai::local_environment, openai::container_reference, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case function_shell_tool_environment_cases[] = {
    {"container_auto", 0}, {"local", 1}, {"container_reference", 2}};
template <>
inline constexpr json_union_table json_union<function_shell_tool_environment>{
    .key = "type", .cases = function_shell_tool_environment_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(function_shell_tool_environment)

/// A tool that allows the model to execute shell commands.
struct function_shell_tool
{
    /// The type of the shell tool. Always `shell`.
    std::string type = "shell";
    /// The `environment` member.
    std::optional<openai::function_shell_tool_environment> environment{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(function_shell_tool, (), (type, environment, allowed_callers))
OPENAI_EXTERN_JSON_READER(function_shell_tool)

OPENAI_END_NAMESPACE

#endif
