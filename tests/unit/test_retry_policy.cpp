// Unit tests of openai/detail/retry_policy.hpp: what to retry, and how long to wait first.
#include <openai/detail/error_body.hpp>
#include <openai/detail/retry_policy.hpp>

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/error.hpp>

#include <doctest/doctest.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <chrono>
#include <climits>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace std::string_view_literals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
namespace d = openai::detail;
using openai::api_errc;
using openai::headers;

// The code the client gives an HTTP error answer with this status and no body.
openai::error_code for_status(int status)
{
    return openai::make_error_code(d::classify_status(status, "", ""));
}

std::optional<long long> server_ms(const headers& h, std::time_t now = 0)
{
    auto delay = d::server_retry_delay(h, now);
    if (!delay)
        return std::nullopt;
    return delay->count();
}

std::optional<long long> retry_after_ms(std::string value, std::time_t now = 0)
{
    return server_ms(headers{{"retry-after", std::move(value)}}, now);
}

std::optional<long long> retry_after_ms_header(std::string value)
{
    return server_ms(headers{{"retry-after-ms", std::move(value)}});
}

long long backoff_ms(int retries_taken, double jitter)
{
    return d::backoff_delay(retries_taken, jitter).count();
}

constexpr std::time_t rfc_example = 784111777;  // Sun, 06 Nov 1994 08:49:37 GMT

}  // namespace

// ---------------------------------------------------------------------------------------------
// is_retryable

TEST_CASE("is_retryable: a certificate that fails verification is not retried; other TLS errors are")
{
    const headers none;
    const auto ssl_error = [](int reason) {
        return openai::error_code(static_cast<int>(ERR_PACK(ERR_LIB_SSL, 0, reason)),
                                  boost::asio::error::get_ssl_category());
    };
    CHECK(ssl_error(SSL_R_CERTIFICATE_VERIFY_FAILED).value() == 0x0A000086);  // what OpenSSL 3 reports
    CHECK_FALSE(d::is_retryable(ssl_error(SSL_R_CERTIFICATE_VERIFY_FAILED), 0, none));
    CHECK(d::is_retryable(ssl_error(SSL_R_WRONG_VERSION_NUMBER), 0, none));
    CHECK(d::is_retryable(ssl_error(SSL_R_UNEXPECTED_EOF_WHILE_READING), 0, none));
    CHECK(d::is_retryable(boost::asio::ssl::error::stream_truncated, 0, none));
}

TEST_CASE("is_retryable: connection errors and timeouts are retried")
{
    const headers none;
    CHECK(d::is_retryable(boost::asio::error::connection_refused, 0, none));
    CHECK(d::is_retryable(boost::asio::error::connection_reset, 0, none));
    CHECK(d::is_retryable(boost::asio::error::connection_aborted, 0, none));
    CHECK(d::is_retryable(boost::asio::error::broken_pipe, 0, none));
    CHECK(d::is_retryable(boost::asio::error::host_not_found, 0, none));
    CHECK(d::is_retryable(boost::asio::error::network_unreachable, 0, none));
    CHECK(d::is_retryable(boost::asio::error::eof, 0, none));
    CHECK(d::is_retryable(boost::asio::error::timed_out, 0, none));
    CHECK(d::is_retryable(boost::beast::error::timeout, 0, none));
}

TEST_CASE("is_retryable: a cancelled call is not retried")
{
    CHECK_FALSE(d::is_retryable(boost::asio::error::operation_aborted, 0, {}));
    CHECK_FALSE(d::is_retryable(boost::asio::error::operation_aborted, 0, headers{{"x-should-retry", "true"}}));
    CHECK_FALSE(d::is_retryable(boost::asio::error::operation_aborted, 503, headers{{"x-should-retry", "true"}}));
}

TEST_CASE("is_retryable: no error, nothing to retry")
{
    CHECK_FALSE(d::is_retryable(openai::error_code(), 0, {}));
}

