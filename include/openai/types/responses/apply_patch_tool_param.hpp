// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ApplyPatchToolParam (spec schema ApplyPatchToolParam).
#ifndef OPENAI_TYPES_RESPONSES_APPLY_PATCH_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_APPLY_PATCH_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Allows the assistant to create, delete, or update files using unified diffs.
struct apply_patch_tool_param
{
    /// The type of the tool. Always `apply_patch`.
    std::string type = "apply_patch";
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(apply_patch_tool_param, (), (type, allowed_callers))
OPENAI_EXTERN_JSON_WRITER(apply_patch_tool_param)

OPENAI_END_NAMESPACE

#endif
