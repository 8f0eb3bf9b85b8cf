// chat_stream: streams a chat model's reply, printing the tokens as they arrive.
//
//   OPENAI_API_KEY=sk-... chat_stream [--model M] [--system TEXT] MESSAGE...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: chat_stream [--model M] [--system TEXT] MESSAGE...

Streams the reply of a chat model to MESSAGE (the words joined by spaces), printing
each piece as it arrives; the finish reason and token usage go to stderr.

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
        opts.message = {"Tell me a very short story."};
    return opts;
}

asio::awaitable<void> chat_stream(openai::client& client, options opts)
{
    openai::chat_completion_create_params request{.model = opts.model};
    if (opts.system)
        request.messages.emplace_back(openai::system_message(*opts.system));
    request.messages.emplace_back(openai::user_message(example::join(opts.message)));
    request.stream_options = openai::chat_completion_stream_options_param{.include_usage = true};

    auto stream = co_await client.chat.completions.stream(std::move(request));
    while (auto chunk = co_await stream.next())
    {
        for (const auto& choice : chunk->choices)
            std::cout << choice.delta.content.value_or("") << std::flush;
    }
    std::cout << '\n';

    openai::chat_completion final = stream.get_final_completion();
    if (!final.choices.empty())
        std::cerr << "finish reason: " << final.choices[0].finish_reason << '\n';
    if (final.usage)
        std::cerr << "tokens: " << final.usage->prompt_tokens << " prompt + " << final.usage->completion_tokens
                  << " completion = " << final.usage->total_tokens << " (" << final.model << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, chat_stream);
}
