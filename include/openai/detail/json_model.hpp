// The JSON model of the SDK's types: what a read failure says, the rules a type declares to
// change how it is read, and the writer of request bodies.
//
// Boost.JSON's own described-struct conversion is too strict on Boost 1.81-1.86 (a missing or an
// extra key fails) and writes `null` for empty optionals, so the SDK walks Boost.Describe
// metadata itself. Reading (json_reader.hpp, the one reader, for JSON text and for documents
// alike) is lenient where the API evolves (unknown keys are ignored, missing keys and nulls leave
// the member at its default) and strict on types (a string where a number belongs is an error
// naming the JSON path). Writing skips empty optionals and empty lists, so a request never sends
// `null` or `[]` for a field the caller did not set.
//
// A type whose JSON shape is not its members' names it with the rules below (tagged unions, null
// array elements, base64 payloads); nothing here reads. A type that writes itself declares, in its
// own namespace, `void json_write(boost::json::value&, const T&)`, found by argument-dependent
// lookup.
#ifndef OPENAI_DETAIL_JSON_MODEL_HPP
#define OPENAI_DETAIL_JSON_MODEL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// Where and why a JSON value did not fit the expected type. Built only on failure.
struct read_error
{
    std::string path;  // e.g. "choices[0].message.content"
    std::string what;  // e.g. "expected a string, got a number"

    bool fail(std::string message)
    {
        what = std::move(message);
        return false;
    }

    std::string to_string() const { return path.empty() ? what : path + ": " + what; }
};

inline std::string_view json_kind_name(boost::json::kind k) noexcept
{
    switch (k)
    {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
    }
    return "a value";
}

// Prefixes the failing path with the member name or index that led to it.
inline void prepend_key(read_error& err, std::string_view key)
{
    if (err.path.empty() || err.path.front() == '[')
        err.path.insert(0, key);
    else
        err.path.insert(0, std::string(key) + ".");
}

inline void prepend_index(read_error& err, std::size_t i)
{
    // Appended piece by piece: g++ 12 at -O3 reports "[" + std::string as an overflowing copy
    // (-Wstringop-overflow, a false positive) in every program that includes this header.
    std::string prefix = "[";
    prefix += std::to_string(i);
    prefix += ']';
    if (!err.path.empty() && err.path.front() != '[')
        prefix += '.';
    err.path.insert(0, prefix);
}

template <class T>
struct is_optional : std::false_type
{};
template <class T>
struct is_optional<std::optional<T>> : std::true_type
{};
template <class T>
struct is_vector : std::false_type
{};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type
{};
template <class T>
struct is_string_map : std::false_type
{};
template <class T, class C, class A>
struct is_string_map<std::map<std::string, T, C, A>> : std::true_type
{};
template <class T>
struct is_variant : std::false_type
{};
template <class... Ts>
struct is_variant<std::variant<Ts...>> : std::true_type
{};

template <class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template <class T>
concept custom_json_write = requires(boost::json::value& v, const T& t)
{
    json_write(v, t);
};

// How a type changes the way it is read: declared here, by specializing these for the type in its
// own header, and applied by the one reader (json_reader.hpp). They name rules; they hold no code.

/// A tagged union: a std::variant of described structs told apart by a string member, such as
/// "type" or "role". Specialize with the member's name; an alternative's tag is that member's
/// default value. An alternative that is a std::string takes a JSON string.
template <class T>
inline constexpr const char* json_union_tag = nullptr;

/// One case of a union told apart by a table (json_union): the tag value that selects
/// alternative `index`, and, where several cases share a tag, the value of the table's second key
/// that selects this one (empty: any other value).
struct json_union_case
{
    std::string_view tag;
    std::size_t index = 0;
    std::string_view second{};
};

inline constexpr std::size_t no_alternative = static_cast<std::size_t>(-1);

struct json_union_table
{
    const char* key = nullptr;  // nullptr: T is not a union told apart by a table
    std::span<const json_union_case> cases{};
    const char* second_key = nullptr;
    std::size_t missing_tag = no_alternative;
};

/// How a std::variant is told apart by a table (the generated unions): `key` holds the tag
/// ("type"); `second_key` ("role") settles a tag that several cases share; `missing_tag` is the
/// alternative an object without the tag reads as (no_alternative: it fails). Several tag values
/// may select one alternative. A tag that no case names reads as the variant's
/// openai::unknown_json alternative, so that what the API adds later decodes; a variant without
/// one fails on it. A std::string alternative takes a JSON string. Specialize for the variant:
///
///     inline constexpr json_union_case tool_cases[] = {{"function", 0}, {"web_search", 1}, ...};
///     template <>
///     inline constexpr json_union_table json_union<tool>{"type", tool_cases};
template <class T>
inline constexpr json_union_table json_union{};

