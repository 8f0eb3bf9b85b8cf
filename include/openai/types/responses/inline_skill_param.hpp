// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.InlineSkillParam (spec schema InlineSkillParam).
#ifndef OPENAI_TYPES_RESPONSES_INLINE_SKILL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_INLINE_SKILL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/inline_skill_source_param.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The inline_skill_param object.
struct inline_skill_param
{
    /// Defines an inline skill for this request. Always `inline`.
    std::string type = "inline";
    /// The name of the skill.
    std::string name{};
    /// The description of the skill.
    std::string description{};
    /// Inline skill payload
    openai::inline_skill_source_param source{};
};
BOOST_DESCRIBE_STRUCT(inline_skill_param, (), (type, name, description, source))
OPENAI_EXTERN_JSON_WRITER(inline_skill_param)

OPENAI_END_NAMESPACE

#endif
