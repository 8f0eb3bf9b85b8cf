// The client's logic over a scripted transport: no sockets. What goes out (method, target,
// headers, body), how answers and failures come back (typed results, typed errors, retries),
// and every completion-token style.
#include <openai/detail/client_impl.hpp>
#include <openai/openai.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/deferred.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include "support/run_coroutine.hpp"

#include <chrono>
#include <cstdlib>
#include <deque>
#include <string>
#include <type_traits>

namespace asio = boost::asio;
namespace http = boost::beast::http;
using namespace std::chrono_literals;

namespace {

constexpr const char* test_key = "sk-test-0123456789abcdefWXYZ";

// Answers each exchange with the next scripted step and records what was sent.
class scripted_transport final : public openai::detail::transport
{
public:
    struct step
    {
        openai::error_code ec{};
        int status = 200;
        openai::headers headers{};
        std::string body{};
        bool hang = false;  // wait until cancelled
    };

    std::deque<step> steps;
    std::vector<openai::detail::http_request> sent;
    std::vector<openai::detail::exchange_limits> limits;

    asio::awaitable<openai::error_code> exchange(openai::detail::http_request& req, openai::detail::http_response& res,
                                                 const openai::detail::exchange_limits& l) override
    {
        sent.push_back(req);
        limits.push_back(l);
        REQUIRE_FALSE(steps.empty());
        step s = std::move(steps.front());
        steps.pop_front();
        if (s.hang)
        {
            asio::steady_timer forever(co_await asio::this_coro::executor, asio::steady_timer::time_point::max());
            auto [ec] = co_await forever.async_wait(asio::as_tuple(asio::use_awaitable));
            co_return ec;
        }
        if (s.ec)
            co_return s.ec;
        res.result(static_cast<unsigned>(s.status));
        for (const auto& [name, value] : s.headers)
            res.set(name, value);
        res.body() = std::move(s.body);
        res.prepare_payload();
        co_return openai::error_code{};
    }
};

struct fixture
{
    asio::io_context io;
    scripted_transport* transport = nullptr;

    openai::client make_client(openai::client_options options = {})
    {
        if (!options.api_key)
            options.api_key = test_key;
        if (!options.base_url)
            options.base_url = "https://api.example.test/v1";
        auto t = std::make_unique<scripted_transport>();
        transport = t.get();
        auto impl = std::make_shared<openai::detail::client_impl>(io.get_executor(), std::move(options), std::move(t));
        return openai::detail::client_access::make(std::move(impl), asio::any_io_executor(io.get_executor()));
    }

    void script(int status, std::string body, openai::headers headers = {})
    {
        transport->steps.push_back({.status = status, .headers = std::move(headers), .body = std::move(body)});
    }

    // Runs a coroutine to completion, rethrowing what it threw.
    template <class Awaitable>
    void run(Awaitable a)
    {
        openai_test::run_coroutine(io, std::move(a));
    }
};

const std::string chat_body = R"({
  "id": "chatcmpl-123", "object": "chat.completion", "created": 1677652288, "model": "gpt-4o-mini",
  "system_fingerprint": "fp_44709d6fcb",
  "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello there!"},
               "logprobs": null, "finish_reason": "stop"}],
  "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21}
})";

const std::string models_body =
    R"({"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1686935002, "owned_by": "openai"}]})";

openai::chat_completion_create_params hello_request()
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o-mini",
        .messages = {openai::user_message("Hello")},
    };
    return request;
}

std::string header(const openai::detail::http_request& req, std::string_view name)
{
    auto it = req.find(name);
    return it == req.end() ? std::string("<absent>") : std::string(it->value());
}

}  // namespace

