// Unit tests of openai/rate_limits.hpp (Go durations, x-ratelimit-* and openai-processing-ms
// headers) and of the accessors raw_response and api_status_error build on it.
#include <openai/exceptions.hpp>
#include <openai/rate_limits.hpp>
#include <openai/raw_response.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace std::chrono_literals;
using namespace std::string_view_literals;
using openai::headers;
using openai::parse_go_duration;
using std::chrono::milliseconds;
using std::chrono::nanoseconds;

// A Go duration in nanoseconds, empty when rejected.
std::optional<std::int64_t> go_ns(std::string_view text)
{
    auto d = parse_go_duration(text);
    if (!d)
        return std::nullopt;
    return d->count();
}

// The reset delay parse_rate_limits reads from x-ratelimit-reset-requests, in milliseconds.
std::optional<std::int64_t> reset_ms(std::string value)
{
    auto info = openai::parse_rate_limits(headers{{"x-ratelimit-reset-requests", std::move(value)}});
    if (!info.reset_requests)
        return std::nullopt;
    return info.reset_requests->count();
}

// The count parse_rate_limits reads from x-ratelimit-remaining-tokens.
std::optional<std::int64_t> remaining_tokens(std::string value)
{
    return openai::parse_rate_limits(headers{{"x-ratelimit-remaining-tokens", std::move(value)}}).remaining_tokens;
}

std::optional<std::int64_t> processing(std::string value)
{
    auto ms = openai::parse_processing_ms(headers{{"openai-processing-ms", std::move(value)}});
    if (!ms)
        return std::nullopt;
    return ms->count();
}

// The headers of a chat completion answer from api.openai.com (ids shortened).
headers openai_answer_headers()
{
    return headers{
        {"date", "Tue, 14 May 2024 09:21:48 GMT"},
        {"content-type", "application/json"},
        {"transfer-encoding", "chunked"},
        {"connection", "keep-alive"},
        {"access-control-allow-origin", "*"},
        {"cache-control", "no-cache, must-revalidate"},
        {"openai-model", "gpt-4o-2024-05-13"},
        {"openai-organization", "user-abc123"},
        {"openai-processing-ms", "257"},
        {"openai-version", "2020-10-01"},
        {"strict-transport-security", "max-age=15724800; includeSubDomains"},
        {"x-ratelimit-limit-requests", "10000"},
        {"x-ratelimit-limit-tokens", "2000000"},
        {"x-ratelimit-remaining-requests", "9999"},
        {"x-ratelimit-remaining-tokens", "1999970"},
        {"x-ratelimit-reset-requests", "6ms"},
        {"x-ratelimit-reset-tokens", "0s"},
        {"x-request-id", "req_0f4d7e3c1a2b"},
        {"cf-cache-status", "DYNAMIC"},
        {"server", "cloudflare"},
        {"cf-ray", "8837d1a2b3c4d5e6-AMS"},
        {"alt-svc", "h3=\":443\"; ma=86400"},
    };
}

// The headers of a 429 answer: no request left, tokens reset in a minute.
headers rate_limited_headers()
{
    return headers{
        {"content-type", "application/json; charset=utf-8"},
        {"x-request-id", "req_429abc"},
        {"openai-processing-ms", "12.6"},
        {"x-ratelimit-limit-requests", "500"},
        {"x-ratelimit-limit-tokens", "30000"},
        {"x-ratelimit-remaining-requests", "0"},
        {"x-ratelimit-remaining-tokens", "29500"},
        {"x-ratelimit-reset-requests", "1m4.12s"},
        {"x-ratelimit-reset-tokens", "1ms"},
    };
}

void check_rate_limited(const openai::rate_limit_info& info)
{
    CHECK(info.limit_requests == 500);
    CHECK(info.limit_tokens == 30000);
    CHECK(info.remaining_requests == 0);
    CHECK(info.remaining_tokens == 29500);
    CHECK(info.reset_requests == 64120ms);
    CHECK(info.reset_tokens == 1ms);
}

}  // namespace

