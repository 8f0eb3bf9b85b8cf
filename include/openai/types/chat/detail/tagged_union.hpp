// Reading of tagged unions (a std::variant of described structs told apart by a string member
// such as "type" or "role"), for the json_read overloads of the chat types.
#ifndef OPENAI_TYPES_CHAT_DETAIL_TAGGED_UNION_HPP
#define OPENAI_TYPES_CHAT_DETAIL_TAGGED_UNION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

OPENAI_BEGIN_NAMESPACE
namespace detail::chat_json {

/// The value of the described `std::string` member named `tag` of `value`, empty when none.
template <class T>
std::string_view tag_value(const T& value, std::string_view tag)
{
    std::string_view result;
    if constexpr (described_struct<T>)
    {
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        boost::mp11::mp_for_each<members>([&](auto member) {
            using field_type = std::remove_cvref_t<decltype(value.*member.pointer)>;
            if constexpr (std::is_same_v<field_type, std::string>)
                if (tag == member.name)
                    result = value.*member.pointer;
        });
    }
    return result;
}

/// Reads the alternative whose default `tag` member equals the JSON object's `tag` string.
/// Alternatives that are not described structs (a plain string, say) are never chosen here.
template <class... Ts>
bool read_tagged(const boost::json::value& v, std::variant<Ts...>& out, read_error& err, std::string_view tag)
{
    if (!v.is_object())
        return type_mismatch(v, "an object", err);
    const boost::json::value* found = v.get_object().if_contains(tag);
    if (found == nullptr || !found->is_string())
    {
        err.path = std::string(tag);
        return found == nullptr ? err.fail("missing") : type_mismatch(*found, "a string", err);
    }
    const std::string_view name = found->get_string();
    bool matched = false;
    bool ok = false;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<sizeof...(Ts)>>([&](auto index) {
        using alternative_type = std::variant_alternative_t<index, std::variant<Ts...>>;
        if (matched || !described_struct<alternative_type>)
            return;
        alternative_type alternative{};
        if (tag_value(alternative, tag) != name)
            return;
        matched = true;
        ok = read_json(v, alternative, err);
        if (ok)
            out = std::move(alternative);
    });
    if (!matched)
    {
        err.path = std::string(tag);
        return err.fail("unknown value \"" + std::string(name) + "\"");
    }
    return ok;
}

}  // namespace detail::chat_json
OPENAI_END_NAMESPACE

#endif
