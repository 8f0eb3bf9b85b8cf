// Unit tests of openai/detail/error_body.hpp (status classification, error body parsing) and of
// the mapping from error codes to the exception classes of openai/exceptions.hpp.
#include <openai/detail/error_body.hpp>
#include <openai/exceptions.hpp>

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeinfo>

namespace {

using namespace std::string_view_literals;
namespace d = openai::detail;
using openai::api_errc;

openai::diagnostics parsed(std::string_view body)
{
    openai::diagnostics diag;
    d::parse_error_body(body, diag);
    return diag;
}

// `count` times `c`, then `tail`. Not `std::string(count, c) + tail`: g++ 12 at -O2 inlines the
// move out of that temporary and reports a copy past its end (-Warray-bounds, a false positive).
std::string repeated(std::size_t count, char c, std::string_view tail = {})
{
    std::string text(count, c);
    text.append(tail);
    return text;
}

// Whether the exception in `p` is caught by a handler for `E`.
template <class E>
bool caught_as(const std::exception_ptr& p)
{
    try
    {
        std::rethrow_exception(p);
    }
    catch (const E&)
    {
        return true;
    }
    catch (...)
    {
        return false;
    }
}

// The dynamic type of the exception in `p`, which must derive from std::exception.
const std::type_info& dynamic_type(const std::exception_ptr& p)
{
    try
    {
        std::rethrow_exception(p);
    }
    catch (const std::exception& e)
    {
        return typeid(e);
    }
    catch (...)
    {}
    FAIL("not a std::exception");
    return typeid(void);
}

openai::diagnostics sample_diag(int status, std::string code = "some_code", std::string type = "some_type")
{
    openai::diagnostics diag;
    diag.status_code = status;
    diag.request_id = "req_0123456789abcdef";
    diag.message = "Something went wrong";
    diag.type = std::move(type);
    diag.code = std::move(code);
    diag.param = "model";
    diag.headers.insert("x-request-id", "req_0123456789abcdef");
    diag.headers.insert("content-type", "application/json");
    diag.body = R"({"error":{"message":"Something went wrong"}})";
    return diag;
}

// Checks that `errc` becomes exactly `E`, caught as every API status base, with all the fields.
template <class E>
void check_status_exception(api_errc errc, int status)
{
    INFO("api_errc ", static_cast<int>(errc), ", status ", status);
    auto diag = sample_diag(status);
    auto ec = openai::make_error_code(errc);
    std::exception_ptr p = openai::make_exception_ptr(ec, diag);
    REQUIRE(p);
    CHECK(dynamic_type(p) == typeid(E));
    CHECK(caught_as<E>(p));
    CHECK(caught_as<openai::api_status_error>(p));
    CHECK(caught_as<openai::error>(p));
    CHECK(caught_as<std::runtime_error>(p));
    CHECK(caught_as<std::exception>(p));
    CHECK_FALSE(caught_as<openai::api_connection_error>(p));
    CHECK_FALSE(caught_as<openai::api_response_validation_error>(p));
    try
    {
        std::rethrow_exception(p);
    }
    catch (const E& e)
    {
        CHECK(e.error_code() == ec);
        CHECK(e.error_code() == errc);
        CHECK(e.status_code() == status);
        CHECK(e.request_id() == "req_0123456789abcdef");
        CHECK(e.code() == "some_code");
        CHECK(e.type() == "some_type");
        CHECK(e.param() == "model");
        CHECK(e.message() == "Something went wrong");
        CHECK(e.body() == diag.body);
        CHECK(e.headers().size() == 2);
        CHECK(e.headers().find("X-Request-Id") == "req_0123456789abcdef"sv);
        CHECK(e.diagnostics().status_code == status);
        CHECK(std::string(e.what()) == "Error code: " + std::to_string(status) +
                                           " (some_code) - Something went wrong [request id: req_0123456789abcdef]");
    }
    // throw_error throws the same class.
    CHECK_THROWS_AS(openai::throw_error(ec, diag), E);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// classify_status

TEST_CASE("classify_status maps each documented status to its class")
{
    CHECK(d::classify_status(400, "", "") == api_errc::bad_request);
    CHECK(d::classify_status(401, "", "") == api_errc::authentication);
    CHECK(d::classify_status(403, "", "") == api_errc::permission_denied);
    CHECK(d::classify_status(404, "", "") == api_errc::not_found);
    CHECK(d::classify_status(409, "", "") == api_errc::conflict);
    CHECK(d::classify_status(422, "", "") == api_errc::unprocessable_entity);
    CHECK(d::classify_status(429, "", "") == api_errc::rate_limit);
    CHECK(d::classify_status(500, "", "") == api_errc::internal_server);
    CHECK(d::classify_status(502, "", "") == api_errc::internal_server);
    CHECK(d::classify_status(503, "", "") == api_errc::internal_server);
}

TEST_CASE("classify_status keeps the class of a status whatever its code, except 404 and 429")
{
    CHECK(d::classify_status(400, "invalid_api_key", "invalid_request_error") == api_errc::bad_request);
    CHECK(d::classify_status(401, "invalid_api_key", "invalid_request_error") == api_errc::authentication);
    CHECK(d::classify_status(403, "unsupported_country_region_territory", "request_forbidden") ==
          api_errc::permission_denied);
    CHECK(d::classify_status(409, "", "invalid_request_error") == api_errc::conflict);
    CHECK(d::classify_status(422, "model_not_found", "") == api_errc::unprocessable_entity);
    CHECK(d::classify_status(500, "server_error", "server_error") == api_errc::internal_server);
    // model_not_found and quota codes only refine 404 and 429.
    CHECK(d::classify_status(400, "model_not_found", "invalid_request_error") == api_errc::bad_request);
    CHECK(d::classify_status(400, "billing_hard_limit_reached", "") == api_errc::bad_request);
    CHECK(d::classify_status(403, "insufficient_quota", "insufficient_quota") == api_errc::permission_denied);
    CHECK(d::classify_status(500, "insufficient_quota", "") == api_errc::internal_server);
}

TEST_CASE("classify_status: 404 with code model_not_found is model_not_found")
{
    CHECK(d::classify_status(404, "model_not_found", "invalid_request_error") == api_errc::model_not_found);
    CHECK(d::classify_status(404, "model_not_found", "") == api_errc::model_not_found);
    CHECK(d::classify_status(404, "", "invalid_request_error") == api_errc::not_found);
    CHECK(d::classify_status(404, "not_found", "") == api_errc::not_found);
    CHECK(d::classify_status(404, "Model_Not_Found", "") == api_errc::not_found);
    CHECK(d::classify_status(404, "model_not_found_x", "") == api_errc::not_found);
    // The type does not make it a model error: only the code does.
    CHECK(d::classify_status(404, "", "model_not_found") == api_errc::not_found);
}

TEST_CASE("classify_status: 429 is a rate limit unless a code or type says quota")
{
    CHECK(d::classify_status(429, "rate_limit_exceeded", "requests") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "rate_limit_exceeded", "tokens") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "slow_down", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "", "rate_limit_error") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "insufficient", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "INSUFFICIENT_QUOTA", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "insufficient_quota_x", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "spend_limit", "") == api_errc::rate_limit);
    CHECK(d::classify_status(429, "spend_limit_exceeded_today", "") == api_errc::rate_limit);

    CHECK(d::classify_status(429, "", "insufficient_quota") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "insufficient_quota", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "insufficient_quota", "insufficient_quota") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "credit_balance_exhausted", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "monthly_spend_limit_exceeded", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "daily_spend_limit_exceeded", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "project_spend_limit_exceeded", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "organization_usage_limit_exceeded", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "billing_hard_limit_reached", "") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "billing_not_active", "") == api_errc::quota_exceeded);
    // Either field is enough, whatever the other says.
    CHECK(d::classify_status(429, "rate_limit_exceeded", "insufficient_quota") == api_errc::quota_exceeded);
    CHECK(d::classify_status(429, "insufficient_quota", "requests") == api_errc::quota_exceeded);
}