TEST_CASE("a chat completion request carries the method, target, headers and body the API expects")
{
    fixture f;
    auto client = f.make_client({.organization = "org-1", .project = "proj-1"});
    f.script(200, chat_body, {{"x-request-id", "req_abc"}, {"openai-processing-ms", "42"}});

    openai::chat_completion completion;
    f.run([&]() -> asio::awaitable<void> { completion = co_await client.chat.completions.create(hello_request()); });

    REQUIRE(f.transport->sent.size() == 1);
    const auto& req = f.transport->sent[0];
    CHECK(req.method() == http::verb::post);
    CHECK(req.target() == "/v1/chat/completions");
    CHECK(header(req, "Host") == "api.example.test");
    CHECK(header(req, "Authorization") == std::string("Bearer ") + test_key);
    CHECK(header(req, "Content-Type") == "application/json");
    CHECK(header(req, "Accept") == "application/json");
    CHECK(header(req, "User-Agent") == "openai-cpp/" OPENAI_VERSION_STRING);
    CHECK(header(req, "OpenAI-Organization") == "org-1");
    CHECK(header(req, "OpenAI-Project") == "proj-1");
    CHECK(boost::json::parse(req.body()) ==
          boost::json::parse(R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]})"));

    CHECK(completion.id == "chatcmpl-123");
    CHECK(completion.choices.at(0).message.content.value_or("") == "Hello there!");
    CHECK(completion.choices.at(0).finish_reason == "stop");
    REQUIRE(completion.usage.has_value());
    CHECK(completion.usage->total_tokens == 21);
    CHECK(completion.raw_response.status_code() == 200);
    CHECK(completion.raw_response.request_id() == "req_abc");
    CHECK(completion.raw_response.headers().find("openai-processing-ms").value_or("") == "42");
    CHECK(completion.raw_response.json().at("system_fingerprint") == "fp_44709d6fcb");
}

TEST_CASE("the version is one number everywhere: macros, run-time string, User-Agent, ABI namespace")
{
    CHECK(openai::version == OPENAI_VERSION_STRING);
    CHECK(openai::version == std::to_string(OPENAI_VERSION_MAJOR) + "." + std::to_string(OPENAI_VERSION_MINOR) + "." +
                                 std::to_string(OPENAI_VERSION_PATCH));
    CHECK(openai::user_agent == std::string("openai-cpp/") + std::string(openai::version));
    // The inline namespace carries major and minor, so builds against other versions cannot link.
    static_assert(std::is_same_v<openai::client_options, openai::v0_1::client_options>);
    static_assert(OPENAI_VERSION_MAJOR == 0 && OPENAI_VERSION_MINOR == 1, "update the namespace check above");
}

TEST_CASE("organization and project headers are absent when not set; default and extra headers override")
{
    fixture f;
    auto client = f.make_client({.default_headers = {{"X-Team", "search"}, {"User-Agent", "my-app/1.0"}}});
    f.script(200, chat_body);
    auto request = hello_request();
    request.options.extra_headers = {{"X-Team", "ads"}, {"X-Trace", "t-1"}};
    request.options.extra_query = {{"api-version", "2024-06-01"}, {"a b", "c&d"}};
    request.options.extra_body = {{"top_k", 40}, {"model", "overridden"}};
    f.run([&]() -> asio::awaitable<void> { co_await client.chat.completions.create(std::move(request)); });

    const auto& req = f.transport->sent.at(0);
    CHECK(header(req, "OpenAI-Organization") == "<absent>");
    CHECK(header(req, "OpenAI-Project") == "<absent>");
    CHECK(header(req, "User-Agent") == "my-app/1.0");
    CHECK(header(req, "X-Team") == "ads");
    CHECK(header(req, "X-Trace") == "t-1");
    CHECK(req.target() == "/v1/chat/completions?api-version=2024-06-01&a%20b=c%26d");
    auto body = boost::json::parse(req.body());
    CHECK(body.at("top_k") == 40);
    CHECK(body.at("model") == "overridden");
}

