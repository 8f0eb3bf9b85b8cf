// The client over real loopback sockets, plain and TLS, against the in-process server.
#include <openai/openai.hpp>
#include <openai/testing/certificates.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include "support/run_coroutine.hpp"

#include <chrono>
#include <set>
#include <string>
#include <vector>

namespace asio = boost::asio;
namespace testing = openai::testing;
using namespace std::chrono_literals;

namespace {

constexpr const char* test_key = "sk-loopback-test-key-0000";

template <class Awaitable>
void run(asio::io_context& io, Awaitable a)
{
    openai_test::run_coroutine(io, std::move(a));
}

const std::string models_body =
    R"({"object":"list","data":[{"id":"gpt-4o","object":"model","created":1686935002,"owned_by":"openai"}]})";

std::shared_ptr<asio::ssl::context> trusting(const std::string& ca_pem)
{
    auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
    ctx->add_certificate_authority(asio::buffer(ca_pem));
    ctx->set_verify_mode(asio::ssl::verify_peer);
    return ctx;
}

}  // namespace

TEST_CASE("the quickstart flow works end to end against the local OpenAI-compatible routes")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    openai::client client{io.get_executor(), {.api_key = test_key, .base_url = server.base_url()}};

    run(io, [&]() -> asio::awaitable<void> {
        openai::chat_completion_create_params request{
            .model = "gpt-4o-mini",
            .messages = {openai::system_message("Be brief."), openai::user_message("Say hi")},
        };
        auto completion = co_await client.chat.completions.create(request);
        CHECK(completion.choices.at(0).message.content.value_or("").find("Say hi") != std::string::npos);
        CHECK(completion.object == "chat.completion");

        // Requests built before co_await: g++ 12 destroys aggregate temporaries in it twice.
        openai::embedding_create_params embedding_request{.model = "text-embedding-3-small", .input = "food"};
        auto embeddings = co_await client.embeddings.create(embedding_request);
        CHECK(embeddings.data.at(0).embedding.size() == 1536);
        embedding_request.encoding_format = "float";
        auto again = co_await client.embeddings.create(embedding_request);
        CHECK(again.data.at(0).embedding == embeddings.data.at(0).embedding);  // deterministic, both encodings

        openai::image_generate_params image_request{
            .prompt = "otter", .n = 2, .response_format = "b64_json", .size = "1024x1024"};
        auto images = co_await client.images.generate(image_request);
        REQUIRE(images.data.size() == 2);
        auto png = images.data[0].decode_b64_json();
        REQUIRE(png.size() > 8);
        CHECK(png[1] == 'P');
        CHECK(png[2] == 'N');
        CHECK(png[3] == 'G');

        auto models = co_await client.models.list();
        REQUIRE_FALSE(models.data.empty());
        auto one = co_await client.models.retrieve(models.data[0].id);
        CHECK(one.id == models.data[0].id);
        auto gone = co_await client.models.del("ft:gpt-4o-mini:acme:demo:1");
        CHECK(gone.deleted);

        openai::completion_create_params legacy_request{.model = "gpt-3.5-turbo-instruct", .prompt = "Say this"};
        auto legacy = co_await client.completions.create(legacy_request);
        CHECK_FALSE(legacy.choices.empty());
    });

    auto log = server.requests();
    REQUIRE(log.size() == 8);
    CHECK(log[0].path == "/v1/chat/completions");
    CHECK(log[0].headers.find("authorization").value_or("") == std::string("Bearer ") + test_key);
    // Keep-alive: one connection served every sequential call.
    std::set<std::uint64_t> connections;
    for (const auto& r : log)
        connections.insert(r.connection);
    CHECK(connections.size() == 1);
}

TEST_CASE("a missing model maps to model_not_found_error over the wire")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    openai::client client{io.get_executor(), {.api_key = test_key, .base_url = server.base_url()}};
    CHECK_THROWS_AS(run(io, [&]() -> asio::awaitable<void> { co_await client.models.retrieve("no-such-model"); }),
                    openai::model_not_found_error);
}

