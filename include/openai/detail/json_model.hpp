// Conversion between the SDK's described structs and Boost.JSON values.
//
// Boost.JSON's own described-struct conversion is too strict on Boost 1.81-1.86 (a missing or an
// extra key fails) and writes `null` for empty optionals, so the SDK walks Boost.Describe
// metadata itself. Reading is lenient where the API evolves (unknown keys are ignored, missing
// keys and nulls leave the member at its default) and strict on types (a string where a number
// belongs is an error naming the JSON path). Writing skips empty optionals and empty lists, so a
// request never sends `null` or `[]` for a field the caller did not set.
//
// A type that needs its own JSON shape (tagged unions, base64 payloads) declares, in its own
// namespace, `bool json_read(const boost::json::value&, T&, openai::detail::read_error&)` and
// `void json_write(boost::json::value&, const T&)`; they are found by argument-dependent lookup.
#ifndef OPENAI_DETAIL_JSON_MODEL_HPP
#define OPENAI_DETAIL_JSON_MODEL_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
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

inline bool type_mismatch(const boost::json::value& v, std::string_view expected, read_error& err)
{
    std::string msg = "expected ";
    msg += expected;
    msg += ", got ";
    msg += json_kind_name(v.kind());
    return err.fail(std::move(msg));
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
concept custom_json_read = requires(const boost::json::value& v, T& t, read_error& e)
{
    {
        json_read(v, t, e)
        } -> std::same_as<bool>;
};

template <class T>
concept custom_json_write = requires(boost::json::value& v, const T& t)
{
    json_write(v, t);
};

template <class T>
bool read_json(const boost::json::value& v, T& out, read_error& err);

template <class T>
bool read_number(const boost::json::value& v, T& out, read_error& err)
{
    if constexpr (std::is_floating_point_v<T>)
    {
        if (v.is_double())
            out = static_cast<T>(v.get_double());
        else if (v.is_int64())
            out = static_cast<T>(v.get_int64());
        else if (v.is_uint64())
            out = static_cast<T>(v.get_uint64());
        else
            return type_mismatch(v, "a number", err);
        return true;
    }
    else
    {
        if (v.is_int64() || v.is_uint64())
        {
            boost::system::error_code ec;
            T n = v.to_number<T>(ec);
            if (ec)
                return err.fail("integer out of range");
            out = n;
            return true;
        }
        if (v.is_double())
        {
            // Some servers print integers as 3.0; accept them when exact and in range.
            double d = v.get_double();
            if (std::trunc(d) != d || d < static_cast<double>(std::numeric_limits<T>::min()) ||
                d > static_cast<double>(std::numeric_limits<T>::max()))
                return err.fail("expected an integer, got " + std::to_string(d));
            out = static_cast<T>(d);
            return true;
        }
        return type_mismatch(v, "an integer", err);
    }
}

template <class T>
bool read_described(const boost::json::value& v, T& out, read_error& err)
{
    if (!v.is_object())
        return type_mismatch(v, "an object", err);
    // One pass over the object's keys, each compared with the member names (constants the
    // compiler turns into a length check and an inline compare), instead of a search of the
    // object per member: responses hold few of the members a type describes.
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    for (const auto& entry : v.get_object())
    {
        const std::string_view key = entry.key();
        bool matched = false;
        bool ok = true;
        boost::mp11::mp_for_each<members>([&](auto member) {
            static constexpr std::string_view name{decltype(member)::name};
            if (matched || key.size() != name.size() || std::memcmp(key.data(), name.data(), name.size()) != 0)
                return;
            matched = true;
            auto& field = out.*member.pointer;
            using field_type = std::remove_cvref_t<decltype(field)>;
            if (entry.value().is_null() && !is_optional<field_type>::value)
                return;  // null for a non-optional member: keep the default
            if (!read_json(entry.value(), field, err))
            {
                prepend_key(err, member.name);
                ok = false;
            }
        });
        if (!ok)
            return false;
    }
    return true;  // absent members keep their defaults
}

template <class... Ts>
bool read_variant(const boost::json::value& v, std::variant<Ts...>& out, read_error& err)
{
    // First alternative that reads without error wins: only for shape-distinct alternatives
    // (string | array, number | string). Tagged unions have their own json_read.
    bool done = false;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<sizeof...(Ts)>>([&](auto index) {
        if (done)
            return;
        read_error attempt;
        std::variant_alternative_t<index, std::variant<Ts...>> alternative{};
        if (read_json(v, alternative, attempt))
        {
            out = std::move(alternative);
            done = true;
        }
    });
    return done || err.fail("no accepted form matches " + std::string(json_kind_name(v.kind())));
}

template <class T>
bool read_json(const boost::json::value& v, T& out, read_error& err)
{
    if constexpr (custom_json_read<T>)
        return json_read(v, out, err);
    else if constexpr (is_optional<T>::value)
    {
        if (v.is_null())
        {
            out.reset();
            return true;
        }
        return read_json(v, out.emplace(), err);
    }
    else if constexpr (std::is_same_v<T, bool>)
    {
        if (!v.is_bool())
            return type_mismatch(v, "a boolean", err);
        out = v.get_bool();
        return true;
    }
    else if constexpr (std::is_arithmetic_v<T>)
        return read_number(v, out, err);
    else if constexpr (std::is_same_v<T, std::string>)
    {
        if (!v.is_string())
            return type_mismatch(v, "a string", err);
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    }
    else if constexpr (std::is_same_v<T, boost::json::value>)
    {
        out = v;
        return true;
    }
    else if constexpr (std::is_same_v<T, boost::json::object>)
    {
        if (!v.is_object())
            return type_mismatch(v, "an object", err);
        out = v.get_object();
        return true;
    }
    else if constexpr (is_vector<T>::value)
    {
        if (!v.is_array())
            return type_mismatch(v, "an array", err);
        const auto& arr = v.get_array();
        out.clear();
        out.resize(arr.size());
        for (std::size_t i = 0; i < arr.size(); ++i)
        {
            if (!read_json(arr[i], out[i], err))
            {
                prepend_index(err, i);
                return false;
            }
        }
        return true;
    }
    else if constexpr (is_string_map<T>::value)
    {
        if (!v.is_object())
            return type_mismatch(v, "an object", err);
        out.clear();
        for (const auto& kv : v.get_object())
        {
            typename T::mapped_type item{};
            if (!read_json(kv.value(), item, err))
            {
                prepend_key(err, kv.key());
                return false;
            }
            out.emplace(std::string(kv.key()), std::move(item));
        }
        return true;
    }
    else if constexpr (is_variant<T>::value)
        return read_variant(v, out, err);
    else if constexpr (described_struct<T>)
        return read_described(v, out, err);
    else
        static_assert(sizeof(T) == 0, "no JSON reader for this type");
}

template <class T>
void write_json(boost::json::value& out, const T& in);

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
        if (is_unset(field))
            return;
        write_json(obj[member.name], field);
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

/// Reads `T` from a JSON value; on failure returns false and says where in `err`.
template <class T>
bool from_json(const boost::json::value& v, T& out, read_error& err)
{
    return read_json(v, out, err);
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