TEST_CASE("embeddings ask for base64 unless the caller chose, and decode to floats either way")
{
    fixture f;
    auto client = f.make_client();
    // 1.0f, -2.0f, 0.5f as little-endian float32
    f.script(200, R"({"object":"list","model":"m","usage":{"prompt_tokens":2,"total_tokens":2},
                      "data":[{"object":"embedding","index":0,"embedding":"AACAPwAAAMAAAAA/"}]})");
    f.script(200,
             R"({"object":"list","model":"m","data":[{"object":"embedding","index":0,"embedding":[1.0,-2.0,0.5]}]})");

    openai::create_embedding_response base64, floats;
    f.run([&]() -> asio::awaitable<void> {
        // Requests built outside the co_await expression: g++ 12 destroys aggregate temporaries
        // inside it twice (see README).
        openai::embedding_create_params unset{.model = "m", .input = "hi"};
        openai::embedding_create_params explicit_float{.model = "m", .input = "hi", .encoding_format = "float"};
        base64 = co_await client.embeddings.create(std::move(unset));
        floats = co_await client.embeddings.create(std::move(explicit_float));
    });
    CHECK(boost::json::parse(f.transport->sent.at(0).body()).at("encoding_format") == "base64");
    CHECK(boost::json::parse(f.transport->sent.at(1).body()).at("encoding_format") == "float");
    CHECK(base64.data.at(0).embedding == std::vector<float>{1.0f, -2.0f, 0.5f});
    CHECK(floats.data.at(0).embedding == base64.data.at(0).embedding);
    CHECK(base64.usage.prompt_tokens == 2);
}

TEST_CASE("a query in base_url goes with every request, before default_query and extra_query")
{
    fixture f;
    auto client = f.make_client({.base_url = "https://res.example.test/openai/deployments/d1?api-version=2024-10-21",
                                 .default_query = {{"team", "a"}}});
    f.script(200, chat_body);
    f.script(200, models_body);
    auto request = hello_request();
    request.options.extra_query = {{"trace", "t 1"}};
    f.run([&]() -> asio::awaitable<void> {
        co_await client.chat.completions.create(std::move(request));
        co_await client.models.list();
    });
    CHECK(f.transport->sent.at(0).target() ==
          "/openai/deployments/d1/chat/completions?api-version=2024-10-21&team=a&trace=t%201");
    CHECK(f.transport->sent.at(1).target() == "/openai/deployments/d1/models?api-version=2024-10-21&team=a");
    CHECK(client.base_url() == "https://res.example.test/openai/deployments/d1?api-version=2024-10-21");
}

TEST_CASE("images.generate() never asks for a stream of partial images, even when the params say so")
{
    fixture f;
    auto client = f.make_client();
    f.script(200, R"({"created":1713833628,"data":[{"b64_json":"iVBORw0KGgo="}]})");
    openai::images_response images;
    f.run([&]() -> asio::awaitable<void> {
        openai::image_generate_params request{.prompt = "an otter", .model = "gpt-image-1"};
        request.stream = true;
        request.partial_images = 2;
        images = co_await client.images.generate(std::move(request));
    });
    const auto body = boost::json::parse(f.transport->sent.at(0).body()).as_object();
    CHECK(body.at("prompt") == "an otter");
    CHECK_FALSE(body.contains("stream"));
    CHECK_FALSE(body.contains("partial_images"));
    CHECK(images.data.at(0).b64_json == "iVBORw0KGgo=");
}

TEST_CASE("models: list, retrieve and delete use GET and DELETE on the right paths")
{
    fixture f;
    auto client = f.make_client({.base_url = "http://127.0.0.1:4010/v1/"});
    f.script(200, models_body);
    f.script(200, R"({"id":"ft:gpt-4o-mini:acme:x:1","object":"model","created":1,"owned_by":"acme"})");
    f.script(200, R"({"id":"ft:gpt-4o-mini:acme:x:1","object":"model","deleted":true})");
    openai::page<openai::model> page;
    openai::model model;
    openai::model_deleted deleted;
    f.run([&]() -> asio::awaitable<void> {
        page = co_await client.models.list();
        model = co_await client.models.retrieve("ft:gpt-4o-mini:acme:x:1");
        deleted = co_await client.models.del("ft:gpt-4o-mini:acme:x:1");
    });
    CHECK(f.transport->sent.at(0).method() == http::verb::get);
    CHECK(f.transport->sent.at(0).target() == "/v1/models");
    CHECK(f.transport->sent.at(0).body().empty());
    CHECK(header(f.transport->sent.at(0), "Content-Type") == "<absent>");
    CHECK(header(f.transport->sent.at(0), "Host") == "127.0.0.1:4010");
    CHECK(f.transport->sent.at(1).target() == "/v1/models/ft:gpt-4o-mini:acme:x:1");
    CHECK(f.transport->sent.at(2).method() == http::verb::delete_);
    REQUIRE(page.data.size() == 1);
    CHECK(page.data[0].id == "gpt-4o");
    CHECK(model.owned_by == "acme");
    CHECK(deleted.deleted);
}

