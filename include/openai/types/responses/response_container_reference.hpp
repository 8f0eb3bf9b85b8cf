// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseContainerReference (spec schema ContainerReferenceResource).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CONTAINER_REFERENCE_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CONTAINER_REFERENCE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Represents a container created with /v1/containers.
struct response_container_reference
{
    /// The environment type. Always `container_reference`.
    std::string type = "container_reference";
    /// The `container_id` member.
    std::string container_id{};
};
BOOST_DESCRIBE_STRUCT(response_container_reference, (), (type, container_id))
OPENAI_EXTERN_JSON_READER(response_container_reference)

OPENAI_END_NAMESPACE

#endif