TEST_CASE("classify_status: every 5xx is a server error, other statuses are other_status")
{
    for (int status : {500, 501, 502, 503, 504, 520, 529, 599})
    {
        INFO("status ", status);
        CHECK(d::classify_status(status, "", "") == api_errc::internal_server);
    }
    for (int status : {100, 204, 301, 304, 402, 405, 406, 407, 408, 410, 411, 413, 415, 418, 425, 451, 499})
    {
        INFO("status ", status);
        CHECK(d::classify_status(status, "", "") == api_errc::other_status);
        CHECK(d::classify_status(status, "insufficient_quota", "insufficient_quota") == api_errc::other_status);
        CHECK(d::classify_status(status, "model_not_found", "") == api_errc::other_status);
    }
}

TEST_CASE("is_quota_code recognizes the quota and billing codes only")
{
    CHECK(d::is_quota_code("insufficient_quota"));
    CHECK(d::is_quota_code("credit_balance_exhausted"));
    CHECK(d::is_quota_code("organization_usage_limit_exceeded"));
    CHECK(d::is_quota_code("monthly_spend_limit_exceeded"));
    CHECK(d::is_quota_code("x_spend_limit_exceeded"));
    CHECK(d::is_quota_code("billing_hard_limit_reached"));
    CHECK(d::is_quota_code("billing_not_active"));
    CHECK_FALSE(d::is_quota_code(""));
    CHECK_FALSE(d::is_quota_code("rate_limit_exceeded"));
    CHECK_FALSE(d::is_quota_code("slow_down"));
    CHECK_FALSE(d::is_quota_code("requests"));
    CHECK_FALSE(d::is_quota_code("tokens"));
    CHECK_FALSE(d::is_quota_code("spend_limit_exceeded"));
    CHECK_FALSE(d::is_quota_code("insufficient_quota "));
    CHECK_FALSE(d::is_quota_code("organization_usage_limit"));
}

