// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerNetworkPolicyDisabledParam (spec schema ContainerNetworkPolicyDisabledParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DISABLED_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DISABLED_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The container_network_policy_disabled_param object.
struct container_network_policy_disabled_param
{
    /// Disable outbound network access. Always `disabled`.
    std::string type = "disabled";
};
BOOST_DESCRIBE_STRUCT(container_network_policy_disabled_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(container_network_policy_disabled_param)

OPENAI_END_NAMESPACE

#endif
