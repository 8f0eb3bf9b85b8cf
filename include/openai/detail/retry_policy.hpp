// When to retry a failed attempt and how long to wait first: plain functions, no I/O.
#ifndef OPENAI_DETAIL_RETRY_POLICY_HPP
#define OPENAI_DETAIL_RETRY_POLICY_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>
#include <openai/headers.hpp>

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <ctime>
#include <optional>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// Whether an attempt that ended with `ec` (and, for HTTP errors, `status` and `headers`)
/// is worth another try. Exhausted quota never is: it does not come back in seconds.
inline bool is_retryable(const error_code& ec, int status, const headers& h) noexcept
{
    if (ec == api_errc::quota_exceeded || ec == boost::asio::error::operation_aborted)
        return false;  // quota does not come back in seconds; a cancelled call stays cancelled
    if (status != 0)
    {
        if (auto forced = h.find("x-should-retry"))
        {
            if (*forced == "true")
                return true;
            if (*forced == "false")
                return false;
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }
    if (ec.category() == error_category())
        return false;  // the SDK's own errors: a retry would fail the same way
    // A certificate that fails verification (untrusted, expired, self-signed, another host's) fails
    // again; other TLS errors, like a connection cut short, may not.
    if (ec.category() == boost::asio::error::get_ssl_category() &&
        ERR_GET_LIB(static_cast<unsigned long>(ec.value())) == ERR_LIB_SSL &&
        ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == SSL_R_CERTIFICATE_VERIFY_FAILED)
        return false;
    return static_cast<bool>(ec);  // connection errors and timeouts
}

/// Parses an HTTP-date (IMF-fixdate, `Wed, 21 Oct 2015 07:28:00 GMT`) to seconds since epoch.
inline std::optional<std::time_t> parse_http_date(std::string_view s) noexcept
{
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // "Www, DD Mon YYYY HH:MM:SS GMT"
    if (s.size() != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[19] != ':' ||
        s[22] != ':' || s[25] != ' ' || s.substr(26) != "GMT")
        return std::nullopt;
    auto num = [&](std::size_t pos, std::size_t len) -> int {
        if (s[pos] < '0' || s[pos] > '9')
            return -1;  // from_chars would take a sign
        int v = 0;
        auto r = std::from_chars(s.data() + pos, s.data() + pos + len, v);
        return (r.ec == std::errc() && r.ptr == s.data() + pos + len) ? v : -1;
    };
    int day = num(5, 2), year = num(12, 4), hh = num(17, 2), mm = num(20, 2), ss = num(23, 2);
    auto mon = std::find(std::begin(months), std::end(months), s.substr(8, 3)) - std::begin(months);
    if (day < 1 || day > 31 || year < 1970 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60 || mon >= 12)
        return std::nullopt;
    // Days from civil (Howard Hinnant's algorithm), to stay independent of the local time zone.
    int y = year - (mon < 2);
    int era = y / 400;
    int yoe = y - era * 400;
    int doy = (153 * (static_cast<int>(mon) + (mon > 1 ? -2 : 10)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long long days = static_cast<long long>(era) * 146097 + doe - 719468;
    return static_cast<std::time_t>(days * 86400 + hh * 3600LL + mm * 60LL + ss);
}

/// The delay the server asked for with `retry-after-ms` or `retry-after` (seconds or an
/// HTTP-date), when it is positive and at most 60 s.
inline std::optional<std::chrono::milliseconds> server_retry_delay(const headers& h, std::time_t now) noexcept
{
    using std::chrono::milliseconds;
    auto parse_number = [](std::string_view v) -> std::optional<double> {
        double d = 0;
        auto r = std::from_chars(v.data(), v.data() + v.size(), d);
        if (r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(d))
            return std::nullopt;
        return d;
    };
    std::optional<double> ms;
    if (auto v = h.find("retry-after-ms"))
        ms = parse_number(*v);
    if (!ms)
    {
        if (auto v = h.find("retry-after"))
        {
            if (auto seconds = parse_number(*v))
                ms = *seconds * 1000.0;
            else if (auto date = parse_http_date(*v))
                ms = static_cast<double>(*date - now) * 1000.0;
        }
    }
    if (ms && *ms > 0 && *ms <= 60000.0)
        return milliseconds(static_cast<long long>(*ms));
    return std::nullopt;
}

/// Exponential backoff as the official SDKs do: min(0.5 * 2^n, 8) s, minus up to 25% jitter.
/// `retries_taken` counts the retries already made; `jitter` is uniform in [0, 1).
inline std::chrono::milliseconds backoff_delay(int retries_taken, double jitter) noexcept
{
    double seconds = std::min(0.5 * std::pow(2.0, std::min(retries_taken, 16)), 8.0);
    seconds *= 1.0 - 0.25 * std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000.0));
}

/// The wait before the next attempt: the server's wish when reasonable, else backoff.
inline std::chrono::milliseconds retry_delay(int retries_taken, const headers& h, std::time_t now,
                                             double jitter) noexcept
{
    if (auto wanted = server_retry_delay(h, now))
        return *wanted;
    return backoff_delay(retries_taken, jitter);
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
