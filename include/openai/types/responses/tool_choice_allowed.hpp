// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceAllowed (spec schema ToolChoiceAllowed).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_ALLOWED_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_ALLOWED_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Constrains the tools available to the model to a pre-defined set.
struct tool_choice_allowed
{
    /// Allowed tool configuration type. Always `allowed_tools`.
    std::string type = "allowed_tools";
    /// Constrains the tools available to the model to a pre-defined set. One of: auto, required.
    std::string mode{};
    /// A list of tool definitions that the model should be allowed to call.
    std::vector<boost::json::object> tools{};
};
BOOST_DESCRIBE_STRUCT(tool_choice_allowed, (), (type, mode, tools))
OPENAI_EXTERN_JSON_READER(tool_choice_allowed)

OPENAI_END_NAMESPACE

#endif
