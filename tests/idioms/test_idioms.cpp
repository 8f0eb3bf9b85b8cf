// The idioms users write without thinking, built as the platform's compiler builds them: this
// file is compiled at -O2 whatever the configuration (g++ 12 destroys some temporaries of a
// co_await expression twice, and only optimized code shows it reliably) and CI runs it under
// AddressSanitizer. The client is constructed with `co_await` inside the constructor call, and
// every call that takes no aggregate is awaited with its arguments written inline.
#include <openai/openai.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <doctest/doctest.h>

#include "support/run_coroutine.hpp"

#include <cstdlib>
#include <string>

namespace asio = boost::asio;
namespace testing = openai::testing;

namespace {

constexpr const char* test_key = "sk-idioms-test-key-0000";

// The environment is where a client made without options finds its key and server.
struct environment_for
{
    explicit environment_for(const testing::server& server)
    {
        ::setenv("OPENAI_API_KEY", test_key, 1);
        ::setenv("OPENAI_BASE_URL", server.base_url().c_str(), 1);
    }
    ~environment_for()
    {
        ::unsetenv("OPENAI_API_KEY");
        ::unsetenv("OPENAI_BASE_URL");
    }
    environment_for(const environment_for&) = delete;
    environment_for& operator=(const environment_for&) = delete;
};

}  // namespace

TEST_CASE("a client constructed with co_await inside its constructor call runs every call")
{
    testing::server server;
    testing::add_openai_routes(server);
    const environment_for environment{server};
    asio::io_context io;

    openai_test::run_coroutine(io, []() -> asio::awaitable<void> {
        openai::client client{co_await asio::this_coro::executor};

        // Calls that take no aggregate, with their arguments inline.
        openai::page<openai::model> models = co_await client.models.list();
        CHECK_FALSE(models.data.empty());
        openai::model model = co_await client.models.retrieve("gpt-4o-mini");
        CHECK(model.id == "gpt-4o-mini");
        openai::model_deleted deleted = co_await client.models.del(std::string("ft:gpt-4o-mini:acme::abc123"));
        CHECK(deleted.deleted);

        // Calls that take an aggregate, with it built first.
        openai::chat_completion_create_params chat_request{.model = "gpt-4o-mini"};
        chat_request.messages.push_back(openai::user_message("Say hi"));
        openai::chat_completion completion = co_await client.chat.completions.create(chat_request);
        CHECK(completion.choices.at(0).message.content.value_or("").find("Say hi") != std::string::npos);

        openai::chat_completion_stream stream = co_await client.chat.completions.stream(chat_request);
        openai::chat_completion_accumulator accumulated;
        while (auto chunk = co_await stream.next())
            accumulated.add(*chunk);
        CHECK(accumulated.get_final_completion().choices.at(0).message.content.value_or("").find("Say hi") !=
              std::string::npos);

        openai::embedding_create_params embedding_request{.model = "text-embedding-3-small", .input = "food"};
        openai::create_embedding_response embeddings = co_await client.embeddings.create(embedding_request);
        CHECK(embeddings.data.at(0).embedding.size() == 1536);

        openai::image_generate_params image_request{.prompt = "A cute baby sea otter"};
        openai::images_response images = co_await client.images.generate(image_request);
        CHECK(images.data.size() == 1);

        openai::completion_create_params completion_request{.model = "gpt-3.5-turbo-instruct", .prompt = "Say"};
        openai::completion legacy = co_await client.completions.create(completion_request);
        CHECK_FALSE(legacy.choices.empty());
    });
}

TEST_CASE("a client constructed with co_await and named options, and one per request options")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;

    openai_test::run_coroutine(io, [&server]() -> asio::awaitable<void> {
        openai::client_options options{.api_key = test_key, .base_url = server.base_url(), .max_retries = 0};
        openai::client client{co_await asio::this_coro::executor, options};

        openai::request_options per_request{.max_retries = 1};
        per_request.extra_headers.set("X-Idiom", "yes");
        openai::page<openai::model> models = co_await client.models.list(per_request);
        CHECK_FALSE(models.data.empty());
        openai::model model = co_await client.models.retrieve("gpt-4o-mini", per_request);
        CHECK(model.id == "gpt-4o-mini");
        openai::model_deleted deleted = co_await client.models.del("ft:gpt-4o-mini:acme::abc123", per_request);
        CHECK(deleted.deleted);
    });
}

TEST_CASE("a client on a strand is awaited from a coroutine on that strand with use_awaitable_t of its executor")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    using strand_type = asio::strand<asio::io_context::executor_type>;
    openai::basic_client<strand_type> client{
        strand_type(io.get_executor()), openai::client_options{.api_key = test_key, .base_url = server.base_url()}};

    std::exception_ptr failure;
    bool done = false;
    asio::co_spawn(
        client.get_executor(),
        [&]() -> asio::awaitable<void, strand_type> {
            // The default token gives an awaitable<T, any_io_executor>; a coroutine of another
            // executor type awaits with the token of its own type.
            constexpr auto on_strand = openai::with_diagnostics(asio::use_awaitable_t<strand_type>{});
            openai::page<openai::model> models = co_await client.models.list(on_strand);
            CHECK_FALSE(models.data.empty());
            CHECK(client.get_executor().running_in_this_thread());
            done = true;
        },
        [&](std::exception_ptr e) { failure = e; });
    io.run();
    if (failure)
        std::rethrow_exception(failure);
    CHECK(done);
}