TEST_CASE("models: list, retrieve and delete take per-request options, with or without diagnostics")
{
    fixture f;
    auto client = f.make_client();
    openai::request_options options{.timeout = 7s, .max_retries = 0};
    options.extra_headers.set("X-Tenant", "search");
    options.extra_query = {{"api-version", "1"}};
    for (int i = 0; i < 6; ++i)
        f.script(500, "oops");  // max_retries = 0: each call fails after one attempt
    openai::diagnostics diag;
    auto fails = [&](auto call) {
        CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await call(); }), openai::internal_server_error);
    };
    fails([&] { return client.models.list(options); });
    fails([&] { return client.models.retrieve("gpt-4o", options); });
    fails([&] { return client.models.del("ft:x", options); });
    fails([&] { return client.models.list(options, diag); });
    fails([&] { return client.models.retrieve("gpt-4o", options, diag); });
    fails([&] { return client.models.del("ft:x", options, diag); });
    REQUIRE(f.transport->sent.size() == 6);
    const char* targets[] = {"/v1/models?api-version=1", "/v1/models/gpt-4o?api-version=1",
                             "/v1/models/ft:x?api-version=1"};
    for (std::size_t i = 0; i < 6; ++i)
    {
        CAPTURE(i);
        CHECK(f.transport->sent[i].target() == targets[i % 3]);
        CHECK(header(f.transport->sent[i], "X-Tenant") == "search");
        CHECK(f.transport->limits[i].deadline - std::chrono::steady_clock::now() <= 7s);
    }
    CHECK(f.transport->sent[2].method() == http::verb::delete_);
    CHECK(diag.status_code == 500);
}

TEST_CASE("error answers become typed exceptions with status, request id, code, type and param")
{
    fixture f;
    auto client = f.make_client({.max_retries = 0});
    f.script(
        404,
        R"({"error":{"message":"The model `gpt-9` does not exist","type":"invalid_request_error","param":"model","code":"model_not_found"}})",
        {{"x-request-id", "req_404"}});
    bool caught = false;
    f.run([&]() -> asio::awaitable<void> {
        try
        {
            co_await client.chat.completions.create(hello_request());
        }
        catch (const openai::model_not_found_error& e)
        {
            caught = true;
            CHECK(e.status_code() == 404);
            CHECK(e.request_id() == "req_404");
            CHECK(e.code() == "model_not_found");
            CHECK(e.type() == "invalid_request_error");
            CHECK(e.param() == "model");
            CHECK(e.message() == "The model `gpt-9` does not exist");
            CHECK(std::string(e.what()).find("404") != std::string::npos);
            CHECK(e.error_code() == openai::api_errc::model_not_found);
        }
    });
    CHECK(caught);
}

