// responses_stream: streams a model's answer through the Responses API, printing the text as it
// arrives; the typed events fold into the final response.
//
//   OPENAI_API_KEY=sk-... responses_stream [--model M] MESSAGE...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <iostream>
#include <string>
#include <variant>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: responses_stream [--model M] MESSAGE...

Streams the answer of a model to MESSAGE (the words joined by spaces), printing each piece of
text as it arrives; the number of events and the final status go to stderr.

  --model M   the model (default gpt-5-mini)
  --help      show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-5-mini";
    std::vector<std::string> message;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model))
            continue;
        opts.message.push_back(args.positional());
    }
    if (opts.message.empty())
        opts.message = {"Tell me a very short story."};
    return opts;
}

asio::awaitable<void> responses_stream(openai::client& client, options opts)
{
    openai::response_create_params request{.model = opts.model, .input = example::join(opts.message)};
    auto stream = co_await client.responses.stream(request);
    int events = 0;
    while (auto event = co_await stream.next())
    {
        ++events;
        if (const auto* delta = std::get_if<openai::response_text_delta_event>(&*event))
            std::cout << delta->delta << std::flush;
    }
    std::cout << '\n';
    openai::response final = stream.get_final_response();
    std::cerr << events << " events, status " << final.status.value_or("?") << " (" << final.id << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, responses_stream);
}
