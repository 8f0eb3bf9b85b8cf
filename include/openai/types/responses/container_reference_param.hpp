// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerReferenceParam (spec schema ContainerReferenceParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_REFERENCE_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_REFERENCE_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The container_reference_param object.
struct container_reference_param
{
    /// References a container created with the /v1/containers endpoint Always
    /// `container_reference`.
    std::string type = "container_reference";
    /// The ID of the referenced container.
    std::string container_id{};
};
BOOST_DESCRIBE_STRUCT(container_reference_param, (), (type, container_id))
OPENAI_EXTERN_JSON_WRITER(container_reference_param)

OPENAI_END_NAMESPACE

#endif
