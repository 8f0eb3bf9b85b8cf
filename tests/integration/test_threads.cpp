// The client on several threads over real loopback sockets, against the in-process server. A
// binary of its own, so that the ThreadSanitizer configuration of .ci/test builds only this file
// and the SDK's core (chat and models), not every test.
#include <openai/openai.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace testing = openai::testing;

namespace {

constexpr const char* test_key = "sk-threads-test-key-0000";

// The chat route alone: add_openai_routes would also bring the Responses API's routes, and with
// them the SDK's Responses part, into this binary.
void add_chat_route(testing::server& server)
{
    auto serial = std::make_shared<std::atomic<std::uint64_t>>(0);
    server.on("POST", "/v1/chat/completions", [serial](const testing::request& req) {
        return testing::routes_detail::chat_completions(req, ++*serial);
    });
}

asio::awaitable<std::string> read_all(openai::chat_completion_stream& stream)
{
    std::string text;
    while (auto chunk = co_await stream.next())
        for (const auto& choice : chunk->choices)
            text += choice.delta.content.value_or("");
    co_return text;
}

void run_on_four_threads(asio::io_context& io)
{
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] { io.run(); });
    for (auto& t : threads)
        t.join();
}

}  // namespace

TEST_CASE("threads: a strand-protected client on a multi-threaded io_context answers every request")
{
    testing::server server;
    server.on("GET", "/v1/models", [](const testing::request&) {
        return testing::response::json(
            200, R"({"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1,"owned_by":"openai"}]})");
    });
    asio::io_context io;
    auto strand = asio::make_strand(io);
    openai::client client{strand, {.api_key = test_key, .base_url = server.base_url(), .max_connections = 16}};

    std::atomic<int> answered = 0, failed = 0;
    for (int i = 0; i < 400; ++i)
        asio::co_spawn(
            strand,
            [&]() -> asio::awaitable<void> {
                auto page = co_await client.models.list();
                (page.data.size() == 1 ? answered : failed)++;
            },
            [&](std::exception_ptr e) {
                if (e)
                    ++failed;
            });
    run_on_four_threads(io);
    CHECK(answered == 400);
    CHECK(failed == 0);
}

TEST_CASE("threads: streams read on the client's strand and from another executor, on four threads")
{
    testing::server server;
    add_chat_route(server);
    asio::io_context io;
    auto strand = asio::make_strand(io);
    openai::client client{strand, {.api_key = test_key, .base_url = server.base_url(), .max_connections = 8}};

    std::atomic<int> good = 0, bad = 0;
    for (int i = 0; i < 40; ++i)
    {
        auto read_one = [&, text = "story " + std::to_string(i)]() -> asio::awaitable<void> {
            openai::chat_completion_create_params request{.model = "gpt-4o-mini",
                                                          .messages = {openai::user_message(text)}};
            auto stream = co_await client.chat.completions.stream(request);
            const std::string got = co_await read_all(stream);
            (got == "You said: " + text ? good : bad)++;
        };
        auto count_failure = [&](std::exception_ptr e) {
            if (e)
                ++bad;
        };
        // Even: on the client's strand, so next() reads in place. Odd: on the io_context's own
        // executor, so next() hands its reads to the strand.
        if (i % 2 == 0)
            asio::co_spawn(strand, read_one, count_failure);
        else
            asio::co_spawn(io, read_one, count_failure);
    }
    run_on_four_threads(io);
    CHECK(good == 40);
    CHECK(bad == 0);
}