TEST_CASE("is_retryable: 408, 409, 429 and 5xx are retried")
{
    for (int status : {408, 409, 429, 500, 501, 502, 503, 504, 520, 529, 599})
    {
        INFO("status ", status);
        CHECK(d::is_retryable(for_status(status), status, {}));
    }
    CHECK(d::is_retryable(openai::make_error_code(api_errc::rate_limit), 429,
                          headers{{"x-ratelimit-remaining-requests", "0"}}));
}

TEST_CASE("is_retryable: other 4xx are not retried")
{
    for (int status : {400, 401, 402, 403, 404, 405, 410, 413, 415, 418, 422, 451})
    {
        INFO("status ", status);
        CHECK_FALSE(d::is_retryable(for_status(status), status, {}));
    }
    CHECK_FALSE(d::is_retryable(openai::make_error_code(api_errc::model_not_found), 404, {}));
}

TEST_CASE("is_retryable: quota is never retried, even when the server says it should be")
{
    auto quota = openai::make_error_code(api_errc::quota_exceeded);
    CHECK_FALSE(d::is_retryable(quota, 429, {}));
    CHECK_FALSE(d::is_retryable(quota, 429, headers{{"x-should-retry", "true"}}));
    CHECK_FALSE(d::is_retryable(quota, 429, headers{{"retry-after", "1"}}));
    CHECK_FALSE(d::is_retryable(quota, 0, {}));
    // The same status with a rate-limit code is retried.
    CHECK(
        d::is_retryable(openai::make_error_code(d::classify_status(429, "rate_limit_exceeded", "requests")), 429, {}));
    CHECK_FALSE(d::is_retryable(openai::make_error_code(d::classify_status(429, "insufficient_quota", "")), 429,
                                headers{{"x-should-retry", "true"}}));
}

TEST_CASE("is_retryable: x-should-retry overrides the status rule")
{
    CHECK(d::is_retryable(for_status(400), 400, headers{{"x-should-retry", "true"}}));
    CHECK(d::is_retryable(for_status(404), 404, headers{{"x-should-retry", "true"}}));
    CHECK(d::is_retryable(for_status(422), 422, headers{{"x-should-retry", "true"}}));
    CHECK_FALSE(d::is_retryable(for_status(429), 429, headers{{"x-should-retry", "false"}}));
    CHECK_FALSE(d::is_retryable(for_status(500), 500, headers{{"x-should-retry", "false"}}));
    CHECK_FALSE(d::is_retryable(for_status(503), 503, headers{{"x-should-retry", "false"}}));
    CHECK_FALSE(d::is_retryable(for_status(409), 409, headers{{"x-should-retry", "false"}}));
    // Header names compare case-insensitively.
    CHECK(d::is_retryable(for_status(400), 400, headers{{"X-Should-Retry", "true"}}));
    CHECK_FALSE(d::is_retryable(for_status(502), 502, headers{{"X-SHOULD-RETRY", "false"}}));
    // Among other fields.
    CHECK(d::is_retryable(
        for_status(401), 401,
        headers{{"content-type", "application/json"}, {"x-should-retry", "true"}, {"x-request-id", "r"}}));
}

TEST_CASE("is_retryable: other x-should-retry values fall back to the status rule")
{
    for (auto value : {"", "TRUE", "False", "1", "0", "yes", " true", "true "})
    {
        INFO("x-should-retry: '", value, "'");
        CHECK_FALSE(d::is_retryable(for_status(400), 400, headers{{"x-should-retry", value}}));
        CHECK(d::is_retryable(for_status(503), 503, headers{{"x-should-retry", value}}));
    }
}

TEST_CASE("is_retryable: the SDK's own errors are not retried")
{
    CHECK_FALSE(d::is_retryable(openai::errc::missing_api_key, 0, {}));
    CHECK_FALSE(d::is_retryable(openai::errc::invalid_base_url, 0, {}));
    CHECK_FALSE(d::is_retryable(openai::errc::invalid_response, 0, {}));
    CHECK_FALSE(d::is_retryable(openai::errc::response_too_large, 0, {}));
    CHECK_FALSE(d::is_retryable(openai::errc::invalid_argument, 0, {}));
    // A successful status with a body that does not parse is not retried either.
    CHECK_FALSE(d::is_retryable(openai::errc::invalid_response, 200, {}));
}