TEST_CASE("error_for_status uses the status, code and type in the diagnostics")
{
    openai::diagnostics diag;
    diag.status_code = 429;
    CHECK(d::error_for_status(diag) == api_errc::rate_limit);
    CHECK(d::error_for_status(diag).category() == openai::api_error_category());
    diag.code = "insufficient_quota";
    CHECK(d::error_for_status(diag) == api_errc::quota_exceeded);
    diag.code.clear();
    diag.type = "insufficient_quota";
    CHECK(d::error_for_status(diag) == api_errc::quota_exceeded);
    diag.status_code = 404;
    diag.type.clear();
    diag.code = "model_not_found";
    CHECK(d::error_for_status(diag) == api_errc::model_not_found);
    diag.status_code = 503;
    CHECK(d::error_for_status(diag) == api_errc::internal_server);
    diag.status_code = 418;
    CHECK(d::error_for_status(diag) == api_errc::other_status);
    CHECK(d::error_for_status(diag).value() == static_cast<int>(api_errc::other_status));
}

// ---------------------------------------------------------------------------------------------
// parse_error_body

TEST_CASE("parse_error_body reads the OpenAI error object")
{
    auto diag = parsed(R"({
    "error": {
        "message": "Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.",
        "type": "invalid_request_error",
        "param": null,
        "code": "invalid_api_key"
    }
})");
    CHECK(diag.message == "Incorrect API key provided: sk-abc***xyz. You can find your API key at "
                          "https://platform.openai.com/account/api-keys.");
    CHECK(diag.type == "invalid_request_error");
    CHECK(diag.param == "");
    CHECK(diag.code == "invalid_api_key");
    CHECK(diag.status_code == 0);
    CHECK(diag.body.empty());
}

TEST_CASE("parse_error_body: code null, param set")
{
    auto diag = parsed(
        R"({"error":{"message":"Invalid value for 'temperature'.","type":"invalid_request_error","param":"temperature","code":null}})");
    CHECK(diag.message == "Invalid value for 'temperature'.");
    CHECK(diag.type == "invalid_request_error");
    CHECK(diag.param == "temperature");
    CHECK(diag.code == "");
}

TEST_CASE("parse_error_body: the quota and model-not-found bodies")
{
    auto quota = parsed(
        R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})");
    CHECK(quota.message == "You exceeded your current quota, please check your plan and billing details.");
    CHECK(quota.type == "insufficient_quota");
    CHECK(quota.code == "insufficient_quota");
    CHECK(quota.param == "");

    auto model = parsed(
        R"({"error":{"message":"The model `gpt-5-turbo` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})");
    CHECK(model.message == "The model `gpt-5-turbo` does not exist or you do not have access to it.");
    CHECK(model.code == "model_not_found");
    model.status_code = 404;
    CHECK(d::error_for_status(model) == api_errc::model_not_found);
}

