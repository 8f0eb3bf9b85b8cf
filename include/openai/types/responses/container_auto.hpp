// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ContainerAuto (spec schema ContainerAutoParam).
#ifndef OPENAI_TYPES_RESPONSES_CONTAINER_AUTO_HPP
#define OPENAI_TYPES_RESPONSES_CONTAINER_AUTO_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/container_network_policy_allowlist.hpp>
#include <openai/types/responses/container_network_policy_disabled.hpp>
#include <openai/types/responses/inline_skill.hpp>
#include <openai/types/responses/skill_reference.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Network access policy for the container.
using container_auto_network_policy = std::variant<openai::container_network_policy_disabled,
                                                   openai::container_network_policy_allowlist, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case container_auto_network_policy_cases[] = {{"disabled", 0}, {"allowlist", 1}};
template <>
inline constexpr json_union_table json_union<container_auto_network_policy>{
    .key = "type", .cases = container_auto_network_policy_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(container_auto_network_policy)

/// One of several objects, told apart by `type`.
using container_auto_skill = std::variant<openai::skill_reference, openai::inline_skill, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case container_auto_skill_cases[] = {{"skill_reference", 0}, {"inline", 1}};
template <>
inline constexpr json_union_table json_union<container_auto_skill>{.key = "type", .cases = container_auto_skill_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(container_auto_skill)

/// The container_auto object.
struct container_auto
{
    /// Automatically creates a container for this request Always `container_auto`.
    std::string type = "container_auto";
    /// An optional list of uploaded files to make available to your code.
    std::vector<std::string> file_ids{};
    /// One of: 1g, 4g, 16g, 64g.
    std::optional<std::string> memory_limit{};
    /// Network access policy for the container.
    std::optional<openai::container_auto_network_policy> network_policy{};
    /// An optional list of skills referenced by id or inline data.
    std::vector<openai::container_auto_skill> skills{};
};
BOOST_DESCRIBE_STRUCT(container_auto, (), (type, file_ids, memory_limit, network_policy, skills))
OPENAI_EXTERN_JSON_READER(container_auto)

OPENAI_END_NAMESPACE

#endif
