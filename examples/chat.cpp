// chat: sends a message to a chat model and prints the reply.
//
//   OPENAI_API_KEY=sk-... chat [--model M] [--system TEXT] MESSAGE...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: chat [--model M] [--system TEXT] MESSAGE...

Sends MESSAGE (the words joined by spaces) to a chat model and prints the reply;
the token usage goes to stderr.

  --model M       the model (default gpt-4o-mini)
  --system TEXT   a system message that comes first
  --help          show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-4o-mini";
    std::optional<std::string> system;
    std::vector<std::string> message;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.option("--system", opts.system))
            continue;
        opts.message.push_back(args.positional());
    }
    if (opts.message.empty())
        opts.message = {"Say hello in one short sentence."};
    return opts;
}

asio::awaitable<void> chat(openai::client& client, options opts)
{
    // Requests are built in a named variable, never inside the co_await expression: g++ 12
    // destroys an aggregate temporary there twice.
    openai::chat_completion_create_params request{.model = opts.model};
    if (opts.system)
        request.messages.emplace_back(openai::system_message(*opts.system));
    request.messages.emplace_back(openai::user_message(example::join(opts.message)));

    openai::chat_completion completion = co_await client.chat.completions.create(std::move(request));

    const openai::chat_completion_message& reply = completion.choices.at(0).message;
    if (reply.content)
        std::cout << *reply.content << '\n';
    else if (reply.refusal)
        std::cout << "(refused) " << *reply.refusal << '\n';
    if (completion.usage)
        std::cerr << "tokens: " << completion.usage->prompt_tokens << " prompt + "
                  << completion.usage->completion_tokens << " completion = " << completion.usage->total_tokens << " ("
                  << completion.model << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, chat);
}
