// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceCustomParam (spec schema ToolChoiceCustom).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_CUSTOM_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_CUSTOM_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Use this option to force the model to call a specific custom tool.
struct tool_choice_custom_param
{
    /// For custom tool calling, the type is always `custom`.
    std::string type = "custom";
    /// The name of the custom tool to call.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(tool_choice_custom_param, (), (type, name))
OPENAI_EXTERN_JSON_WRITER(tool_choice_custom_param)

OPENAI_END_NAMESPACE

#endif
