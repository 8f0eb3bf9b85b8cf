// Rate-limit and timing information carried by the headers of an answer: plain functions, no I/O.
#ifndef OPENAI_RATE_LIMITS_HPP
#define OPENAI_RATE_LIMITS_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <system_error>

OPENAI_BEGIN_NAMESPACE

/// The x-ratelimit-* headers of an answer; each member empty when its header is absent or malformed.
struct rate_limit_info
{
    std::optional<std::int64_t> limit_requests{};               ///< x-ratelimit-limit-requests
    std::optional<std::int64_t> limit_tokens{};                 ///< x-ratelimit-limit-tokens
    std::optional<std::int64_t> remaining_requests{};           ///< x-ratelimit-remaining-requests
    std::optional<std::int64_t> remaining_tokens{};             ///< x-ratelimit-remaining-tokens
    std::optional<std::chrono::milliseconds> reset_requests{};  ///< x-ratelimit-reset-requests, e.g. "1s", "6m0s"
    std::optional<std::chrono::milliseconds> reset_tokens{};    ///< x-ratelimit-reset-tokens

    /// Member-wise comparison.
    bool operator==(const rate_limit_info&) const = default;
};

namespace detail {

// HTTP allows optional whitespace (spaces and tabs) around a field value.
inline std::string_view trim_ows(std::string_view v) noexcept
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

inline bool is_ascii_digit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// A non-negative decimal integer: digits only, no sign, no trailing junk, no overflow.
inline std::optional<std::int64_t> parse_count(std::string_view v) noexcept
{
    v = trim_ows(v);
    if (v.empty() || !is_ascii_digit(v.front()))
        return std::nullopt;  // from_chars would accept a '-'
    std::int64_t n = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size())
        return std::nullopt;
    return n;
}

// Nanoseconds per unit of a Go duration, 0 for an unknown unit.
inline std::uint64_t go_duration_unit(std::string_view u) noexcept
{
    if (u == "ns")
        return 1;
    if (u == "us" || u == "\xC2\xB5s" || u == "\xCE\xBCs")  // U+00B5 micro sign, U+03BC Greek mu
        return 1'000;
    if (u == "ms")
        return 1'000'000;
    if (u == "s")
        return 1'000'000'000;
    if (u == "m")
        return 60'000'000'000;
    if (u == "h")
        return 3'600'000'000'000;
    return 0;
}

}  // namespace detail

/// Parses a Go duration string, the format of the x-ratelimit-reset-* headers: a sequence of
/// decimal numbers, each with an optional fraction and a unit (ns, us, µs, ms, s, m, h), e.g.
/// "300ms", "1.5h", "2h45m", "6m0s"; an optional leading '+'; "0" alone needs no unit.
///
/// Follows Go's time.ParseDuration, fraction arithmetic (float64, truncated to the nanosecond)
/// included, with these differences: a negative duration (any leading '-', even "-0s") is
/// rejected, since a wait cannot be negative; and so is whitespace anywhere, as in Go (header
/// values are trimmed by parse_rate_limits, not here). Empty when malformed or beyond
/// 2^63 - 1 ns (about 292 years).
inline std::optional<std::chrono::nanoseconds> parse_go_duration(std::string_view s) noexcept
{
    // Go's bound: the magnitude of the most negative duration. A positive one must stay below it.
    constexpr std::uint64_t bound = std::uint64_t(1) << 63;
    if (!s.empty() && s.front() == '-')
        return std::nullopt;
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s == "0")
        return std::chrono::nanoseconds(0);
    if (s.empty())
        return std::nullopt;

    std::uint64_t total = 0;
    while (!s.empty())
    {
        if (s.front() != '.' && !detail::is_ascii_digit(s.front()))
            return std::nullopt;

        // Integer part.
        std::uint64_t v = 0;
        std::size_t i = 0;
        for (; i < s.size() && detail::is_ascii_digit(s[i]); ++i)
        {
            if (v > bound / 10)
                return std::nullopt;
            v = v * 10 + static_cast<std::uint64_t>(s[i] - '0');
            if (v > bound)
                return std::nullopt;
        }
        const bool has_integer = i > 0;
        s.remove_prefix(i);

        // Fraction: digits past uint64 precision are skipped, as Go does.
        std::uint64_t f = 0;
        double scale = 1;
        bool has_fraction = false;
        if (!s.empty() && s.front() == '.')
        {
            s.remove_prefix(1);
            bool saturated = false;
            for (i = 0; i < s.size() && detail::is_ascii_digit(s[i]); ++i)
            {
                if (saturated)
                    continue;
                if (f > (bound - 1) / 10)
                {
                    saturated = true;
                    continue;
                }
                std::uint64_t next = f * 10 + static_cast<std::uint64_t>(s[i] - '0');
                if (next > bound)
                {
                    saturated = true;
                    continue;
                }
                f = next;
                scale *= 10;
            }
            has_fraction = i > 0;
            s.remove_prefix(i);
        }
        if (!has_integer && !has_fraction)
            return std::nullopt;  // "." or ".s"

        // Unit: everything up to the next number.
        i = 0;
        while (i < s.size() && s[i] != '.' && !detail::is_ascii_digit(s[i]))
            ++i;
        const std::uint64_t unit = detail::go_duration_unit(s.substr(0, i));
        if (unit == 0)
            return std::nullopt;  // missing or unknown unit
        s.remove_prefix(i);

        if (v > bound / unit)
            return std::nullopt;
        v *= unit;
        if (f > 0)
        {
            // f / scale < 1, so this adds less than one unit: at most 3.6e12, no overflow.
            v += static_cast<std::uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
            if (v > bound)
                return std::nullopt;
        }
        if (v > bound - total)
            return std::nullopt;  // checked before adding: two components of 2^63 would wrap to 0
        total += v;
    }
    if (total > bound - 1)
        return std::nullopt;
    return std::chrono::nanoseconds(static_cast<std::int64_t>(total));
}

