// responses_tools: a function tool round trip through the Responses API. The model asks for the
// tool; the program runs it and sends its output back as an item; the model answers.
//
//   OPENAI_API_KEY=sk-... responses_tools [--model M] [QUESTION...]
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/json.hpp>

#include <iostream>
#include <string>
#include <variant>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: responses_tools [--model M] [QUESTION...]

Asks QUESTION (default: the weather in Paris) with a get_weather function tool; prints each call
the model makes, answers it with a made-up forecast, and prints the model's final answer.

  --model M   the model (default gpt-5-mini)
  --help      show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "gpt-5-mini";
    std::vector<std::string> question;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model))
            continue;
        opts.question.push_back(args.positional());
    }
    if (opts.question.empty())
        opts.question = {"What is the weather in Paris?"};
    return opts;
}

// The tool itself: what a real program would look up.
std::string get_weather(const std::string& arguments)
{
    const auto args = boost::json::parse(arguments);
    const auto* city = args.is_object() ? args.as_object().if_contains("city") : nullptr;
    return "Sunny, 24 C in " + (city && city->is_string() ? std::string(city->as_string()) : std::string("town"));
}

asio::awaitable<void> responses_tools(openai::client& client, options opts)
{
    openai::easy_input_message_param question;
    question.role = "user";
    question.content = example::join(opts.question);
    openai::function_tool_param weather;
    weather.name = "get_weather";
    weather.description = "The current weather in a city.";
    weather.parameters = boost::json::object{
        {"type", "object"},
        {"properties", {{"city", {{"type", "string"}}}}},
        {"required", {"city"}},
        {"additionalProperties", false},
    };
    weather.strict = true;
    openai::response_create_params request{
        .model = opts.model,
        .input = std::vector<openai::response_input_item_param>{question},
        .tools = {weather},
    };
    openai::response called = co_await client.responses.create(request);

    std::vector<openai::response_input_item_param> outputs;
    for (const openai::response_output_item& item : called.output)
    {
        if (const auto* call = std::get_if<openai::response_function_tool_call>(&item))
        {
            std::cout << call->name << '(' << call->arguments << ")\n";
            openai::response_input_item_function_call_output_param result;
            result.call_id = call->call_id;
            result.output = get_weather(call->arguments);
            outputs.emplace_back(result);
        }
    }
    if (outputs.empty())
    {
        std::cout << called.output_text() << '\n';
        co_return;
    }
    openai::response_create_params answer{.model = opts.model, .input = outputs, .previous_response_id = called.id};
    openai::response final = co_await client.responses.create(answer);
    std::cout << final.output_text() << '\n';
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, responses_tools);
}
