// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerReference (spec schema ContainerReferenceParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_REFERENCE_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_REFERENCE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The container_reference object.
struct container_reference
{
    /// References a container created with the /v1/containers endpoint Always
    /// `container_reference`.
    std::string type = "container_reference";
    /// The ID of the referenced container.
    std::string container_id{};
};
BOOST_DESCRIBE_STRUCT(container_reference, (), (type, container_id))
OPENAI_EXTERN_JSON_READER(container_reference)

OPENAI_END_NAMESPACE

#endif