// ---------------------------------------------------------------------------------------------
// parse_http_date

TEST_CASE("parse_http_date: IMF-fixdate to seconds since the epoch")
{
    CHECK(d::parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT") == std::time_t(0));
    CHECK(d::parse_http_date("Thu, 01 Jan 1970 00:00:01 GMT") == std::time_t(1));
    CHECK(d::parse_http_date("Fri, 02 Jan 1970 00:00:00 GMT") == std::time_t(86400));
    CHECK(d::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == std::time_t(784111777));
    CHECK(d::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT") == std::time_t(1445412480));
    CHECK(d::parse_http_date("Fri, 31 Dec 1999 23:59:59 GMT") == std::time_t(946684799));
    CHECK(d::parse_http_date("Sat, 01 Jan 2000 00:00:00 GMT") == std::time_t(946684800));
    CHECK(d::parse_http_date("Tue, 19 Jan 2038 03:14:08 GMT") == std::time_t(2147483648LL));
    CHECK(d::parse_http_date("Fri, 31 Dec 9999 23:59:59 GMT") == std::time_t(253402300799LL));
}

TEST_CASE("parse_http_date: leap years and month boundaries")
{
    CHECK(d::parse_http_date("Tue, 29 Feb 2000 12:00:00 GMT") == std::time_t(951825600));
    CHECK(d::parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT") == std::time_t(1709164800));
    CHECK(d::parse_http_date("Fri, 01 Mar 2024 00:00:00 GMT") == std::time_t(1709251200));
    CHECK(d::parse_http_date("Mon, 01 Jan 2024 00:00:00 GMT") == std::time_t(1704067200));
    CHECK(d::parse_http_date("Sat, 30 Nov 2024 10:00:00 GMT") == std::time_t(1732960800));
    CHECK(d::parse_http_date("Sun, 28 Feb 2100 00:00:00 GMT") == std::time_t(4107456000LL));
    CHECK(d::parse_http_date("Mon, 01 Mar 2100 00:00:00 GMT") == std::time_t(4107542400LL));  // 2100 is no leap year
    // A leap second is a valid second.
    CHECK(d::parse_http_date("Tue, 31 Dec 2024 23:59:60 GMT") == std::time_t(1735689600));
}

TEST_CASE("parse_http_date: every month")
{
    const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const char* weekdays[] = {"Sun", "Wed", "Wed", "Sat", "Mon", "Thu", "Sat", "Tue", "Fri", "Sun", "Wed", "Fri"};
    // 1 of each month of 2023, 00:00:00 GMT.
    const std::time_t expected[] = {1672531200, 1675209600, 1677628800, 1680307200, 1682899200, 1685577600,
                                    1688169600, 1690848000, 1693526400, 1696118400, 1698796800, 1701388800};
    for (int i = 0; i < 12; ++i)
    {
        std::string date = std::string(weekdays[i]) + ", 01 " + months[i] + " 2023 00:00:00 GMT";
        INFO(date);
        CHECK(d::parse_http_date(date) == expected[i]);
    }
}

TEST_CASE("parse_http_date: other forms and malformed dates are rejected")
{
    // The obsolete RFC 850 and asctime forms.
    CHECK_FALSE(d::parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun Nov  6 08:49:37 1994").has_value());
    // Not a date at all.
    CHECK_FALSE(d::parse_http_date("").has_value());
    CHECK_FALSE(d::parse_http_date("120").has_value());
    CHECK_FALSE(d::parse_http_date("2015-10-21T07:28:00Z").has_value());
    CHECK_FALSE(d::parse_http_date("xxxxxxxxxxxxxxxxxxxxxxxxxxxxx").has_value());
    // Other time zones, lower case, extra or missing characters.
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:37 UTC").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:37 gmt").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:37 +0000").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT ").has_value());
    CHECK_FALSE(d::parse_http_date(" Sun, 06 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 6 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun 06 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun; 06 Nov 1994 08:49:37 GMT").has_value());
    // Unknown month, non-digits.
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nox 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 NOV 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 0x Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 19x4 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 0a:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:4 :37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49: 7 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, -6 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 -8:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 -0:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:-0:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov +994 08:49:37 GMT").has_value());
    // Before the epoch.
    CHECK_FALSE(d::parse_http_date("Wed, 31 Dec 1969 23:59:59 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 0994 08:49:37 GMT").has_value());
    // Day zero.
    CHECK_FALSE(d::parse_http_date("Sun, 00 Nov 1994 08:49:37 GMT").has_value());
}

TEST_CASE("parse_http_date: fields out of range are rejected")
{
    CHECK_FALSE(d::parse_http_date("Sun, 32 Jan 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 99 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 24:00:00 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 99:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:60:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:61 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:99 GMT").has_value());
    // The largest values in range are accepted.
    CHECK(d::parse_http_date("Sat, 31 Jan 1970 23:59:59 GMT") == std::time_t(30 * 86400 + 86399));
}

TEST_CASE("parse_http_date: the separators must be in place")
{
    CHECK_FALSE(d::parse_http_date("Sun,x06 Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06-Nov 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov-1994 08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994T08:49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08.49:37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49.37 GMT").has_value());
    CHECK_FALSE(d::parse_http_date("Sun, 06 Nov 1994 08:49:37_GMT").has_value());
}

// ---------------------------------------------------------------------------------------------
// server_retry_delay

TEST_CASE("server_retry_delay: nothing asked, nothing returned")
{
    CHECK_FALSE(server_ms({}).has_value());
    CHECK_FALSE(
        server_ms(headers{{"x-ratelimit-reset-requests", "1s"}, {"content-type", "application/json"}}).has_value());
}

TEST_CASE("server_retry_delay: retry-after-ms in milliseconds")
{
    CHECK(retry_after_ms_header("1") == 1);
    CHECK(retry_after_ms_header("250") == 250);
    CHECK(retry_after_ms_header("1500") == 1500);
    CHECK(retry_after_ms_header("2500.0") == 2500);
    CHECK(retry_after_ms_header("60000") == 60000);
    CHECK(server_ms(headers{{"Retry-After-Ms", "42"}}) == 42);
}

TEST_CASE("server_retry_delay: retry-after in seconds, fractions included")
{
    CHECK(retry_after_ms("1") == 1000);
    CHECK(retry_after_ms("2") == 2000);
    CHECK(retry_after_ms("1.5") == 1500);
    CHECK(retry_after_ms("0.25") == 250);
    CHECK(retry_after_ms("20") == 20000);
    CHECK(retry_after_ms("60") == 60000);
    CHECK(server_ms(headers{{"Retry-After", "3"}}) == 3000);
}

TEST_CASE("server_retry_delay: retry-after-ms wins over retry-after")
{
    CHECK(server_ms(headers{{"retry-after", "30"}, {"retry-after-ms", "100"}}) == 100);
    CHECK(server_ms(headers{{"retry-after-ms", "100"}, {"retry-after", "30"}}) == 100);
    CHECK(server_ms(headers{{"retry-after-ms", "100"}, {"retry-after", "Sun, 06 Nov 1994 08:49:47 GMT"}},
                    rfc_example) == 100);
    // retry-after-ms that is not a number does not count: retry-after is used.
    CHECK(server_ms(headers{{"retry-after-ms", "soon"}, {"retry-after", "2"}}) == 2000);
    CHECK(server_ms(headers{{"retry-after-ms", ""}, {"retry-after", "2"}}) == 2000);
    // A number out of range is the server's answer: it is ignored, retry-after is not consulted.
    CHECK_FALSE(server_ms(headers{{"retry-after-ms", "120000"}, {"retry-after", "2"}}).has_value());
    CHECK_FALSE(server_ms(headers{{"retry-after-ms", "0"}, {"retry-after", "2"}}).has_value());
}

TEST_CASE("server_retry_delay: retry-after as an HTTP-date, relative to now")
{
    // 10 s after rfc_example.
    CHECK(retry_after_ms("Sun, 06 Nov 1994 08:49:47 GMT", rfc_example) == 10000);
    CHECK(retry_after_ms("Sun, 06 Nov 1994 08:49:38 GMT", rfc_example) == 1000);
    CHECK(retry_after_ms("Sun, 06 Nov 1994 08:50:37 GMT", rfc_example) == 60000);
    CHECK(retry_after_ms("Wed, 21 Oct 2015 07:28:00 GMT", 1445412480 - 30) == 30000);
    // Now, in the past, or too far away.
    CHECK_FALSE(retry_after_ms("Sun, 06 Nov 1994 08:49:37 GMT", rfc_example).has_value());
    CHECK_FALSE(retry_after_ms("Sun, 06 Nov 1994 08:49:36 GMT", rfc_example).has_value());
    CHECK_FALSE(retry_after_ms("Thu, 01 Jan 1970 00:00:00 GMT", rfc_example).has_value());
    CHECK_FALSE(retry_after_ms("Sun, 06 Nov 1994 08:50:38 GMT", rfc_example).has_value());
    CHECK_FALSE(retry_after_ms("Wed, 21 Oct 2015 07:28:00 GMT", rfc_example).has_value());
    // A date in retry-after-ms is not a number of milliseconds.
    CHECK_FALSE(server_ms(headers{{"retry-after-ms", "Sun, 06 Nov 1994 08:49:47 GMT"}}, rfc_example).has_value());
}

TEST_CASE("server_retry_delay: values <= 0 or above 60 s are ignored")
{
    CHECK_FALSE(retry_after_ms("0").has_value());
    CHECK_FALSE(retry_after_ms("0.0").has_value());
    CHECK_FALSE(retry_after_ms("-1").has_value());
    CHECK_FALSE(retry_after_ms("-0.5").has_value());
    CHECK_FALSE(retry_after_ms("60.001").has_value());
    CHECK_FALSE(retry_after_ms("61").has_value());
    CHECK_FALSE(retry_after_ms("3600").has_value());
    CHECK_FALSE(retry_after_ms("1e10").has_value());
    CHECK_FALSE(retry_after_ms_header("0").has_value());
    CHECK_FALSE(retry_after_ms_header("-100").has_value());
    CHECK_FALSE(retry_after_ms_header("60000.5").has_value());
    CHECK_FALSE(retry_after_ms_header("60001").has_value());
}

TEST_CASE("server_retry_delay: garbage is ignored")
{
    for (auto value : {"", " ", "abc", "1s", "1 ", " 1", "1,5", "1.5.2", "0x10", "inf", "-inf", "nan", "infinity",
                       "1e999", "Sun, 06 Nov 1994 08:49:47", "Sunday, 06-Nov-94 08:49:47 GMT"})
    {
        INFO("value: '", value, "'");
        CHECK_FALSE(retry_after_ms(value, rfc_example).has_value());
        CHECK_FALSE(retry_after_ms_header(value).has_value());
    }
}

// ---------------------------------------------------------------------------------------------
// backoff_delay and retry_delay

TEST_CASE("backoff_delay doubles from 0.5 s up to 8 s without jitter")
{
    CHECK(d::backoff_delay(0, 0.0) == 500ms);
    CHECK(d::backoff_delay(1, 0.0) == 1000ms);
    CHECK(d::backoff_delay(2, 0.0) == 2000ms);
    CHECK(d::backoff_delay(3, 0.0) == 4000ms);
    CHECK(d::backoff_delay(4, 0.0) == 8000ms);
    CHECK(d::backoff_delay(5, 0.0) == 8000ms);
    CHECK(d::backoff_delay(10, 0.0) == 8000ms);
    CHECK(d::backoff_delay(16, 0.0) == 8000ms);
    CHECK(d::backoff_delay(17, 0.0) == 8000ms);
    CHECK(d::backoff_delay(1000, 0.0) == 8000ms);
    CHECK(d::backoff_delay(INT_MAX, 0.0) == 8000ms);
}

TEST_CASE("backoff_delay: full jitter takes off 25%")
{
    CHECK(backoff_ms(0, 1.0) == 375);
    CHECK(backoff_ms(1, 1.0) == 750);
    CHECK(backoff_ms(2, 1.0) == 1500);
    CHECK(backoff_ms(3, 1.0) == 3000);
    CHECK(backoff_ms(4, 1.0) == 6000);
    CHECK(backoff_ms(9, 1.0) == 6000);
    CHECK(backoff_ms(1, 0.5) == 875);
    CHECK(backoff_ms(4, 0.5) == 7000);
    CHECK(backoff_ms(0, 0.999999) == 375);
    CHECK(backoff_ms(4, 0.999999) == 6000);
}

TEST_CASE("backoff_delay stays within 75%..100% of the base for any jitter")
{
    const long long base[] = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (int n = 0; n < 7; ++n)
    {
        long long previous = base[n];
        for (int step = 0; step <= 100; ++step)
        {
            double jitter = step / 100.0;
            INFO("retries_taken ", n, ", jitter ", jitter);
            long long ms = backoff_ms(n, jitter);
            CHECK(ms >= base[n] * 3 / 4);
            CHECK(ms <= base[n]);
            CHECK(ms <= previous);  // more jitter, shorter wait
            previous = ms;
        }
    }
}

TEST_CASE("backoff_delay clamps jitter outside [0, 1]")
{
    CHECK(backoff_ms(0, -1.0) == 500);
    CHECK(backoff_ms(0, -1000.0) == 500);
    CHECK(backoff_ms(0, 2.0) == 375);
    CHECK(backoff_ms(4, 1e9) == 6000);
}

TEST_CASE("retry_delay: the server's wish when reasonable, else backoff")
{
    const headers none;
    CHECK(d::retry_delay(0, none, 0, 0.0) == 500ms);
    CHECK(d::retry_delay(3, none, 0, 0.0) == 4000ms);
    CHECK(d::retry_delay(3, none, 0, 1.0) == 3000ms);
    CHECK(d::retry_delay(9, none, 0, 0.0) == 8000ms);

    // The server's delay is used as is: no backoff growth, no jitter.
    CHECK(d::retry_delay(0, headers{{"retry-after", "2"}}, 0, 0.0) == 2000ms);
    CHECK(d::retry_delay(5, headers{{"retry-after", "2"}}, 0, 1.0) == 2000ms);
    CHECK(d::retry_delay(0, headers{{"retry-after-ms", "1234"}}, 0, 0.9) == 1234ms);
    CHECK(d::retry_delay(0, headers{{"retry-after", "45"}}, 0, 0.0) == 45000ms);  // longer than backoff
    CHECK(d::retry_delay(2, headers{{"retry-after", "Sun, 06 Nov 1994 08:49:42 GMT"}}, rfc_example, 0.0) == 5000ms);

    // Unreasonable or unreadable wishes fall back to backoff.
    CHECK(d::retry_delay(2, headers{{"retry-after", "120"}}, 0, 0.0) == 2000ms);
    CHECK(d::retry_delay(2, headers{{"retry-after", "0"}}, 0, 0.0) == 2000ms);
    CHECK(d::retry_delay(2, headers{{"retry-after", "later"}}, 0, 1.0) == 1500ms);
    CHECK(d::retry_delay(1, headers{{"retry-after", "Sun, 06 Nov 1994 08:49:30 GMT"}}, rfc_example, 0.0) == 1000ms);
    CHECK(d::retry_delay(4, headers{{"retry-after-ms", "999999"}}, 0, 0.0) == 8000ms);
}
