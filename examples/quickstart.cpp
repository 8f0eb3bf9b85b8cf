#include <openai/openai.hpp>

#include <boost/asio.hpp>
#include <iostream>

namespace asio = boost::asio;

asio::awaitable<void> run(openai::client& client)
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o-mini",
        .messages =
            {
                openai::system_message("You are a poetic assistant."),
                openai::user_message("Compose a poem that explains recursion."),
            },
    };
    openai::chat_completion completion = co_await client.chat.completions.create(request);
    std::cout << completion.choices.at(0).message.content.value_or("") << '\n';

    openai::embedding_create_params embedding_request{
        .model = "text-embedding-3-small",
        .input = "The food was delicious and the waiter...",
    };
    openai::create_embedding_response embeddings = co_await client.embeddings.create(embedding_request);
    std::cout << embeddings.data.at(0).embedding.size() << " dimensions\n";

    openai::image_generate_params image_request{
        .prompt = "A cute baby sea otter",
        .n = 1,
        .size = "1024x1024",
    };
    openai::images_response images = co_await client.images.generate(image_request);
    std::cout << images.data.at(0).url.value_or("(base64 image)") << '\n';
}

int main()  // NOLINT(bugprone-exception-escape): as in README.md, an error ends it through std::terminate
{
    asio::io_context io;
    openai::client client{io.get_executor()};  // OPENAI_API_KEY, OPENAI_BASE_URL, ... from the environment
    // NOLINTNEXTLINE(performance-unnecessary-value-param): the handler as README.md shows it
    asio::co_spawn(io, run(client), [](std::exception_ptr e) {
        if (e)
            std::rethrow_exception(e);
    });
    io.run();
}
