// A consumer of the installed (or embedded) SDK: asks the in-process test server for a chat
// completion and checks the answer, so the package is proven to compile, link and run.
#include <openai/openai.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

namespace asio = boost::asio;

int main()
{
    // One fixed answer: the whole set of routes (testing/routes.hpp) would double this file's build.
    openai::testing::server server;
    server.on("POST", "/v1/chat/completions", [](const openai::testing::request&) {
        return openai::testing::response::json(
            200,
            R"({"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-mini",)"
            R"("choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Hello!"}}]})");
    });

    asio::io_context io;
    openai::client client{io, openai::client_options{.api_key = "sk-consumer", .base_url = server.base_url()}};

    std::string reply;
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            openai::chat_completion_create_params request{.model = "gpt-4o-mini"};
            request.messages.push_back(openai::user_message("Say hello"));
            openai::chat_completion completion = co_await client.chat.completions.create(std::move(request));
            reply = completion.choices.at(0).message.content.value_or("");
        },
        [](std::exception_ptr e) {
            if (e)
                std::rethrow_exception(e);
        });
    io.run();

    const std::string_view version = openai::version;
    std::printf("openai %.*s: %s\n", int(version.size()), version.data(), reply.c_str());
    return reply.empty() || version != OPENAI_VERSION_STRING ? 1 : 0;
}
