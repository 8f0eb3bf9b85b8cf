// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceApplyPatchParam (spec schema SpecificApplyPatchParam).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_APPLY_PATCH_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_APPLY_PATCH_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Forces the model to call the apply_patch tool when executing a tool call.
struct tool_choice_apply_patch_param
{
    /// The tool to call. Always `apply_patch`.
    std::string type = "apply_patch";
};
BOOST_DESCRIBE_STRUCT(tool_choice_apply_patch_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(tool_choice_apply_patch_param)

OPENAI_END_NAMESPACE

#endif