/// In T's array members, a null element reads as the element's default value, or NaN for a
/// floating-point element (completion logprobs: the first token of an echoed prompt).
template <class T>
inline constexpr bool json_null_elements = false;

/// Names T's std::vector<float> member that also reads from a base64 string of little-endian
/// float32 (embeddings requested with `encoding_format: "base64"`).
template <class T>
inline constexpr const char* json_base64_floats = nullptr;

/// T's members whose JSON key is not their name (a C++ keyword, a key with '/' or '-'):
/// comma-separated `member=key` pairs, e.g. "namespace_=namespace,self_harm=self-harm".
template <class T>
inline constexpr const char* json_keys = nullptr;

/// T's members that a request sends as null when they are unset, where the API requires the key
/// but accepts null (function_tool_param's `strict`): comma-separated member names.
template <class T>
inline constexpr const char* json_send_null = nullptr;

/// T's members that are query parameters of the operation T is the body of, sent in the URL and
/// never in the body (conversations.items.create's `include`): comma-separated member names.
template <class T>
inline constexpr const char* json_query = nullptr;

// Whether a comma-separated list of member names (or nullptr) holds `member`.
constexpr bool rule_lists(const char* rule, std::string_view member) noexcept
{
    if (rule == nullptr)
        return false;
    const std::string_view list(rule);
    std::size_t begin = 0;
    while (begin <= list.size())
    {
        std::size_t end = list.find(',', begin);
        if (end == std::string_view::npos)
            end = list.size();
        if (list.substr(begin, end - begin) == member)
            return true;
        begin = end + 1;
    }
    return false;
}

/// The JSON key of T's member `member`: its name, unless json_keys<T> renames it.
template <class T>
constexpr std::string_view json_key_of(std::string_view member) noexcept
{
    if constexpr (json_keys<T> == nullptr)
        return member;
    else
    {
        const std::string_view pairs(json_keys<T>);
        std::size_t begin = 0;
        while (begin < pairs.size())
        {
            std::size_t end = pairs.find(',', begin);
            if (end == std::string_view::npos)
                end = pairs.size();
            const std::string_view pair = pairs.substr(begin, end - begin);
            const std::size_t equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == member)
                return pair.substr(equals + 1);
            begin = end + 1;
        }
        return member;
    }
}

// Whether a member holding this value is left out of a request body.
template <class T>
bool is_unset(const T& value)
{
    if constexpr (is_optional<T>::value)
        return !value.has_value();
    else if constexpr (is_vector<T>::value || is_string_map<T>::value || std::is_same_v<T, boost::json::object>)
        return value.empty();
    else if constexpr (std::is_same_v<T, boost::json::value>)
        return value.is_null();
    else
        return false;
}

template <class T>
void write_described(boost::json::value& out, const T& in)
{
    auto& obj = out.emplace_object();
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    boost::mp11::mp_for_each<members>([&](auto member) {
        const auto& field = in.*member.pointer;
        constexpr std::string_view key = json_key_of<T>(decltype(member)::name);
        if (rule_lists(json_query<T>, member.name))
            return;
        if (!is_unset(field))
            write_json(obj[key], field);
        else if (rule_lists(json_send_null<T>, member.name))
            obj[key] = nullptr;
    });
}

template <class T>
void write_json(boost::json::value& out, const T& in)
{
    if constexpr (custom_json_write<T>)
        json_write(out, in);
    else if constexpr (is_optional<T>::value)
    {
        if (in)
            write_json(out, *in);
        else
            out = nullptr;
    }
    else if constexpr (std::is_same_v<T, std::string>)
        out = std::string_view(in);
    else if constexpr (std::is_arithmetic_v<T> || std::is_same_v<T, boost::json::value> ||
                       std::is_same_v<T, boost::json::object>)
        out = in;  // a bool stays a JSON bool
    else if constexpr (is_vector<T>::value)
    {
        auto& arr = out.emplace_array();
        arr.reserve(in.size());
        for (const auto& item : in)
            write_json(arr.emplace_back(nullptr), item);
    }
    else if constexpr (is_string_map<T>::value)
    {
        auto& obj = out.emplace_object();
        for (const auto& [key, item] : in)
            write_json(obj[key], item);
    }
    else if constexpr (is_variant<T>::value)
        std::visit([&](const auto& alternative) { write_json(out, alternative); }, in);
    else if constexpr (described_struct<T>)
        write_described(out, in);
    else
        static_assert(sizeof(T) == 0, "no JSON writer for this type");
}

template <class T>
boost::json::value to_json(const T& in)
{
    boost::json::value out;
    write_json(out, in);
    return out;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