TEST_CASE("io_context::run() returns as soon as the last answer is in, with the default 600 s timeout")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    openai::client client{io.get_executor(), {.api_key = test_key, .base_url = server.base_url()}};
    std::exception_ptr failure;
    bool answered = false;
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            CHECK_FALSE((co_await client.models.list()).data.empty());
            auto request = openai::chat_completion_create_params{.model = "gpt-4o-mini"};
            request.messages.push_back(openai::user_message("Hi"));
            CHECK_FALSE((co_await client.chat.completions.create(request)).choices.empty());
            answered = true;
        },
        [&](std::exception_ptr e) { failure = e; });
    io.run_for(5s);
    CHECK(answered);
    CHECK_FALSE(failure);
    CHECK(io.stopped());  // out of work, not out of time: no timer of the client is left pending
}

TEST_CASE("1,000 requests in flight on one client and one thread are all answered")
{
    testing::server server;
    server.on("GET", "/v1/models", [](const testing::request&) { return testing::response::json(200, models_body); });
    asio::io_context io;
    openai::client client{io.get_executor(),
                          {.api_key = test_key, .base_url = server.base_url(), .max_connections = 64}};

    int answered = 0, failed = 0;
    for (int i = 0; i < 1000; ++i)
        client.models.list([&](openai::error_code ec, openai::page<openai::model> page) {
            if (!ec && page.data.size() == 1)
                ++answered;
            else
                ++failed;
        });
    io.run();
    CHECK(answered == 1000);
    CHECK(failed == 0);
    std::set<std::uint64_t> connections;
    for (const auto& r : server.requests())
        connections.insert(r.connection);
    CHECK(connections.size() <= 64);
    CHECK(server.request_count() == 1000);
}

TEST_CASE("a kept-alive connection the server closed is replaced without the caller noticing")
{
    testing::server server;
    // An answer that looks keep-alive, then the server hangs up anyway.
    testing::response sneaky;
    sneaky.raw =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(models_body.size()) +
        "\r\n\r\n" + models_body;
    sneaky.close = true;
    server.enqueue("GET", "/v1/models", sneaky);
    server.on("GET", "/v1/models", [](const testing::request&) { return testing::response::json(200, models_body); });
    asio::io_context io;
    openai::client client{io.get_executor(), {.api_key = test_key, .base_url = server.base_url(), .max_retries = 0}};
    run(io, [&]() -> asio::awaitable<void> {
        auto first = co_await client.models.list();
        CHECK(first.data.size() == 1);
        co_await asio::steady_timer(co_await asio::this_coro::executor, 50ms).async_wait(asio::use_awaitable);
        auto second = co_await client.models.list();
        CHECK(second.data.size() == 1);
    });
    CHECK(server.request_count() == 2);
}

TEST_CASE("timeouts, size limits and cancellation over real sockets")
{
    testing::server server;
    asio::io_context io;

    SUBCASE("an answer that never comes ends with api_timeout_error after the timeout")
    {
        testing::response stall;
        stall.stall = true;
        server.enqueue("GET", "/v1/models", stall);
        openai::client client{io.get_executor(),
                              {.api_key = test_key, .base_url = server.base_url(), .timeout = 300ms, .max_retries = 0}};
        auto start = std::chrono::steady_clock::now();
        CHECK_THROWS_AS(run(io, [&]() -> asio::awaitable<void> { co_await client.models.list(); }),
                        openai::api_timeout_error);
        auto waited = std::chrono::steady_clock::now() - start;
        CHECK(waited >= 290ms);
        CHECK(waited < 3s);
    }
    SUBCASE("a body over max_response_bytes fails with response_too_large")
    {
        server.enqueue(
            "GET", "/v1/models",
            testing::response::json(200, R"({"object":"list","data":[],"pad":")" + std::string(5000, 'x') + "\"}"));
        openai::client client{
            io.get_executor(),
            {.api_key = test_key, .base_url = server.base_url(), .max_retries = 0, .max_response_bytes = 1000}};
        try
        {
            run(io, [&]() -> asio::awaitable<void> { co_await client.models.list(); });
            FAIL("no exception");
        }
        catch (const openai::error& e)
        {
            CHECK(e.error_code() == openai::errc::response_too_large);
        }
    }
    SUBCASE("a cancelled call frees its connection and the next call works")
    {
        testing::response stall;
        stall.stall = true;
        server.enqueue("GET", "/v1/models", stall);
        server.on("GET", "/v1/models",
                  [](const testing::request&) { return testing::response::json(200, models_body); });
        openai::client client{io.get_executor(), {.api_key = test_key, .base_url = server.base_url()}};
        asio::cancellation_signal signal;
        openai::error_code ec;
        client.models.list(asio::bind_cancellation_slot(
            signal.slot(), [&](openai::error_code e, openai::page<openai::model>) { ec = e; }));
        asio::steady_timer t(io, 100ms);
        t.async_wait([&](openai::error_code) { signal.emit(asio::cancellation_type::terminal); });
        io.run();
        io.restart();
        CHECK(ec == asio::error::operation_aborted);
        run(io, [&]() -> asio::awaitable<void> { CHECK((co_await client.models.list()).data.size() == 1); });
        CHECK(server.request_count() == 2);
    }
}

