// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.LocalSkill (spec schema LocalSkillParam).
#ifndef OPENAI_TYPES_RESPONSES_LOCAL_SKILL_HPP
#define OPENAI_TYPES_RESPONSES_LOCAL_SKILL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The local_skill object.
struct local_skill
{
    /// The name of the skill.
    std::string name{};
    /// The description of the skill.
    std::string description{};
    /// The path to the directory containing the skill.
    std::string path{};
};
BOOST_DESCRIBE_STRUCT(local_skill, (), (name, description, path))
OPENAI_EXTERN_JSON_READER(local_skill)

OPENAI_END_NAMESPACE

#endif
