// responses: asks a model through the Responses API, then continues from the answer (the API keeps
// the state, with previous_response_id).
//
//   OPENAI_API_KEY=sk-... responses [--model M] [--follow-up TEXT] MESSAGE...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: responses [--model M] [--follow-up TEXT] MESSAGE...

Sends MESSAGE (the words joined by spaces) to a model and prints its answer; with --follow-up,
sends TEXT as the next turn of the same conversation, kept by the API.

  --model M          the model (default gpt-5-mini)
  --follow-up TEXT   a second turn, continuing from the first answer
  --help             show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-5-mini";
    std::optional<std::string> follow_up;
    std::vector<std::string> message;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.option("--follow-up", opts.follow_up))
            continue;
        opts.message.push_back(args.positional());
    }
    if (opts.message.empty())
        opts.message = {"Write a one-sentence bedtime story about a unicorn."};
    return opts;
}

asio::awaitable<void> responses(openai::client& client, options opts)
{
    openai::response_create_params request{.model = opts.model, .input = example::join(opts.message)};
    openai::response response = co_await client.responses.create(request);
    std::cout << response.output_text() << '\n';
    if (opts.follow_up)
    {
        openai::response_create_params next{
            .model = opts.model,
            .input = *opts.follow_up,
            .previous_response_id = response.id,
        };
        response = co_await client.responses.create(next);
        std::cout << response.output_text() << '\n';
    }
    if (response.usage)
        std::cerr << "tokens: " << response.usage->input_tokens << " in + " << response.usage->output_tokens << " out ("
                  << response.id << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, responses);
}
