// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.InlineSkill (spec schema InlineSkillParam).
#ifndef OPENAI_TYPES_RESPONSES_INLINE_SKILL_HPP
#define OPENAI_TYPES_RESPONSES_INLINE_SKILL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/inline_skill_source.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The inline_skill object.
struct inline_skill
{
    /// Defines an inline skill for this request. Always `inline`.
    std::string type = "inline";
    /// The name of the skill.
    std::string name{};
    /// The description of the skill.
    std::string description{};
    /// Inline skill payload
    openai::inline_skill_source source{};
};
BOOST_DESCRIBE_STRUCT(inline_skill, (), (type, name, description, source))
OPENAI_EXTERN_JSON_READER(inline_skill)

OPENAI_END_NAMESPACE

#endif
