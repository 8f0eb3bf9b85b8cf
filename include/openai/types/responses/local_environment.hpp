// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.LocalEnvironment (spec schema LocalEnvironmentParam).
#ifndef OPENAI_TYPES_RESPONSES_LOCAL_ENVIRONMENT_HPP
#define OPENAI_TYPES_RESPONSES_LOCAL_ENVIRONMENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/local_skill.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The local_environment object.
struct local_environment
{
    /// Use a local computer environment. Always `local`.
    std::string type = "local";
    /// An optional list of skills.
    std::vector<openai::local_skill> skills{};
};
BOOST_DESCRIBE_STRUCT(local_environment, (), (type, skills))
OPENAI_EXTERN_JSON_READER(local_environment)

OPENAI_END_NAMESPACE

#endif
