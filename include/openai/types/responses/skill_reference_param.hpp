// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.SkillReferenceParam (spec schema SkillReferenceParam).
#ifndef OPENAI_TYPES_RESPONSES_SKILL_REFERENCE_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_SKILL_REFERENCE_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// The skill_reference_param object.
struct skill_reference_param
{
    /// References a skill created with the /v1/skills endpoint. Always `skill_reference`.
    std::string type = "skill_reference";
    /// The ID of the referenced skill.
    std::string skill_id{};
    /// Optional skill version. Use a positive integer or 'latest'. Omit for default.
    std::optional<std::string> version{};
};
BOOST_DESCRIBE_STRUCT(skill_reference_param, (), (type, skill_id, version))
OPENAI_EXTERN_JSON_WRITER(skill_reference_param)

OPENAI_END_NAMESPACE

#endif
