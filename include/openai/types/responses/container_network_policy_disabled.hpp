// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerNetworkPolicyDisabled (spec schema ContainerNetworkPolicyDisabledParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DISABLED_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DISABLED_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The container_network_policy_disabled object.
struct container_network_policy_disabled
{
    /// Disable outbound network access. Always `disabled`.
    std::string type = "disabled";
};
BOOST_DESCRIBE_STRUCT(container_network_policy_disabled, (), (type))
OPENAI_EXTERN_JSON_READER(container_network_policy_disabled)

OPENAI_END_NAMESPACE

#endif
