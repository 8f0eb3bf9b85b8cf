// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceTypesParam (spec schema ToolChoiceTypes).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_TYPES_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_TYPES_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Indicates that the model should use a built-in tool to generate a response. [Learn more about
/// built-in tools](/docs/guides/tools).
struct tool_choice_types_param
{
    /// The type of hosted tool the model should to use. Learn more about [built-in
    /// tools](/docs/guides/tools). One of: file_search, web_search_preview, computer,
    /// computer_use_preview, computer_use, web_search_preview_2025_03_11, image_generation,
    /// code_interpreter.
    std::string type{};
};
BOOST_DESCRIBE_STRUCT(tool_choice_types_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(tool_choice_types_param)

OPENAI_END_NAMESPACE

#endif