TEST_CASE("parse_error_body: numeric codes become text, other non-string fields become empty")
{
    auto diag = parsed(R"({"error":{"message":"Too many requests","type":"requests","code":429,"param":null}})");
    CHECK(diag.message == "Too many requests");
    CHECK(diag.type == "requests");
    CHECK(diag.code == "429");
    CHECK(diag.param == "");

    CHECK(parsed(R"({"error":{"message":"m","code":-7}})").code == "-7");
    CHECK(parsed(R"({"error":{"message":"m","code":0}})").code == "0");
    CHECK(parsed(R"({"error":{"message":"m","code":18446744073709551615}})").code == "18446744073709551615");

    auto odd = parsed(R"({"error":{"message":["a"],"type":{"x":1},"param":true,"code":false}})");
    CHECK(odd.message == "");
    CHECK(odd.type == "");
    CHECK(odd.param == "");
    CHECK(odd.code == "");
}

TEST_CASE("parse_error_body: missing fields are empty and stale values are replaced")
{
    openai::diagnostics diag;
    diag.message = "stale message";
    diag.type = "stale type";
    diag.code = "stale code";
    diag.param = "stale param";
    diag.status_code = 400;
    diag.request_id = "req_1";
    d::parse_error_body(R"({"error":{"message":"only a message"}})", diag);
    CHECK(diag.message == "only a message");
    CHECK(diag.type == "");
    CHECK(diag.code == "");
    CHECK(diag.param == "");
    // Fields that do not come from the body are left alone.
    CHECK(diag.status_code == 400);
    CHECK(diag.request_id == "req_1");

    auto no_message = parsed(R"({"error":{"type":"server_error","code":"boom"}})");
    CHECK(no_message.message == "");
    CHECK(no_message.type == "server_error");
    CHECK(no_message.code == "boom");
}

TEST_CASE("parse_error_body: {\"error\": \"text\"} as Ollama and llama.cpp send it")
{
    auto diag = parsed(R"({"error":"model \"llama3\" not found, try pulling it first"})");
    CHECK(diag.message == "model \"llama3\" not found, try pulling it first");
    CHECK(diag.type == "");
    CHECK(diag.code == "");
    CHECK(diag.param == "");

    // The string wins over a top-level message.
    CHECK(parsed(R"({"error":"first","message":"second"})").message == "first");
}

TEST_CASE("parse_error_body: a top-level message with its siblings")
{
    auto diag =
        parsed(R"({"message":"Rate limit reached, slow down","type":"rate_limit","code":"slow_down","param":"n"})");
    CHECK(diag.message == "Rate limit reached, slow down");
    CHECK(diag.type == "rate_limit");
    CHECK(diag.code == "slow_down");
    CHECK(diag.param == "n");

    auto numeric = parsed(R"({"message":"Not Found","code":404})");
    CHECK(numeric.message == "Not Found");
    CHECK(numeric.code == "404");
    CHECK(numeric.type == "");

    // An "error" member that is neither object nor string does not hide the message.
    CHECK(parsed(R"({"error":null,"message":"from message"})").message == "from message");
    CHECK(parsed(R"({"error":true,"message":"from message"})").message == "from message");
}