TEST_CASE("exhausted quota is never retried; rate limits are, honouring retry-after-ms")
{
    fixture f;
    auto client = f.make_client();  // max_retries 2 by default
    f.script(
        429,
        R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})");
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.models.list(); }),
                    openai::quota_exceeded_error);
    CHECK(f.transport->sent.size() == 1);

    f.transport->sent.clear();
    for (int i = 0; i < 3; ++i)
        f.script(
            429,
            R"({"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}})",
            {{"retry-after-ms", "5"}});
    auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.models.list(); }), openai::rate_limit_error);
    CHECK(std::chrono::steady_clock::now() - start >= 10ms);
    REQUIRE(f.transport->sent.size() == 3);
    CHECK(header(f.transport->sent[0], "X-OpenAI-Cpp-Retry-Count") == "<absent>");
    CHECK(header(f.transport->sent[1], "X-OpenAI-Cpp-Retry-Count") == "1");
    CHECK(header(f.transport->sent[2], "X-OpenAI-Cpp-Retry-Count") == "2");
}

TEST_CASE("server errors are retried until one succeeds; per-request max_retries wins")
{
    fixture f;
    auto client = f.make_client();
    f.script(500, "oops", {{"retry-after-ms", "1"}});
    f.script(503,
             R"({"error":{"message":"overloaded","type":"service_unavailable_error","code":"server_is_overloaded"}})",
             {{"retry-after-ms", "1"}});
    f.script(200, chat_body);
    openai::chat_completion completion;
    f.run([&]() -> asio::awaitable<void> { completion = co_await client.chat.completions.create(hello_request()); });
    CHECK(f.transport->sent.size() == 3);
    CHECK(completion.id == "chatcmpl-123");

    f.transport->sent.clear();
    f.script(500, "oops");
    auto request = hello_request();
    request.options.max_retries = 0;
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.chat.completions.create(request); }),
                    openai::internal_server_error);
    CHECK(f.transport->sent.size() == 1);

    f.transport->sent.clear();
    f.script(500, "oops", {{"x-should-retry", "false"}});
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.models.list(); }),
                    openai::internal_server_error);
    CHECK(f.transport->sent.size() == 1);
}

TEST_CASE("connection failures and timeouts map to api_connection_error and api_timeout_error")
{
    fixture f;
    auto client = f.make_client({.max_retries = 1});
    f.transport->steps.push_back({.ec = asio::error::connection_refused});
    f.transport->steps.push_back({.ec = asio::error::connection_refused});
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.models.list(); }),
                    openai::api_connection_error);
    CHECK(f.transport->sent.size() == 2);

    f.transport->steps.push_back({.ec = boost::beast::error::timeout});
    auto request = hello_request();
    request.options.max_retries = 0;
    request.options.timeout = 1500ms;
    CHECK_THROWS_AS(f.run([&]() -> asio::awaitable<void> { co_await client.chat.completions.create(request); }),
                    openai::api_timeout_error);
    auto& l = f.transport->limits.back();
    auto budget = l.deadline - std::chrono::steady_clock::now();
    CHECK(budget <= 1500ms);
    CHECK(l.connect_timeout == 5s);
}

TEST_CASE("a successful status with a body that is not the expected JSON is a validation error")
{
    fixture f;
    auto client = f.make_client();
    f.script(200, "{\"id\": \"x\", \"choices\": [");
    f.script(200, "");
    f.script(200, R"({"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":42}}]})");
    for (std::string expected : {"malformed JSON", "empty body", "choices[0].message.content"})
    {
        try
        {
            f.run([&]() -> asio::awaitable<void> { co_await client.chat.completions.create(hello_request()); });
            FAIL("no exception");
        }
        catch (const openai::api_response_validation_error& e)
        {
            CHECK(e.status_code() == 200);
            CHECK(std::string(e.what()).find(expected) != std::string::npos);
        }
    }
}

