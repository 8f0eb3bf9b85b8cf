// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseLocalEnvironment (spec schema LocalEnvironmentResource).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_LOCAL_ENVIRONMENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_LOCAL_ENVIRONMENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Represents the use of a local environment to perform shell actions.
struct response_local_environment
{
    /// The environment type. Always `local`.
    std::string type = "local";
};
BOOST_DESCRIBE_STRUCT(response_local_environment, (), (type))
OPENAI_EXTERN_JSON_READER(response_local_environment)

OPENAI_END_NAMESPACE

#endif