TEST_CASE("parse_error_body: problem+json title, detail and validation")
{
    auto both = parsed(
        R"({"type":"https://example.com/probs/invalid","title":"Bad Request","status":400,"detail":"The body is not valid JSON"})");
    CHECK(both.message == "Bad Request: The body is not valid JSON");
    // The problem type is a URI, not an OpenAI error type.
    CHECK(both.type == "");
    CHECK(both.code == "");

    CHECK(parsed(R"({"title":"Service Unavailable","status":503})").message == "Service Unavailable");
    CHECK(parsed(R"({"detail":"Not Found"})").message == "Not Found");  // FastAPI
    CHECK(parsed(R"({"title":"","detail":"only detail"})").message == "only detail");

    auto validation = parsed(
        R"({"title":"Request validation failed","status":422,"validation":[{"path":"/model","message":"is required"}]})");
    CHECK(validation.message == R"(Request validation failed [{"path":"/model","message":"is required"}])");

    auto all = parsed(R"({"title":"T","detail":"D","validation":{"field":"x"}})");
    CHECK(all.message == R"(T: D {"field":"x"})");

    auto only_validation = parsed(R"({"validation":["bad"]})");
    CHECK(only_validation.message == R"(["bad"])");
}

TEST_CASE("parse_error_body: a JSON object without a known field becomes an excerpt of the body")
{
    CHECK(parsed("{}").message == "{}");
    CHECK(parsed(R"({"foo": 1,  "bar": [1, 2]})").message == R"({"foo": 1, "bar": [1, 2]})");
    CHECK(parsed(R"({"error":null})").message == R"({"error":null})");
    CHECK(parsed(R"({"error":42})").message == R"({"error":42})");
    CHECK(parsed(R"({"message":""})").message == R"({"message":""})");
    // FastAPI's 422 body: detail is an array, so no message is found in it.
    CHECK(parsed("{\"detail\":[{\"loc\":[\"body\"],\n\"msg\":\"field required\"}]}").message ==
          R"({"detail":[{"loc":["body"], "msg":"field required"}]})");
}

TEST_CASE("parse_error_body: an HTML 502 page from a proxy becomes a one-line excerpt")
{
    std::string html = "<html>\r\n"
                       "<head><title>502 Bad Gateway</title></head>\r\n"
                       "<body>\r\n"
                       "<center><h1>502 Bad Gateway</h1></center>\r\n"
                       "<hr><center>nginx/1.25.3</center>\r\n"
                       "</body>\r\n"
                       "</html>\r\n";
    auto diag = parsed(html);
    CHECK(diag.message ==
          "<html> <head><title>502 Bad Gateway</title></head> <body> <center><h1>502 Bad Gateway</h1></center> "
          "<hr><center>nginx/1.25.3</center> </body> </html>");
    CHECK(diag.message.find('\n') == std::string::npos);
    CHECK(diag.message.find('\r') == std::string::npos);
    CHECK(diag.type == "");
    CHECK(diag.code == "");
    CHECK(diag.param == "");
}

TEST_CASE("parse_error_body: a long body is capped at 200 characters and marked with ...")
{
    std::string body(5000, 'x');
    auto diag = parsed(body);
    CHECK(diag.message == repeated(200, 'x', "..."));

    std::string page = "<!DOCTYPE html>\n<html>\n<body>\n";
    for (int i = 0; i < 100; ++i)
        page += "  <p>Cloudflare error page line</p>\n";
    page += "</body>\n</html>\n";
    auto msg = parsed(page).message;
    CHECK(msg.size() <= 203);
    CHECK(msg.size() >= 190);
    CHECK(msg.starts_with("<!DOCTYPE html> <html> <body> <p>Cloudflare error page line</p> <p>"));
    CHECK(msg.ends_with("..."));
    CHECK(msg.find('\n') == std::string::npos);
}

TEST_CASE("parse_error_body: empty and blank bodies")
{
    CHECK(parsed("").message == "(empty body)");
    CHECK(parsed(" ").message == "(empty body)");
    CHECK(parsed("\r\n").message == "(empty body)");
    CHECK(parsed(" \n\t\r\n ").message == "(empty body)");
}

TEST_CASE("parse_error_body: truncated JSON becomes an excerpt")
{
    auto diag = parsed(R"({"error": {"message": "The server had an error while processing your req)");
    CHECK(diag.message == R"({"error": {"message": "The server had an error while processing your req)");
    CHECK(diag.type == "");
    CHECK(diag.code == "");
    CHECK(parsed("{").message == "{");
    CHECK(parsed(R"({"error":"unterminated)").message == R"({"error":"unterminated)");
    // Trailing garbage after a complete object is not valid JSON either.
    CHECK(parsed(R"({"error":"x"} trailing)").message == R"({"error":"x"} trailing)");
}

TEST_CASE("parse_error_body: JSON that is not an object becomes an excerpt")
{
    CHECK(parsed(R"([{"error":{"message":"in an array"}}])").message == R"([{"error":{"message":"in an array"}}])");
    CHECK(parsed(R"("Service Unavailable")").message == R"("Service Unavailable")");
    CHECK(parsed("42").message == "42");
    CHECK(parsed("null").message == "null");
    CHECK(parsed("[]").message == "[]");
}

TEST_CASE("parse_error_body: plain text bodies")
{
    CHECK(parsed("upstream connect error or disconnect/reset before headers. reset reason: overflow").message ==
          "upstream connect error or disconnect/reset before headers. reset reason: overflow");
    CHECK(parsed("Bad Gateway\n").message == "Bad Gateway");
    CHECK(parsed("  \n  Too   Many\tRequests  \n").message == "Too Many Requests");
}

// ---------------------------------------------------------------------------------------------
// body_excerpt

TEST_CASE("body_excerpt collapses whitespace runs and drops control characters")
{
    CHECK(d::body_excerpt("") == "");
    CHECK(d::body_excerpt("abc") == "abc");
    CHECK(d::body_excerpt("a\r\nb") == "a b");
    CHECK(d::body_excerpt("a \t \r\n b") == "a b");
    CHECK(d::body_excerpt("\n\n  lead and trail  \n\n") == "lead and trail");
    CHECK(d::body_excerpt("a\x01\x02"
                          "b\x1b[0m\x7f"
                          "c") == "ab[0mc");
    CHECK(d::body_excerpt("nul\0byte"sv) == "nulbyte");
    CHECK(d::body_excerpt("caf\xc3\xa9 \xe2\x82\xac") == "caf\xc3\xa9 \xe2\x82\xac");  // UTF-8 is kept
}

TEST_CASE("body_excerpt caps the text at max_chars and marks the cut with ...")
{
    CHECK(d::body_excerpt("abcdef", 3) == "abc...");
    CHECK(d::body_excerpt("abcdef", 6) == "abcdef");
    CHECK(d::body_excerpt("abcdef", 5) == "abcde...");
    CHECK(d::body_excerpt("abc", 0) == "...");
    CHECK(d::body_excerpt("", 0) == "");
    CHECK(d::body_excerpt(std::string(200, 'y')) == std::string(200, 'y'));
    CHECK(d::body_excerpt(std::string(201, 'y')) == repeated(200, 'y', "..."));
}

TEST_CASE("body_excerpt: whitespace after the last kept character is no cut")
{
    CHECK(d::body_excerpt("abc\n", 3) == "abc");
    CHECK(d::body_excerpt("abc   \r\n", 3) == "abc");
    CHECK(d::body_excerpt("abc\x01", 3) == "abc");
    CHECK(d::body_excerpt(repeated(200, 'z', "\r\n")) == std::string(200, 'z'));
    CHECK(parsed(repeated(200, 'z', "\n")).message == std::string(200, 'z'));
}

TEST_CASE("body_excerpt never exceeds max_chars before the ...")
{
    CHECK(d::body_excerpt("ab cd", 3) == "ab...");
    CHECK(d::body_excerpt("ab cd", 4) == "ab c...");
    CHECK(d::body_excerpt("ab cd", 5) == "ab cd");
    CHECK(d::body_excerpt(repeated(199, 'w', " tail")) == repeated(199, 'w', "..."));
    for (std::size_t max = 0; max < 40; ++max)
    {
        INFO("max_chars ", max);
        auto out = d::body_excerpt("one two  three\n four\tfive six seven", max);
        if (out.ends_with("..."))
            CHECK(out.size() <= max + 3);
        else
            CHECK(out.size() <= max);
    }
}

// ---------------------------------------------------------------------------------------------
// Exceptions

TEST_CASE("make_exception_ptr: each api_errc becomes its exception class")
{
    check_status_exception<openai::bad_request_error>(api_errc::bad_request, 400);
    check_status_exception<openai::authentication_error>(api_errc::authentication, 401);
    check_status_exception<openai::permission_denied_error>(api_errc::permission_denied, 403);
    check_status_exception<openai::not_found_error>(api_errc::not_found, 404);
    check_status_exception<openai::model_not_found_error>(api_errc::model_not_found, 404);
    check_status_exception<openai::conflict_error>(api_errc::conflict, 409);
    check_status_exception<openai::unprocessable_entity_error>(api_errc::unprocessable_entity, 422);
    check_status_exception<openai::rate_limit_error>(api_errc::rate_limit, 429);
    check_status_exception<openai::quota_exceeded_error>(api_errc::quota_exceeded, 429);
    check_status_exception<openai::internal_server_error>(api_errc::internal_server, 500);
    check_status_exception<openai::internal_server_error>(api_errc::internal_server, 503);
    check_status_exception<openai::api_status_error>(api_errc::other_status, 418);
    check_status_exception<openai::api_status_error>(api_errc::other_status, 402);
}

TEST_CASE("make_exception_ptr: the refined classes are caught by their parents, not the reverse")
{
    auto quota = openai::make_exception_ptr(api_errc::quota_exceeded, sample_diag(429, "insufficient_quota"));
    CHECK(caught_as<openai::quota_exceeded_error>(quota));
    CHECK(caught_as<openai::rate_limit_error>(quota));
    CHECK(caught_as<openai::api_status_error>(quota));
    CHECK(caught_as<openai::error>(quota));
    CHECK_FALSE(caught_as<openai::internal_server_error>(quota));

    auto rate = openai::make_exception_ptr(api_errc::rate_limit, sample_diag(429, "rate_limit_exceeded"));
    CHECK(caught_as<openai::rate_limit_error>(rate));
    CHECK_FALSE(caught_as<openai::quota_exceeded_error>(rate));

    auto model = openai::make_exception_ptr(api_errc::model_not_found, sample_diag(404, "model_not_found"));
    CHECK(caught_as<openai::model_not_found_error>(model));
    CHECK(caught_as<openai::not_found_error>(model));
    CHECK(caught_as<openai::api_status_error>(model));
    CHECK_FALSE(caught_as<openai::bad_request_error>(model));

    auto not_found = openai::make_exception_ptr(api_errc::not_found, sample_diag(404));
    CHECK(caught_as<openai::not_found_error>(not_found));
    CHECK_FALSE(caught_as<openai::model_not_found_error>(not_found));

    auto other = openai::make_exception_ptr(api_errc::other_status, sample_diag(418));
    CHECK(caught_as<openai::api_status_error>(other));
    CHECK_FALSE(caught_as<openai::bad_request_error>(other));
    CHECK_FALSE(caught_as<openai::not_found_error>(other));
    CHECK_FALSE(caught_as<openai::rate_limit_error>(other));
    CHECK_FALSE(caught_as<openai::internal_server_error>(other));

    auto server = openai::make_exception_ptr(api_errc::internal_server, sample_diag(502));
    CHECK_FALSE(caught_as<openai::rate_limit_error>(server));
    CHECK_FALSE(caught_as<openai::not_found_error>(server));
}

TEST_CASE("exception messages: what() of status errors")
{
    openai::diagnostics diag;
    diag.status_code = 500;
    diag.message = "boom";
    auto p = openai::make_exception_ptr(api_errc::internal_server, diag);
    try
    {
        std::rethrow_exception(p);
    }
    catch (const openai::internal_server_error& e)
    {
        CHECK(std::string(e.what()) == "Error code: 500 - boom");
        CHECK(e.request_id() == "");
        CHECK(e.code() == "");
    }

    // Without a message, the class's description stands in.
    diag.status_code = 418;
    diag.message.clear();
    CHECK_THROWS_WITH_AS(openai::throw_error(api_errc::other_status, diag), "Error code: 418 - Unexpected HTTP status",
                         openai::api_status_error);

    diag.status_code = 429;
    diag.code = "insufficient_quota";
    diag.request_id = "req_9";
    CHECK_THROWS_WITH_AS(openai::throw_error(api_errc::quota_exceeded, diag),
                         "Error code: 429 (insufficient_quota) - Quota exceeded: check your plan and billing details "
                         "[request id: req_9]",
                         openai::quota_exceeded_error);
}

TEST_CASE("parsed body to exception, end to end")
{
    openai::diagnostics diag;
    diag.status_code = 429;
    diag.request_id = "req_abc";
    diag.body =
        R"({"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})";
    d::parse_error_body(diag.body, diag);
    auto ec = d::error_for_status(diag);
    REQUIRE(ec == api_errc::quota_exceeded);
    try
    {
        openai::throw_error(ec, diag);
    }
    catch (const openai::rate_limit_error& e)
    {
        CHECK(typeid(e) == typeid(openai::quota_exceeded_error));
        CHECK(e.status_code() == 429);
        CHECK(e.request_id() == "req_abc");
        CHECK(e.code() == "insufficient_quota");
        CHECK(e.type() == "insufficient_quota");
        CHECK(e.param() == "");
        CHECK(e.message() == "You exceeded your current quota.");
        CHECK(e.body() == diag.body);
        CHECK(std::string(e.what()) ==
              "Error code: 429 (insufficient_quota) - You exceeded your current quota. [request id: req_abc]");
    }
}

TEST_CASE("throw_error: timeouts are api_timeout_error, also api_connection_error")
{
    for (auto ec : {openai::error_code(boost::beast::error::timeout), openai::error_code(boost::asio::error::timed_out),
                    boost::system::errc::make_error_code(boost::system::errc::timed_out)})
    {
        INFO(ec.message());
        CHECK_THROWS_AS(openai::throw_error(ec), openai::api_timeout_error);
        CHECK_THROWS_AS(openai::throw_error(ec), openai::api_connection_error);
        CHECK_THROWS_AS(openai::throw_error(ec), openai::error);
        auto p = openai::make_exception_ptr(ec);
        CHECK(dynamic_type(p) == typeid(openai::api_timeout_error));
        CHECK_FALSE(caught_as<openai::api_status_error>(p));
        try
        {
            openai::throw_error(ec);
        }
        catch (const openai::api_timeout_error& e)
        {
            CHECK(e.error_code() == ec);
            CHECK(std::string(e.what()) == ec.message());
        }
    }
}

TEST_CASE("throw_error: connection failures are api_connection_error, not timeouts")
{
    for (auto ec :
         {openai::error_code(boost::asio::error::connection_refused),
          openai::error_code(boost::asio::error::connection_reset),
          openai::error_code(boost::asio::error::host_not_found), openai::error_code(boost::asio::error::eof)})
    {
        INFO(ec.message());
        auto p = openai::make_exception_ptr(ec);
        CHECK(dynamic_type(p) == typeid(openai::api_connection_error));
        CHECK(caught_as<openai::api_connection_error>(p));
        CHECK(caught_as<openai::error>(p));
        CHECK_FALSE(caught_as<openai::api_timeout_error>(p));
        CHECK_FALSE(caught_as<openai::api_status_error>(p));
        CHECK_THROWS_AS(openai::throw_error(ec), openai::api_connection_error);
    }

    openai::diagnostics diag;
    diag.message = "while connecting to api.openai.com:443";
    auto ec = openai::error_code(boost::asio::error::connection_refused);
    try
    {
        openai::throw_error(ec, diag);
    }
    catch (const openai::api_connection_error& e)
    {
        CHECK(e.error_code() == boost::asio::error::connection_refused);
        CHECK(std::string(e.what()) == ec.message() + ": while connecting to api.openai.com:443");
    }
}

TEST_CASE("throw_error: invalid_response is api_response_validation_error with the diagnostics")
{
    openai::diagnostics diag;
    diag.status_code = 200;
    diag.request_id = "req_ok";
    diag.body = R"({"object":"list","data":"not an array"})";
    diag.message = "data: expected an array";
    auto p = openai::make_exception_ptr(openai::errc::invalid_response, diag);
    CHECK(dynamic_type(p) == typeid(openai::api_response_validation_error));
    CHECK(caught_as<openai::error>(p));
    CHECK_FALSE(caught_as<openai::api_status_error>(p));
    CHECK_FALSE(caught_as<openai::api_connection_error>(p));
    try
    {
        openai::throw_error(openai::errc::invalid_response, diag);
    }
    catch (const openai::api_response_validation_error& e)
    {
        CHECK(e.error_code() == openai::errc::invalid_response);
        CHECK(e.status_code() == 200);
        CHECK(e.request_id() == "req_ok");
        CHECK(e.body() == diag.body);
        CHECK(std::string(e.what()) == "Error code: 200 - data: expected an array [request id: req_ok]");
    }
}

TEST_CASE("throw_error: the SDK's other errc are a plain openai::error")
{
    for (auto errc : {openai::errc::missing_api_key, openai::errc::invalid_base_url, openai::errc::response_too_large,
                      openai::errc::invalid_argument})
    {
        auto ec = openai::make_error_code(errc);
        INFO(ec.message());
        auto p = openai::make_exception_ptr(ec);
        CHECK(dynamic_type(p) == typeid(openai::error));
        CHECK_FALSE(caught_as<openai::api_connection_error>(p));
        CHECK_FALSE(caught_as<openai::api_status_error>(p));
        CHECK_FALSE(caught_as<openai::api_response_validation_error>(p));
        CHECK_THROWS_AS(openai::throw_error(ec), openai::error);
    }

    try
    {
        openai::throw_error(openai::errc::missing_api_key);
    }
    catch (const openai::error& e)
    {
        CHECK(typeid(e) == typeid(openai::error));
        CHECK(e.error_code() == openai::errc::missing_api_key);
        CHECK(e.error_code().category() == openai::error_category());
        CHECK(std::string(e.what()) ==
              "The API key is missing: pass client_options::api_key or set the OPENAI_API_KEY environment variable");
    }

    openai::diagnostics diag;
    diag.message = "base_url = ftp://x";
    CHECK_THROWS_WITH_AS(openai::throw_error(openai::errc::invalid_base_url, diag),
                         "The base URL must start with http:// or https://: base_url = ftp://x", openai::error);
}
