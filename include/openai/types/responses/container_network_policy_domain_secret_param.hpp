// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerNetworkPolicyDomainSecretParam (spec schema ContainerNetworkPolicyDomainSecretParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DOMAIN_SECRET_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_DOMAIN_SECRET_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The container_network_policy_domain_secret_param object.
struct container_network_policy_domain_secret_param
{
    /// The domain associated with the secret.
    std::string domain{};
    /// The name of the secret to inject for the domain.
    std::string name{};
    /// The secret value to inject for the domain.
    std::string value{};
};
BOOST_DESCRIBE_STRUCT(container_network_policy_domain_secret_param, (), (domain, name, value))
OPENAI_EXTERN_JSON_WRITER(container_network_policy_domain_secret_param)

OPENAI_END_NAMESPACE

#endif