TEST_CASE("the API key never appears in errors, even when a server echoes it")
{
    fixture f;
    auto client = f.make_client({.max_retries = 0});
    CHECK(client.redacted_api_key() == "sk-...WXYZ");
    CHECK(openai::redact_api_key("sk-proj-abcdefghijklmnop1234") == "sk-...1234");
    CHECK(openai::redact_api_key("ollama-local-key-5678") == "...5678");
    CHECK(openai::redact_api_key("short") == "***");
    // A proxy that echoes the request's Authorization, in a header's value and in a name.
    f.script(401,
             std::string(R"({"error":{"message":"Incorrect API key provided: )") + test_key +
                 R"(","type":"invalid_request_error","code":"invalid_api_key"}})",
             {{"x-request-id", "req_1"},
              {"x-echo-authorization", std::string("Bearer ") + test_key},
              {std::string("x-") + test_key, "1"}});
    try
    {
        f.run([&]() -> asio::awaitable<void> { co_await client.models.list(); });
        FAIL("no exception");
    }
    catch (const openai::authentication_error& e)
    {
        CHECK(std::string(e.what()).find(test_key) == std::string::npos);
        CHECK(e.message().find(test_key) == std::string::npos);
        CHECK(e.body().find(test_key) == std::string::npos);
        CHECK(e.message().find("sk-...WXYZ") != std::string::npos);
        CHECK(e.code() == "invalid_api_key");
        for (const auto& [name, value] : e.headers())
        {
            CHECK(name.find(test_key) == std::string_view::npos);
            CHECK(value.find(test_key) == std::string_view::npos);
        }
        CHECK(e.headers().find("x-echo-authorization") == "Bearer sk-...WXYZ");
        CHECK(e.headers().find("x-sk-...WXYZ") == "1");
        CHECK(e.request_id() == "req_1");
    }
}

TEST_CASE("options fall back to the environment; explicit options win; a missing key is a clear error")
{
    asio::io_context io;
    ::setenv("OPENAI_API_KEY", "sk-from-env-abcdefgh1234", 1);
    ::setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/env/v1", 1);
    ::setenv("OPENAI_ORG_ID", "org-env", 1);
    {
        openai::client from_env{io.get_executor()};
        CHECK(from_env.base_url() == "http://127.0.0.1:9/env/v1");
        CHECK(from_env.redacted_api_key() == "sk-...1234");
        openai::client explicit_options{io.get_executor(),
                                        {.api_key = "sk-explicit-abcdefgh9999", .base_url = "https://x.test/v1"}};
        CHECK(explicit_options.base_url() == "https://x.test/v1");
        CHECK(explicit_options.redacted_api_key() == "sk-...9999");
    }
    ::unsetenv("OPENAI_API_KEY");
    ::unsetenv("OPENAI_BASE_URL");
    ::unsetenv("OPENAI_ORG_ID");
    try
    {
        openai::client no_key{io.get_executor()};
        FAIL("no exception");
    }
    catch (const openai::error& e)
    {
        CHECK(e.error_code() == openai::errc::missing_api_key);
        CHECK(std::string(e.what()).find("OPENAI_API_KEY") != std::string::npos);
    }
    openai::client default_url{io, {.api_key = "sk-x"}};
    CHECK(default_url.base_url() == "https://api.openai.com/v1");
    CHECK_THROWS_AS((openai::client{io.get_executor(), {.api_key = "k", .base_url = "ftp://x"}}), openai::error);
}