/// Parses the rate-limit headers. Values may be surrounded by spaces or tabs. Counts must be
/// non-negative decimal integers; resets are Go durations (see parse_go_duration), rounded up to
/// the millisecond so that a caller who waits that long is never early.
inline rate_limit_info parse_rate_limits(const headers& h) noexcept
{
    auto count = [&](std::string_view name) -> std::optional<std::int64_t> {
        auto v = h.find(name);
        return v ? detail::parse_count(*v) : std::nullopt;
    };
    auto reset = [&](std::string_view name) -> std::optional<std::chrono::milliseconds> {
        auto v = h.find(name);
        if (!v)
            return std::nullopt;
        auto d = parse_go_duration(detail::trim_ows(*v));
        if (!d)
            return std::nullopt;
        return std::chrono::ceil<std::chrono::milliseconds>(*d);
    };
    rate_limit_info info;
    info.limit_requests = count("x-ratelimit-limit-requests");
    info.limit_tokens = count("x-ratelimit-limit-tokens");
    info.remaining_requests = count("x-ratelimit-remaining-requests");
    info.remaining_tokens = count("x-ratelimit-remaining-tokens");
    info.reset_requests = reset("x-ratelimit-reset-requests");
    info.reset_tokens = reset("x-ratelimit-reset-tokens");
    return info;
}

/// The openai-processing-ms header: how long the server worked on the request. Integer or
/// decimal milliseconds ("123", "123.456"), rounded to the nearest millisecond (halves up);
/// surrounding spaces or tabs are tolerated. Empty if absent or malformed: a sign, an exponent,
/// a dot without digits on each side, overflow.
inline std::optional<std::chrono::milliseconds> parse_processing_ms(const headers& h) noexcept
{
    auto found = h.find("openai-processing-ms");
    if (!found)
        return std::nullopt;
    std::string_view v = detail::trim_ows(*found);
    std::string_view fraction;
    if (auto dot = v.find('.'); dot != std::string_view::npos)
    {
        fraction = v.substr(dot + 1);
        v = v.substr(0, dot);
        if (fraction.empty())
            return std::nullopt;
        for (char c : fraction)
            if (!detail::is_ascii_digit(c))
                return std::nullopt;
    }
    auto ms = detail::parse_count(v);
    if (!ms || v.size() != detail::trim_ows(v).size())
        return std::nullopt;  // no whitespace between the digits and the dot
    if (!fraction.empty() && fraction.front() >= '5')
    {
        if (*ms == INT64_MAX)
            return std::nullopt;
        ++*ms;
    }
    return std::chrono::milliseconds(*ms);
}

OPENAI_END_NAMESPACE

#endif
