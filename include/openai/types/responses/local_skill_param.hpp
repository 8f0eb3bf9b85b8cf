// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.LocalSkillParam (spec schema LocalSkillParam).
#ifndef OPENAI_TYPES_RESPONSES_LOCAL_SKILL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_LOCAL_SKILL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The local_skill_param object.
struct local_skill_param
{
    /// The name of the skill.
    std::string name{};
    /// The description of the skill.
    std::string description{};
    /// The path to the directory containing the skill.
    std::string path{};
};
BOOST_DESCRIBE_STRUCT(local_skill_param, (), (name, description, path))
OPENAI_EXTERN_JSON_WRITER(local_skill_param)

OPENAI_END_NAMESPACE

#endif
