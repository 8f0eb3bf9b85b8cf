// Typed query parameters: a described struct written as the pairs of a URL's query string, the
// way the official SDKs write them (arrays as `key[]=a&key[]=b`, booleans as true/false).
#ifndef OPENAI_DETAIL_QUERY_HPP
#define OPENAI_DETAIL_QUERY_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

using query_pairs = std::vector<std::pair<std::string, std::string>>;

template <class T>
void append_query_value(query_pairs& out, std::string_view key, const T& value)
{
    if constexpr (is_optional<T>::value)
    {
        if (value)
            append_query_value(out, key, *value);
    }
    else if constexpr (is_vector<T>::value)
    {
        const std::string array_key = std::string(key) + "[]";
        for (const auto& item : value)
            append_query_value(out, array_key, item);
    }
    else if constexpr (std::is_same_v<T, bool>)
        out.emplace_back(key, value ? "true" : "false");
    else if constexpr (std::is_integral_v<T>)
        out.emplace_back(key, std::to_string(value));
    else if constexpr (std::is_same_v<T, std::string>)
        out.emplace_back(key, value);
    else
        static_assert(sizeof(T) == 0, "no query form for this type");
}

/// Appends the set members of a described struct of query parameters to `out`, in the order of
/// its description; unset optionals and empty arrays are left out. Of a request body's struct,
/// only the members json_query<Params> lists are query parameters.
template <class Params>
void append_query(query_pairs& out, const Params& params)
{
    boost::mp11::mp_for_each<boost::describe::describe_members<Params, boost::describe::mod_public>>([&](auto member) {
        using described = decltype(member);
        if constexpr (json_query<Params> == nullptr || rule_lists(json_query<Params>, described::name))
            append_query_value(out, json_key_of<Params>(described::name), params.*described::pointer);
    });
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
