// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionShellCallOutputContentParam (spec schema FunctionShellCallOutputContentParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_SHELL_CALL_OUTPUT_CONTENT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_SHELL_CALL_OUTPUT_CONTENT_PARAM_HPP

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
struct response_function_shell_call_output_content_outcome_exit_param
{
    /// The outcome type. Always `exit`.
    std::string type = "exit";
    /// The exit code returned by the shell process.
    std::int64_t exit_code{};
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content_outcome_exit_param, (), (type, exit_code))
OPENAI_EXTERN_JSON_WRITER(response_function_shell_call_output_content_outcome_exit_param)

/// Indicates that the shell call exceeded its configured time limit.
struct response_function_shell_call_output_content_outcome_timeout_param
{
    /// The outcome type. Always `timeout`.
    std::string type = "timeout";
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content_outcome_timeout_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(response_function_shell_call_output_content_outcome_timeout_param)

/// The exit or timeout outcome associated with this shell call.
using response_function_shell_call_output_content_outcome_param =
    std::variant<openai::response_function_shell_call_output_content_outcome_timeout_param,
                 openai::response_function_shell_call_output_content_outcome_exit_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_function_shell_call_output_content_outcome_param_cases[] = {{"timeout", 0},
                                                                                                      {"exit", 1}};
template <>
inline constexpr json_union_table json_union<response_function_shell_call_output_content_outcome_param>{
    .key = "type", .cases = response_function_shell_call_output_content_outcome_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_function_shell_call_output_content_outcome_param)

/// Captured stdout and stderr for a portion of a shell tool call output.
struct response_function_shell_call_output_content_param
{
    /// Captured stdout output for the shell call.
    std::string stdout{};
    /// Captured stderr output for the shell call.
    std::string stderr{};
    /// The exit or timeout outcome associated with this shell call.
    openai::response_function_shell_call_output_content_outcome_param outcome{};
};
BOOST_DESCRIBE_STRUCT(response_function_shell_call_output_content_param, (), (stdout, stderr, outcome))
OPENAI_EXTERN_JSON_WRITER(response_function_shell_call_output_content_param)

OPENAI_END_NAMESPACE

#endif