TEST_CASE("TLS: a certificate from a trusted CA works; unknown CA, self-signed and wrong host are rejected")
{
    auto ca = testing::certificate_authority::create();
    auto good = ca.issue({.common_name = "localhost", .dns_names = {"localhost"}, .ip_addresses = {"127.0.0.1"}});

    auto serve_with = [](const testing::certified_key& cert) {
        auto s = std::make_unique<testing::server>(testing::server_options{
            .tls = true, .certificate_chain = cert.certificate, .private_key = cert.private_key});
        s->on("GET", "/v1/models", [](const testing::request&) { return testing::response::json(200, models_body); });
        return s;
    };
    auto list_models = [](const std::string& base_url, std::shared_ptr<asio::ssl::context> ctx) {
        asio::io_context io;
        openai::client client{
            io.get_executor(),
            {.api_key = test_key, .base_url = base_url, .max_retries = 0, .ssl_context = std::move(ctx)}};
        std::size_t count = 0;
        run(io, [&]() -> asio::awaitable<void> { count = (co_await client.models.list()).data.size(); });
        return count;
    };

    auto server = serve_with(good);
    auto https = [&](const std::string& host) {
        return "https://" + host + ":" + std::to_string(server->port()) + "/v1";
    };
    CHECK(list_models(https("127.0.0.1"), trusting(ca.certificate)) == 1);
    CHECK(list_models(https("localhost"), trusting(ca.certificate)) == 1);

    SUBCASE("a certificate that fails verification is not retried: no backoff, whatever max_retries says")
    {
        auto other = testing::certificate_authority::create("another CA");
        asio::io_context io;
        openai::client client{io.get_executor(),
                              {.api_key = test_key,
                               .base_url = https("127.0.0.1"),
                               .max_retries = 2,
                               .ssl_context = trusting(other.certificate)}};
        const auto start = std::chrono::steady_clock::now();
        CHECK_THROWS_AS(run(io, [&]() -> asio::awaitable<void> { co_await client.models.list(); }),
                        openai::api_connection_error);
        CHECK(std::chrono::steady_clock::now() - start < 300ms);  // a retry would wait 375 ms or more first
    }
    SUBCASE("a CA the client does not trust")
    {
        auto other = testing::certificate_authority::create("another CA");
        CHECK_THROWS_AS(list_models(https("127.0.0.1"), trusting(other.certificate)), openai::api_connection_error);
    }
    SUBCASE("the system trust store does not know the test CA (default context)")
    {
        CHECK_THROWS_AS(list_models(https("localhost"), nullptr), openai::api_connection_error);
    }
    SUBCASE("a self-signed certificate")
    {
        auto self = testing::self_signed_certificate();
        auto s2 = serve_with(self);
        auto url = "https://127.0.0.1:" + std::to_string(s2->port()) + "/v1";
        CHECK_THROWS_AS(list_models(url, trusting(ca.certificate)), openai::api_connection_error);
        CHECK(s2->request_count() == 0);
    }
    SUBCASE("a certificate for another host name")
    {
        auto wrong = ca.issue({.common_name = "other.test", .dns_names = {"other.test"}, .ip_addresses = {}});
        auto s2 = serve_with(wrong);
        auto port = std::to_string(s2->port());
        CHECK_THROWS_AS(list_models("https://127.0.0.1:" + port + "/v1", trusting(ca.certificate)),
                        openai::api_connection_error);
        CHECK_THROWS_AS(list_models("https://localhost:" + port + "/v1", trusting(ca.certificate)),
                        openai::api_connection_error);
        CHECK(s2->request_count() == 0);
    }
    SUBCASE("an expired certificate")
    {
        auto expired = ca.issue({.not_before = -std::chrono::hours(48), .not_after = -std::chrono::hours(24)});
        auto s2 = serve_with(expired);
        CHECK_THROWS_AS(
            list_models("https://127.0.0.1:" + std::to_string(s2->port()) + "/v1", trusting(ca.certificate)),
            openai::api_connection_error);
    }
}
