// The headers docs/getting-started.md names for a file that calls the Responses and
// Conversations APIs without <openai/openai.hpp>: the client, then the types of each area and
// the response stream. tests/build_cost/check_headers.sh compiles it under separate
// compilation, where the client only declares those types, so that the list stays enough.
#include <openai/client.hpp>
#include <openai/streaming/response_stream.hpp>
#include <openai/types/conversations.hpp>
#include <openai/types/responses.hpp>

#include <boost/asio/awaitable.hpp>

#include <cstddef>
#include <string>

boost::asio::awaitable<std::size_t> use_responses(openai::client& client)
{
    openai::response_create_params params{.model = "gpt-5-mini", .input = "Say hello."};
    openai::response answer = co_await client.responses.create(params);

    openai::response_stream stream = co_await client.responses.stream(params);
    std::size_t events = 0;
    while (auto event = co_await stream.next())
        ++events;
    openai::response streamed = stream.get_final_response();

    openai::conversation_create_params new_conversation{};
    openai::conversation conversation = co_await client.conversations.create(new_conversation);
    auto items = co_await client.conversations.items.list(conversation.id);

    co_return answer.output_text().size() + events + streamed.output.size() + items.data.size();
}
