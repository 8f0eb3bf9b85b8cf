// conversation: a conversation holds items across responses. Creates one, sends each MESSAGE in
// it, lists the items it holds, then deletes it.
//
//   OPENAI_API_KEY=sk-... conversation [--model M] [--keep] MESSAGE...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <iostream>
#include <string>
#include <variant>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: conversation [--model M] [--keep] MESSAGE...

Creates a conversation, sends each MESSAGE in it as a turn (printing the answers), lists the
items the conversation holds, and deletes it unless --keep is given.

  --model M   the model (default gpt-5-mini)
  --keep      keep the conversation (its id is printed)
  --help      show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-5-mini";
    bool keep = false;
    std::vector<std::string> messages;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.flag("--keep", opts.keep))
            continue;
        opts.messages.push_back(args.positional());
    }
    if (opts.messages.empty())
        opts.messages = {"Remember: my favourite colour is green.", "What is my favourite colour?"};
    return opts;
}

asio::awaitable<void> conversation(openai::client& client, options opts)
{
    openai::conversation_create_params create{};
    openai::conversation conversation = co_await client.conversations.create(create);
    std::cerr << "conversation " << conversation.id << '\n';
    for (const auto& message : opts.messages)
    {
        openai::response_create_params turn{.model = opts.model, .input = message, .conversation = conversation.id};
        openai::response response = co_await client.responses.create(turn);
        std::cout << "> " << message << '\n' << response.output_text() << '\n';
    }

    // Every item, page by page.
    auto items = co_await client.conversations.items.list(conversation.id);
    std::size_t count = 0;
    co_await items.for_each_item([&](const openai::conversation_item&) { ++count; });
    std::cout << count << " items in the conversation\n";

    if (!opts.keep)
        co_await client.conversations.del(conversation.id);
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, conversation);
}
