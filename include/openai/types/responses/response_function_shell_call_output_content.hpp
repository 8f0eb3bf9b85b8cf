// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionShellCallOutputContent (spec schema FunctionShellCallOutputContentParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_SHELL_CALL_OUTPUT_CONTENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_SHELL_CALL_OUTPUT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// Indicates that the shell commands finished and returned an exit code.
struct response_function_shell_call_output_content_outcome_exit
{
    /// The outcome type. Always `exit`.
    std::string type = "exit";
    /// The exit code returned by the shell process.
    std::int64_t exit_code{};
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content_outcome_exit, (), (type, exit_code))
OPENAI_EXTERN_JSON_READER(response_function_shell_call_output_content_outcome_exit)

/// Indicates that the shell call exceeded its configured time limit.
struct response_function_shell_call_output_content_outcome_timeout
{
    /// The outcome type. Always `timeout`.
    std::string type = "timeout";
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content_outcome_timeout, (), (type))
OPENAI_EXTERN_JSON_READER(response_function_shell_call_output_content_outcome_timeout)

/// The exit or timeout outcome associated with this shell call.
using response_function_shell_call_output_content_outcome =
    std::variant<openai::response_function_shell_call_output_content_outcome_timeout,
                 openai::response_function_shell_call_output_content_outcome_exit, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_function_shell_call_output_content_outcome_cases[] = {{"timeout", 0},
                                                                                                {"exit", 1}};
template <>
inline constexpr json_union_table json_union<response_function_shell_call_output_content_outcome>{
    .key = "type", .cases = response_function_shell_call_output_content_outcome_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_function_shell_call_output_content_outcome)

/// Captured stdout and stderr for a portion of a shell tool call output.
struct response_function_shell_call_output_content
{
    /// Captured stdout output for the shell call.
    std::string stdout{};
    /// Captured stderr output for the shell call.
    std::string stderr{};
    /// The exit or timeout outcome associated with this shell call.
    openai::response_function_shell_call_output_content_outcome outcome{};
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content, (), (stdout, stderr, outcome))
OPENAI_EXTERN_JSON_READER(response_function_shell_call_output_content)

OPENAI_END_NAMESPACE

#endif
