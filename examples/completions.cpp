// completions: the legacy completions endpoint: continues a prompt.
//
//   OPENAI_API_KEY=sk-... completions [--model M] [--max-tokens N] PROMPT
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: completions [--model M] [--max-tokens N] PROMPT

Sends PROMPT (the words joined by spaces) to the legacy completions endpoint and
prints the completion text; the token usage goes to stderr.

  --model M        the model (default gpt-3.5-turbo-instruct)
  --max-tokens N   the most tokens to generate (the API's default is 16)
  --help           show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-3.5-turbo-instruct";
    std::optional<std::int64_t> max_tokens;
    std::vector<std::string> prompt;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.option("--max-tokens", opts.max_tokens, 1, 1'000'000))
            continue;
        opts.prompt.push_back(args.positional());
    }
    if (opts.prompt.empty())
        opts.prompt = {"Write a tagline for an ice cream shop:"};
    return opts;
}

asio::awaitable<void> complete(openai::client& client, options opts)
{
    // Requests are built in a named variable, never inside the co_await expression: g++ 12
    // destroys an aggregate temporary there twice.
    openai::completion_create_params request{
        .model = opts.model, .prompt = example::join(opts.prompt), .max_tokens = opts.max_tokens};

    openai::completion completion = co_await client.completions.create(std::move(request));

    const openai::completion_choice& choice = completion.choices.at(0);
    std::cout << choice.text << '\n';
    if (choice.finish_reason == "length")
        std::cerr << "(stopped at the token limit: raise --max-tokens for more)\n";
    if (completion.usage)
        std::cerr << "tokens: " << completion.usage->prompt_tokens << " prompt + "
                  << completion.usage->completion_tokens << " completion = " << completion.usage->total_tokens << " ("
                  << completion.model << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, complete);
}
