// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceApplyPatch (spec schema SpecificApplyPatchParam).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_APPLY_PATCH_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_APPLY_PATCH_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Forces the model to call the apply_patch tool when executing a tool call.
struct tool_choice_apply_patch
{
    /// The tool to call. Always `apply_patch`.
    std::string type = "apply_patch";
};
BOOST_DESCRIBE_STRUCT(tool_choice_apply_patch, (), (type))
OPENAI_EXTERN_JSON_READER(tool_choice_apply_patch)

OPENAI_END_NAMESPACE

#endif