TEST_SUITE_BEGIN("rate_limits");

// ---------------------------------------------------------------------------------------------
// parse_go_duration

TEST_CASE("parse_go_duration: each unit")
{
    CHECK(go_ns("10ns") == 10);
    CHECK(go_ns("500us") == 500'000);
    CHECK(go_ns("500\xC2\xB5s") == 500'000);  // U+00B5 MICRO SIGN, what Go's String() writes
    CHECK(go_ns("500\xCE\xBCs") == 500'000);  // U+03BC GREEK SMALL LETTER MU
    CHECK(go_ns("17ms") == 17'000'000);
    CHECK(go_ns("300ms") == 300'000'000);
    CHECK(go_ns("1s") == 1'000'000'000);
    CHECK(go_ns("6m0s") == 360'000'000'000);
    CHECK(go_ns("1h") == 3'600'000'000'000);
    CHECK(parse_go_duration("1s") == nanoseconds(1s));
    CHECK(parse_go_duration("2h45m") == nanoseconds(2h + 45min));
}

TEST_CASE("parse_go_duration: zero")
{
    CHECK(go_ns("0") == 0);
    CHECK(go_ns("0s") == 0);
    CHECK(go_ns("+0") == 0);
    CHECK(go_ns("0ns") == 0);
    CHECK(go_ns("0h0m0s") == 0);
    CHECK(go_ns("0.0s") == 0);
    CHECK(go_ns("000ms") == 0);
}

TEST_CASE("parse_go_duration: fractions on any component")
{
    CHECK(go_ns("1.5h") == 5'400'000'000'000);
    CHECK(go_ns("1h2m3.5s") == 3'723'500'000'000);
    CHECK(parse_go_duration("1h2m3.5s") == nanoseconds(3723500ms));
    CHECK(go_ns("0.5ms") == 500'000);
    CHECK(go_ns("1.000000001s") == 1'000'000'001);
    CHECK(go_ns("1.0001ms") == 1'000'100);
    CHECK(go_ns(".5s") == 500'000'000);
    CHECK(go_ns("5.s") == 5'000'000'000);
    CHECK(go_ns("1.5us") == 1'500);
    CHECK(go_ns("1.5\xC2\xB5s") == 1'500);
    CHECK(go_ns("0.25m") == 15'000'000'000);
    CHECK(go_ns("1.5m30.25s") == 120'250'000'000);
    CHECK(go_ns("4.12s") == 4'120'000'000);
    // Below a nanosecond is truncated.
    CHECK(go_ns("1.9ns") == 1);
    CHECK(go_ns("0.5ns") == 0);
    CHECK(go_ns("1.0000000019s") == 1'000'000'001);
    // Digits beyond uint64 precision are skipped, not rejected.
    CHECK(go_ns("0.1234567890123456789012345s") == 123'456'789);
}

TEST_CASE("parse_go_duration: components in any order and repeated, as Go accepts")
{
    CHECK(go_ns("1s1m") == 61'000'000'000);
    CHECK(go_ns("1m1s") == 61'000'000'000);
    CHECK(go_ns("1s1s") == 2'000'000'000);
    CHECK(go_ns("1ms1h") == 3'600'001'000'000);
}

TEST_CASE("parse_go_duration: an optional leading '+'")
{
    CHECK(go_ns("+1s") == 1'000'000'000);
    CHECK(go_ns("+6m0s") == 360'000'000'000);
    CHECK_FALSE(go_ns("+").has_value());
    CHECK_FALSE(go_ns("++1s").has_value());
    CHECK_FALSE(go_ns("1s+1s").has_value());
}

TEST_CASE("parse_go_duration: negative durations are rejected, zero included")
{
    CHECK_FALSE(go_ns("-1s").has_value());
    CHECK_FALSE(go_ns("-1.5h").has_value());
    CHECK_FALSE(go_ns("-0").has_value());
    CHECK_FALSE(go_ns("-0s").has_value());
    CHECK_FALSE(go_ns("-").has_value());
    CHECK_FALSE(go_ns("+-1s").has_value());
    CHECK_FALSE(go_ns("1s-1ms").has_value());
}

TEST_CASE("parse_go_duration: malformed text is rejected")
{
    for (auto text :
         {"",       "s",     "1",         "1.5",       "00",     "0.0",    "1x",  "1S",  "1H",  "1sec", "1 s",
          "1.2.3s", "ms",    ".s",        ".",         "..5s",   "1..5s",  "1s.", "1s5", "1h2", "abc",  "1,5s",
          "1e3s",   "0x10s", "1\xCE\xBC", "1\xC2\xB5", "1\xC2s", "1\xB5s", "inf", "nan", "1s\n"})
    {
        INFO("text: '", text, "'");
        CHECK_FALSE(go_ns(text).has_value());
    }
}

TEST_CASE("parse_go_duration: whitespace is rejected, as in Go (header values are trimmed before)")
{
    CHECK_FALSE(go_ns(" 1s").has_value());
    CHECK_FALSE(go_ns("1s ").has_value());
    CHECK_FALSE(go_ns("\t1s").has_value());
    CHECK_FALSE(go_ns("1m 1s").has_value());
    CHECK_FALSE(go_ns(" 0").has_value());
}

TEST_CASE("parse_go_duration: the largest duration, and overflow")
{
    // 2^63 - 1 ns, what Go's String() writes for the largest Duration.
    CHECK(parse_go_duration("2562047h47m16.854775807s") == nanoseconds::max());
    CHECK(go_ns("9223372036854775807ns") == INT64_MAX);
    // One nanosecond more.
    CHECK_FALSE(go_ns("2562047h47m16.854775808s").has_value());
    CHECK_FALSE(go_ns("9223372036854775808ns").has_value());
    CHECK_FALSE(go_ns("9223372036854775807ns1ns").has_value());
    // Far beyond.
    CHECK_FALSE(go_ns("9999999999h").has_value());
    CHECK_FALSE(go_ns("2562048h").has_value());
    CHECK_FALSE(go_ns("99999999999999999999ns").has_value());
    CHECK_FALSE(go_ns("18446744073709551616ns").has_value());
    CHECK_FALSE(go_ns("153722868m").has_value());
    // Two components of 2^63 ns each would wrap an unsigned sum around to 0.
    CHECK_FALSE(go_ns("9223372036854775808ns9223372036854775808ns").has_value());
    // Just below the limit in hours is fine.
    CHECK(go_ns("2562047h") == 9'223'369'200'000'000'000);
    CHECK(go_ns("153722867m") == 9'223'372'020'000'000'000);
}

// ---------------------------------------------------------------------------------------------
// parse_rate_limits

TEST_CASE("parse_rate_limits: the headers of an OpenAI answer")
{
    const auto info = openai::parse_rate_limits(openai_answer_headers());
    CHECK(info.limit_requests == 10000);
    CHECK(info.limit_tokens == 2000000);
    CHECK(info.remaining_requests == 9999);
    CHECK(info.remaining_tokens == 1999970);
    CHECK(info.reset_requests == 6ms);
    CHECK(info.reset_tokens == 0ms);

    openai::rate_limit_info expected;
    expected.limit_requests = 10000;
    expected.limit_tokens = 2000000;
    expected.remaining_requests = 9999;
    expected.remaining_tokens = 1999970;
    expected.reset_requests = 6ms;
    expected.reset_tokens = 0ms;
    CHECK(info == expected);
}

TEST_CASE("parse_rate_limits: a 429 answer")
{
    check_rate_limited(openai::parse_rate_limits(rate_limited_headers()));
}

TEST_CASE("parse_rate_limits: header names compare case-insensitively")
{
    const auto info = openai::parse_rate_limits(headers{{"X-RateLimit-Limit-Requests", "60"},
                                                        {"X-RATELIMIT-LIMIT-TOKENS", "150000"},
                                                        {"x-ratelimit-remaining-requests", "59"},
                                                        {"X-Ratelimit-Remaining-Tokens", "149984"},
                                                        {"X-RateLimit-Reset-Requests", "1s"},
                                                        {"x-RateLimit-reset-TOKENS", "6m0s"}});
    CHECK(info.limit_requests == 60);
    CHECK(info.limit_tokens == 150000);
    CHECK(info.remaining_requests == 59);
    CHECK(info.remaining_tokens == 149984);
    CHECK(info.reset_requests == 1000ms);
    CHECK(info.reset_tokens == 360000ms);
}

TEST_CASE("parse_rate_limits: absent headers leave their members empty")
{
    CHECK(openai::parse_rate_limits(headers{}) == openai::rate_limit_info{});
    CHECK(openai::parse_rate_limits(headers{{"content-type", "application/json"}, {"retry-after", "2"}}) ==
          openai::rate_limit_info{});

    // Only some of them: the others stay empty.
    const auto info = openai::parse_rate_limits(
        headers{{"x-ratelimit-remaining-requests", "3"}, {"x-ratelimit-reset-tokens", "250ms"}});
    CHECK_FALSE(info.limit_requests.has_value());
    CHECK_FALSE(info.limit_tokens.has_value());
    CHECK(info.remaining_requests == 3);
    CHECK_FALSE(info.remaining_tokens.has_value());
    CHECK_FALSE(info.reset_requests.has_value());
    CHECK(info.reset_tokens == 250ms);
}

TEST_CASE("parse_rate_limits: a malformed value empties only its own member")
{
    const auto info = openai::parse_rate_limits(headers{{"x-ratelimit-limit-requests", "lots"},
                                                        {"x-ratelimit-limit-tokens", "2000000"},
                                                        {"x-ratelimit-remaining-requests", "-1"},
                                                        {"x-ratelimit-remaining-tokens", "1999970"},
                                                        {"x-ratelimit-reset-requests", "6"},
                                                        {"x-ratelimit-reset-tokens", "0s"}});
    CHECK_FALSE(info.limit_requests.has_value());
    CHECK(info.limit_tokens == 2000000);
    CHECK_FALSE(info.remaining_requests.has_value());
    CHECK(info.remaining_tokens == 1999970);
    CHECK_FALSE(info.reset_requests.has_value());
    CHECK(info.reset_tokens == 0ms);
}

TEST_CASE("parse_rate_limits: the first of repeated fields counts")
{
    const auto info = openai::parse_rate_limits(
        headers{{"x-ratelimit-remaining-tokens", "10"}, {"x-ratelimit-remaining-tokens", "20"}});
    CHECK(info.remaining_tokens == 10);
}

TEST_CASE("parse_rate_limits: counts are non-negative integers")
{
    CHECK(remaining_tokens("0") == 0);
    CHECK(remaining_tokens("1") == 1);
    CHECK(remaining_tokens("007") == 7);
    CHECK(remaining_tokens("1999970") == 1999970);
    CHECK(remaining_tokens("9223372036854775807") == INT64_MAX);
    // Surrounding spaces and tabs are tolerated.
    CHECK(remaining_tokens(" 42") == 42);
    CHECK(remaining_tokens("42 ") == 42);
    CHECK(remaining_tokens(" \t42\t ") == 42);

    for (auto value : {"", " ", "\t", "-1", "-0", "+1", "1.0", "1.5", "1e3", "0x10", "10 000", "1,000", "12abc", "abc",
                       "9223372036854775808", "99999999999999999999", "4 2", "\n42", "42\r"})
    {
        INFO("value: '", value, "'");
        CHECK_FALSE(remaining_tokens(value).has_value());
    }
}

TEST_CASE("parse_rate_limits: resets are rounded up to the millisecond")
{
    CHECK(reset_ms("1ns") == 1);
    CHECK(reset_ms("1.0001ms") == 2);
    CHECK(reset_ms("999999ns") == 1);
    CHECK(reset_ms("1000000ns") == 1);
    CHECK(reset_ms("1000001ns") == 2);
    CHECK(reset_ms("0.5ms") == 1);
    CHECK(reset_ms("1us") == 1);
    CHECK(reset_ms("1.5s") == 1500);
    CHECK(reset_ms("1.0005s") == 1001);
    CHECK(reset_ms("6m0s") == 360000);
    CHECK(reset_ms("1h2m3.5s") == 3723500);
    CHECK(reset_ms("0s") == 0);
    CHECK(reset_ms("0") == 0);
    // The largest duration, 2^63 - 1 ns, rounded up: no overflow.
    CHECK(reset_ms("2562047h47m16.854775807s") == 9'223'372'036'855);
}

TEST_CASE("parse_rate_limits: reset values may be surrounded by spaces or tabs")
{
    CHECK(reset_ms(" 1s") == 1000);
    CHECK(reset_ms("1s ") == 1000);
    CHECK(reset_ms("\t20ms\t") == 20);
    // Not inside.
    CHECK_FALSE(reset_ms("1m 1s").has_value());
}

TEST_CASE("parse_rate_limits: malformed resets are empty")
{
    for (auto value : {"", " ", "1", "s", "-1s", "1x", "1.2.3s", "ms", "9999999999h", "soon", "1 s", "60", "+"})
    {
        INFO("value: '", value, "'");
        CHECK_FALSE(reset_ms(value).has_value());
    }
}

// ---------------------------------------------------------------------------------------------
// parse_processing_ms

TEST_CASE("parse_processing_ms: integer milliseconds")
{
    CHECK(openai::parse_processing_ms(openai_answer_headers()) == 257ms);
    CHECK(processing("0") == 0);
    CHECK(processing("1") == 1);
    CHECK(processing("12345") == 12345);
    CHECK(processing("9223372036854775807") == INT64_MAX);
    CHECK(openai::parse_processing_ms(headers{{"OpenAI-Processing-Ms", "31"}}) == 31ms);
    CHECK(processing(" 42 ") == 42);
    CHECK(processing("\t42") == 42);
}

TEST_CASE("parse_processing_ms: decimal milliseconds, rounded to the nearest, halves up")
{
    CHECK(processing("123.4") == 123);
    CHECK(processing("123.5") == 124);
    CHECK(processing("123.49999") == 123);
    CHECK(processing("1.999") == 2);
    CHECK(processing("0.49") == 0);
    CHECK(processing("0.5") == 1);
    CHECK(processing("12.6") == 13);
    CHECK(processing("7.0") == 7);
    CHECK(processing("7.000") == 7);
    CHECK(processing("9223372036854775806.5") == INT64_MAX);
    CHECK(processing("9223372036854775807.4") == INT64_MAX);
}

TEST_CASE("parse_processing_ms: absent or malformed is empty")
{
    CHECK_FALSE(openai::parse_processing_ms(headers{}).has_value());
    CHECK_FALSE(openai::parse_processing_ms(headers{{"openai-processing", "5"}}).has_value());
    for (auto value : {"",
                       " ",
                       "-1",
                       "+1",
                       "-0.5",
                       "1e3",
                       ".5",
                       "5.",
                       ".",
                       "1.2.3",
                       "abc",
                       "12ms",
                       "12 .5",
                       "12. 5",
                       "1 2",
                       "0x10",
                       "1,5",
                       "9223372036854775808",
                       "9223372036854775807.5",
                       "inf",
                       "nan"})
    {
        INFO("value: '", value, "'");
        CHECK_FALSE(processing(value).has_value());
    }
}

// ---------------------------------------------------------------------------------------------
// raw_response and api_status_error

TEST_CASE("raw_response: rate_limits() and processing_ms() read its headers")
{
    auto data = std::make_shared<openai::raw_response::data>();
    data->status_code = 200;
    data->headers = openai_answer_headers();
    data->body = R"({"object":"chat.completion"})";
    const openai::raw_response response(data);

    const auto info = response.rate_limits();
    CHECK(info.limit_requests == 10000);
    CHECK(info.limit_tokens == 2000000);
    CHECK(info.remaining_requests == 9999);
    CHECK(info.remaining_tokens == 1999970);
    CHECK(info.reset_requests == 6ms);
    CHECK(info.reset_tokens == 0ms);
    CHECK(info == openai::parse_rate_limits(data->headers));
    CHECK(response.processing_ms() == 257ms);
    CHECK(response.request_id() == "req_0f4d7e3c1a2b"sv);
}

TEST_CASE("raw_response: without those headers, or without an answer, everything is empty")
{
    auto data = std::make_shared<openai::raw_response::data>();
    data->status_code = 200;
    data->headers = headers{{"content-type", "application/json"}};
    const openai::raw_response response(data);
    CHECK(response.rate_limits() == openai::rate_limit_info{});
    CHECK_FALSE(response.processing_ms().has_value());

    const openai::raw_response none;
    CHECK_FALSE(static_cast<bool>(none));
    CHECK(none.rate_limits() == openai::rate_limit_info{});
    CHECK_FALSE(none.processing_ms().has_value());
}

TEST_CASE("api_status_error: rate_limits() and processing_ms() read the answer's headers")
{
    openai::diagnostics diag;
    diag.status_code = 429;
    diag.request_id = "req_429abc";
    diag.message = "Rate limit reached for requests";
    diag.type = "requests";
    diag.code = "rate_limit_exceeded";
    diag.headers = rate_limited_headers();
    diag.body = R"({"error":{"message":"Rate limit reached for requests","code":"rate_limit_exceeded"}})";

    // Built directly.
    const openai::rate_limit_error direct(openai::make_error_code(openai::api_errc::rate_limit), "429", diag);
    check_rate_limited(direct.rate_limits());
    CHECK(direct.processing_ms() == 13ms);

    // Thrown as the client does, caught as the base class.
    std::exception_ptr p = openai::make_exception_ptr(openai::api_errc::rate_limit, diag);
    REQUIRE(p);
    bool caught = false;
    try
    {
        std::rethrow_exception(p);
    }
    catch (const openai::api_status_error& e)
    {
        caught = true;
        CHECK(e.status_code() == 429);
        check_rate_limited(e.rate_limits());
        CHECK(e.processing_ms() == 13ms);
    }
    CHECK(caught);

    caught = false;
    try
    {
        openai::throw_error(openai::api_errc::rate_limit, diag);
    }
    catch (const openai::rate_limit_error& e)
    {
        caught = true;
        CHECK(e.rate_limits().reset_requests == 64120ms);
        CHECK(e.rate_limits().remaining_requests == 0);
    }
    CHECK(caught);
}

TEST_CASE("api_status_error: without those headers, everything is empty")
{
    openai::diagnostics diag;
    diag.status_code = 500;
    diag.headers = headers{{"x-request-id", "req_500"}};
    std::exception_ptr p = openai::make_exception_ptr(openai::api_errc::internal_server, diag);
    bool caught = false;
    try
    {
        std::rethrow_exception(p);
    }
    catch (const openai::api_status_error& e)
    {
        caught = true;
        CHECK(e.rate_limits() == openai::rate_limit_info{});
        CHECK_FALSE(e.processing_ms().has_value());
    }
    CHECK(caught);
}

TEST_SUITE_END();
