// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceShell (spec schema SpecificFunctionShellParam).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_SHELL_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_SHELL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Forces the model to call the shell tool when a tool call is required.
struct tool_choice_shell
{
    /// The tool to call. Always `shell`.
    std::string type = "shell";
};
BOOST_DESCRIBE_STRUCT(tool_choice_shell, (), (type))
OPENAI_EXTERN_JSON_READER(tool_choice_shell)

OPENAI_END_NAMESPACE

#endif
