// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.LocalEnvironmentParam (spec schema LocalEnvironmentParam).
#ifndef OPENAI_TYPES_RESPONSES_LOCAL_ENVIRONMENT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_LOCAL_ENVIRONMENT_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/local_skill_param.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The local_environment_param object.
struct local_environment_param
{
    /// Use a local computer environment. Always `local`.
    std::string type = "local";
    /// An optional list of skills.
    std::vector<openai::local_skill_param> skills{};
};
BOOST_DESCRIBE_STRUCT(local_environment_param, (), (type, skills))
OPENAI_EXTERN_JSON_WRITER(local_environment_param)

OPENAI_END_NAMESPACE

#endif
