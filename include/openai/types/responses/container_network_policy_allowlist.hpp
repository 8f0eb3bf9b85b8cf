// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerNetworkPolicyAllowlist (spec schema ContainerNetworkPolicyAllowlistParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_ALLOWLIST_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_NETWORK_POLICY_ALLOWLIST_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/container_network_policy_domain_secret.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The container_network_policy_allowlist object.
struct container_network_policy_allowlist
{
    /// Allow outbound network access only to specified domains. Always `allowlist`.
    std::string type = "allowlist";
    /// A list of allowed domains when type is `allowlist`.
    std::vector<std::string> allowed_domains{};
    /// Optional domain-scoped secrets for allowlisted domains.
    std::vector<openai::container_network_policy_domain_secret> domain_secrets{};
};
BOOST_DESCRIBE_STRUCT(container_network_policy_allowlist, (), (type, allowed_domains, domain_secrets))
OPENAI_EXTERN_JSON_READER(container_network_policy_allowlist)

OPENAI_END_NAMESPACE

#endif