TEST_CASE("completion tokens: futures, callbacks, as_tuple with diagnostics, explicit deferred")
{
    fixture f;
    auto client = f.make_client({.max_retries = 0});

    SUBCASE("use_future delivers the value, and typed errors through with_diagnostics")
    {
        f.script(200, models_body);
        f.script(401, R"({"error":{"message":"bad key","type":"invalid_request_error","code":"invalid_api_key"}})");
        f.script(401, R"({"error":{"message":"bad key","type":"invalid_request_error","code":"invalid_api_key"}})");
        auto ok = client.models.list(asio::use_future);
        auto typed = client.models.list(openai::with_diagnostics(asio::use_future));
        auto plain = client.models.list(asio::use_future);
        f.io.run();
        CHECK(ok.get().data.at(0).id == "gpt-4o");
        CHECK_THROWS_AS(typed.get(), openai::authentication_error);
        CHECK_THROWS_AS(plain.get(), boost::system::system_error);
    }
    SUBCASE("a callback receives the error code and the value")
    {
        f.script(200, models_body);
        openai::error_code ec = asio::error::would_block;
        std::size_t count = 0;
        client.models.list([&](openai::error_code e, openai::page<openai::model> p) {
            ec = e;
            count = p.data.size();
        });
        f.io.run();
        CHECK_FALSE(ec);
        CHECK(count == 1);
    }
    SUBCASE("as_tuple gives exception-free code the error code and the details")
    {
        f.script(429, R"({"error":{"message":"quota","type":"insufficient_quota","code":"insufficient_quota"}})",
                 {{"x-request-id", "req_q"}});
        openai::diagnostics diag;
        f.run([&]() -> asio::awaitable<void> {
            auto [ec, completion] =
                co_await client.chat.completions.create(hello_request(), diag, asio::as_tuple(asio::use_awaitable));
            CHECK(ec == openai::api_errc::quota_exceeded);
            CHECK(completion.choices.empty());
        });
        CHECK(diag.status_code == 429);
        CHECK(diag.request_id == "req_q");
        CHECK(diag.code == "insufficient_quota");
        CHECK(diag.message == "quota");
    }
    SUBCASE("an explicit deferred operation runs when awaited, its params already owned")
    {
        f.script(200, chat_body);
        openai::chat_completion completion;
        f.run([&]() -> asio::awaitable<void> {
            auto op = [&] {
                auto request = hello_request();  // dies before the operation runs
                return client.chat.completions.create(std::move(request), asio::deferred);
            }();
            CHECK(f.transport->sent.empty());
            completion = co_await std::move(op);
        });
        CHECK(completion.id == "chatcmpl-123");
        CHECK(f.transport->sent.size() == 1);
    }
}

TEST_CASE("per-operation cancellation ends a call promptly and leaves the client usable")
{
    fixture f;
    auto client = f.make_client();
    f.transport->steps.push_back({.hang = true});
    f.script(200, models_body);

    asio::cancellation_signal signal;
    openai::error_code ec;
    client.models.list(asio::bind_cancellation_slot(
        signal.slot(), [&](openai::error_code e, openai::page<openai::model>) { ec = e; }));
    asio::steady_timer t(f.io, 20ms);
    t.async_wait([&](openai::error_code) { signal.emit(asio::cancellation_type::total); });
    auto start = std::chrono::steady_clock::now();
    f.io.run();
    f.io.restart();
    CHECK(ec == asio::error::operation_aborted);
    CHECK(std::chrono::steady_clock::now() - start < 2s);
    CHECK(f.transport->sent.size() == 1);  // a cancelled call is not retried

    openai::page<openai::model> page;
    f.run([&]() -> asio::awaitable<void> { page = co_await client.models.list(); });
    CHECK(page.data.size() == 1);
}

namespace {
std::string model_page(std::vector<std::string> ids, bool has_more)
{
    boost::json::array data;
    for (const auto& id : ids)
        data.push_back({{"id", id}, {"object", "model"}, {"created", 1}, {"owned_by", "o"}});
    boost::json::object page{{"object", "list"}, {"data", data}, {"has_more", has_more}};
    if (!ids.empty())
    {
        page["first_id"] = ids.front();
        page["last_id"] = ids.back();
    }
    return boost::json::serialize(page);
}
}  // namespace

TEST_CASE("pages: get_next_page() sends the same request with after = last_id, until has_next_page() is false")
{
    fixture f;
    auto client = f.make_client();
    f.script(200, model_page({"m1", "m2"}, true));
    f.script(200, model_page({"m3", "m4"}, true));
    f.script(200, model_page({"m5"}, false));
    std::vector<std::string> seen;
    f.run([&]() -> asio::awaitable<void> {
        openai::request_options options;
        options.extra_query = {{"limit", "2"}};
        auto page = co_await client.models.list(options);
        for (;;)
        {
            for (const auto& m : page.data)
                seen.push_back(m.id);
            if (!page.has_next_page())
                break;
            page = co_await page.get_next_page();
        }
        CHECK_FALSE(page.has_next_page());
        CHECK_THROWS_AS((void)page.get_next_page(), std::logic_error);
    });
    CHECK(seen == std::vector<std::string>{"m1", "m2", "m3", "m4", "m5"});
    REQUIRE(f.transport->sent.size() == 3);
    CHECK(f.transport->sent[0].target() == "/v1/models?limit=2");
    CHECK(f.transport->sent[1].target() == "/v1/models?limit=2&after=m2");
    CHECK(f.transport->sent[2].target() == "/v1/models?limit=2&after=m4");
    CHECK(f.transport->sent[2].method() == http::verb::get);
}

