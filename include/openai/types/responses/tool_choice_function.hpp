// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceFunction (spec schema ToolChoiceFunction).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_FUNCTION_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_FUNCTION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Use this option to force the model to call a specific function.
struct tool_choice_function
{
    /// For function calling, the type is always `function`.
    std::string type = "function";
    /// The name of the function to call.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(tool_choice_function, (), (type, name))
OPENAI_EXTERN_JSON_READER(tool_choice_function)

OPENAI_END_NAMESPACE

#endif
