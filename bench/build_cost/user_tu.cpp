// Workload E: a user's translation unit that calls chat, embeddings and images. It includes the
// client, which brings the types of these calls but only declares those of the Responses and
// Conversations APIs (<openai/openai.hpp> would define all of them: include_only_tu.cpp's row).
// bench/run times its compilation header-only and with separate compilation
// (OPENAI_SEPARATE_COMPILATION, the SDK compiled once in another file that includes
// <openai/src.hpp>).
#include <openai/client.hpp>

#include <boost/asio/awaitable.hpp>

#include <cstddef>
#include <string>

boost::asio::awaitable<std::size_t> use_the_sdk(openai::client& client)
{
    openai::chat_completion_create_params chat{.model = "gpt-4o-mini"};
    chat.messages.push_back(openai::user_message("Say hello."));
    openai::chat_completion completion = co_await client.chat.completions.create(chat);

    openai::embedding_create_params embed{.model = "text-embedding-3-small", .input = "hello"};
    openai::create_embedding_response embeddings = co_await client.embeddings.create(embed);

    openai::image_generate_params image{.prompt = "A cute baby sea otter"};
    openai::images_response images = co_await client.images.generate(image);

    co_return completion.choices.size() + embeddings.data.size() + images.data.size();
}