TEST_CASE("pages: a page not read by a client, or at the end of its list, has no next page")
{
    openai::page<openai::model> made;
    made.has_more = true;
    made.last_id = "x";
    made.data.resize(1);
    CHECK_FALSE(made.has_next_page());
    CHECK_THROWS_AS((void)made.get_next_page(), std::logic_error);

    fixture f;
    auto client = f.make_client();
    f.script(200, model_page({}, true));  // has_more with no items: nothing to continue from
    f.run([&]() -> asio::awaitable<void> {
        auto page = co_await client.models.list();
        CHECK_FALSE(page.has_next_page());
    });
}

TEST_CASE("pages: for_each_item() visits every item of every page, with any token, and stops at a failure")
{
    fixture f;
    auto client = f.make_client({.max_retries = 0});
    f.script(200, model_page({"m1", "m2"}, true));
    f.script(200, model_page({"m3"}, true));
    f.script(200, model_page({"m4"}, false));
    std::vector<std::string> seen;
    f.run([&]() -> asio::awaitable<void> {
        auto page = co_await client.models.list();
        co_await page.for_each_item([&](const openai::model& m) { seen.push_back(m.id); });
    });
    CHECK(seen == std::vector<std::string>{"m1", "m2", "m3", "m4"});
    CHECK(f.transport->sent.size() == 3);

    // A callback, and a failure on the second page: the error, after the first page's items.
    seen.clear();
    f.script(200, model_page({"a", "b"}, true));
    f.script(404, R"({"error":{"message":"gone","type":"invalid_request_error","code":null}})");
    openai::page<openai::model> first;
    f.run([&]() -> asio::awaitable<void> { first = co_await client.models.list(); });
    openai::diagnostics diag;
    openai::error_code result = openai::make_error_code(openai::errc::invalid_response);
    bool done = false;
    first.for_each_item([&](const openai::model& m) { seen.push_back(m.id); }, diag,
                        [&](openai::error_code ec) {
                            result = ec;
                            done = true;
                        });
    CHECK_FALSE(done);  // never completes inside the call
    f.io.restart();
    f.io.run();
    CHECK(done);
    CHECK(result);
    CHECK(diag.status_code == 404);
    CHECK(diag.message == "gone");
    CHECK(seen == std::vector<std::string>{"a", "b"});

    // The default token throws the typed exception.
    f.script(500, R"({"error":{"message":"boom","type":"server_error"}})");
    f.run([&]() -> asio::awaitable<void> {
        bool threw = false;
        try
        {
            co_await first.for_each_item([](const openai::model&) {});
        }
        catch (const openai::api_status_error& e)
        {
            threw = e.status_code() >= 400;
        }
        CHECK(threw);
    });

    // A page without a next one completes with no request, not inside the call either.
    openai::page<openai::model> last;
    f.script(200, model_page({"z"}, false));
    f.run([&]() -> asio::awaitable<void> { last = co_await client.models.list(); });
    const auto before = f.transport->sent.size();
    done = false;
    last.for_each_item([&](const openai::model& m) { seen.push_back(m.id); },
                       [&](openai::error_code ec) {
                           result = ec;
                           done = true;
                       });
    CHECK_FALSE(done);
    f.io.restart();
    f.io.run();
    CHECK(done);
    CHECK_FALSE(result);
    CHECK(seen.back() == "z");
    CHECK(f.transport->sent.size() == before);
}
