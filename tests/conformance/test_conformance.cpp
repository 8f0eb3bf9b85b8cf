// Conformance: every implemented endpoint against the OpenAI OpenAPI spec, served by the Prism
// mock server (run.sh starts it and sets OPENAI_BASE_URL). Prism validates each request body
// against the operation's schema (a violation is a 422 with a `validation` array) and answers
// with data built from the spec's response schema, which must decode into the typed result.
#include <openai/openai.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace asio = boost::asio;
using namespace std::chrono_literals;

namespace {

constexpr const char* test_key = "sk-conformance-test-key-0000";

// The JSON body the SDK sends for a request, printed when Prism rejects it.
std::string json_of(openai::chat_completion_create_params p)
{
    return "POST /chat/completions " + openai::detail::make_chat_completion_request(std::move(p)).body;
}
std::string json_of(openai::embedding_create_params p)
{
    return "POST /embeddings " + openai::detail::make_embedding_request(std::move(p)).body;
}
std::string json_of(openai::image_generate_params p)
{
    return "POST /images/generations " + openai::detail::make_image_generate_request(std::move(p)).body;
}
std::string json_of(openai::completion_create_params p)
{
    return "POST /completions " + openai::detail::make_completion_request(std::move(p)).body;
}

// One client on its own io_context, aimed at Prism through OPENAI_BASE_URL (the environment
// fallback is part of what is checked). No retries: every answer is seen as Prism sent it.
struct prism
{
    asio::io_context io;
    openai::client client;

    explicit prism(openai::headers default_headers = {})
        : client(io.get_executor(), options(std::move(default_headers)))
    {}

    static openai::client_options options(openai::headers default_headers)
    {
        const char* url = std::getenv("OPENAI_BASE_URL");
        // Without it the client would go to api.openai.com: refuse rather than leak requests.
        if (!url || !*url)
            throw std::runtime_error("OPENAI_BASE_URL is not set: run these tests through tests/conformance/run.sh");
        return {.api_key = test_key, .timeout = 30s, .max_retries = 0, .default_headers = std::move(default_headers)};
    }

    template <class T>
    T run(asio::awaitable<T> call)
    {
        std::optional<T> result;
        std::exception_ptr failure;
        asio::co_spawn(io, std::move(call), [&](std::exception_ptr e, T value) {
            failure = e;
            if (!e)
                result = std::move(value);
        });
        io.run();
        io.restart();
        if (failure)
            std::rethrow_exception(failure);
        return std::move(*result);
    }

    // Runs a call that completes without a result (responses.del).
    void run_void(asio::awaitable<void> call)
    {
        std::exception_ptr failure;
        asio::co_spawn(io, std::move(call), [&](std::exception_ptr e) { failure = e; });
        io.run();
        io.restart();
        if (failure)
            std::rethrow_exception(failure);
    }

    // Runs a call Prism must accept; anything else fails the test case with Prism's own words
    // and the request that was sent.
    template <class T>
    T accepted(asio::awaitable<T> call, const std::string& request)
    {
        try
        {
            return run(std::move(call));
        }
        catch (const openai::api_status_error& e)
        {
            FAIL("Prism rejected the request with status " << e.status_code() << ": " << e.message() << "\n  answer:  "
                                                           << e.body() << "\n  request: " << request);
            throw;
        }
        catch (const openai::api_response_validation_error& e)
        {
            FAIL("the answer did not decode: " << e.what() << "\n  answer:  " << e.body()
                                               << "\n  request: " << request);
            throw;
        }
    }

    // Runs a call that must fail with exactly E; returns the exception for further checks.
    template <class E, class T>
    E rejected(asio::awaitable<T> call, const char* expected)
    {
        try
        {
            run(std::move(call));
        }
        catch (const E& e)
        {
            return e;
        }
        catch (const std::exception& e)
        {
            FAIL("expected " << expected << ", got: " << e.what());
            throw;
        }
        FAIL("expected " << expected << ", but Prism accepted the request");
        throw std::logic_error("unreachable");
    }
};

// What every chat completion from Prism holds: the spec's example, fully decoded.
void check_chat_completion(const openai::chat_completion& c)
{
    CHECK(c.raw_response.status_code() == 200);
    CHECK_FALSE(c.id.empty());
    CHECK(c.object == "chat.completion");
    CHECK_FALSE(c.model.empty());
    REQUIRE_FALSE(c.choices.empty());
    const auto& choice = c.choices[0];
    CHECK_FALSE(choice.finish_reason.empty());
    CHECK(choice.message.role == "assistant");
    CHECK(choice.message.content.has_value());
    CHECK(c.usage.has_value());
}

openai::function_definition weather_function()
{
    boost::json::object parameters = {
        {"type", "object"},
        {"properties", {{"city", {{"type", "string"}}}, {"unit", {{"type", "string"}, {"enum", {"c", "f"}}}}}},
        {"required", {"city", "unit"}},
        {"additionalProperties", false},
    };
    return {.name = "get_weather",
            .description = "The current weather in a city.",
            .parameters = std::move(parameters),
            .strict = true};
}

// A function tool, a custom tool taking free text and a custom tool bound by a grammar.
std::vector<openai::chat_completion_tool_union_param> all_tools()
{
    openai::chat_completion_tool_param function{.function = weather_function()};
    openai::chat_completion_custom_tool_param free_text{
        .custom = {.name = "run_sql",
                   .description = "Runs a SQL query.",
                   .format = openai::chat_completion_custom_tool_param_format{}}};
    openai::chat_completion_custom_tool_param grammar{
        .custom = {.name = "pick_colour",
                   .format = openai::chat_completion_custom_tool_param_format{
                       .type = "grammar",
                       .grammar = openai::chat_completion_custom_tool_param_grammar{.definition = "^(red|green|blue)$",
                                                                                    .syntax = "regex"}}}};
    return {function, free_text, grammar};
}

openai::chat_completion_create_params simple_chat(std::string text)
{
    return {.model = "gpt-4o-mini", .messages = {openai::user_message(std::move(text))}};
}

}  // namespace

TEST_SUITE_BEGIN("conformance");

// ---------------------------------------------------------------------------------------------
// Chat completions

TEST_CASE("chat.completions.create: a plain request, and every field of the answer decodes")
{
    prism p;
    CHECK(p.client.base_url().starts_with("http://127.0.0.1:"));
    auto request = simple_chat("Say this is a test");
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);

    const auto& message = c.choices.at(0).message;
    CHECK(message.refusal.has_value());
    REQUIRE(message.tool_calls.size() == 1);
    CHECK(message.tool_calls[0].type == "function");
    CHECK_FALSE(message.tool_calls[0].function.name.empty());
    REQUIRE(message.annotations.size() == 1);
    CHECK(message.annotations[0].type == "url_citation");
    CHECK_FALSE(message.annotations[0].url_citation.url.empty());
    CHECK(message.function_call.has_value());
    REQUIRE(message.audio.has_value());
    CHECK_FALSE(message.audio->id.empty());
    REQUIRE(c.choices[0].logprobs.has_value());
    REQUIRE(c.choices[0].logprobs->content.has_value());
    REQUIRE_FALSE(c.choices[0].logprobs->content->empty());
    CHECK_FALSE(c.choices[0].logprobs->content->at(0).top_logprobs.empty());
    REQUIRE(c.usage.has_value());
    CHECK(c.usage->completion_tokens_details.has_value());
    CHECK(c.usage->prompt_tokens_details.has_value());
    CHECK(c.service_tier.has_value());
    CHECK(c.system_fingerprint.has_value());
    CHECK_FALSE(c.metadata.empty());
    CHECK(c.moderation.has_value());
}

TEST_CASE("chat.completions.create: every optional parameter at once")
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o-audio-preview",
        .messages = {openai::developer_message("Answer briefly."), openai::user_message("Rewrite the file.")},
        .audio = openai::chat_completion_audio_param{.format = "wav", .voice = "alloy"},
        .frequency_penalty = 0.5,
        .function_call = openai::chat_completion_function_call_option_param{.name = "get_weather"},
        .functions = {weather_function()},
        .logit_bias = {{"50256", -100}, {"1734", 5}},
        .logprobs = true,
        .max_completion_tokens = 256,
        .max_tokens = 256,
        .metadata = {{"purpose", "conformance"}},
        .modalities = {"text", "audio"},
        .moderation = boost::json::object{{"model", "omni-moderation-latest"}},
        .n = 2,
        .parallel_tool_calls = false,
        .prediction = openai::chat_completion_prediction_content_param{.content = "int main() {}"},
        .presence_penalty = -0.5,
        .prompt_cache_key = "conformance",
        .prompt_cache_options = boost::json::object{{"mode", "explicit"}, {"ttl", "30m"}},
        .prompt_cache_retention = "24h",
        .reasoning_effort = "low",
        .response_format = openai::response_format_text{},
        .safety_identifier = "user-1234",
        .seed = 42,
        .service_tier = "auto",
        .stop = std::vector<std::string>{"\n\n", "END"},
        .store = true,
        // Neither `stream` nor `stream_options`: create() never streams (stream() does), and
        // the API refuses stream_options without stream.
        .temperature = 0.2,
        .tool_choice = openai::chat_completion_tool_choice_option_param{"auto"},
        .tools = all_tools(),
        .top_logprobs = 3,
        .top_p = 0.9,
        .user = "user-1234",
        .verbosity = "low",
        .web_search_options =
            openai::chat_completion_web_search_options{
                .search_context_size = "low",
                .user_location =
                    openai::chat_completion_web_search_user_location{.approximate = {.city = "Paris",
                                                                                     .country = "FR",
                                                                                     .region = "Ile-de-France",
                                                                                     .timezone = "Europe/Paris"}}},
    };
    SUBCASE("a built-in voice and predicted text") {}
    SUBCASE("a custom voice and predicted text parts")
    {
        request.audio->voice = boost::json::object{{"id", "voice_1234"}};
        request.prediction->content = std::vector<openai::chat_completion_content_part_text_param>{
            openai::text_part("int main()"), openai::text_part("{}")};
    }
    prism p;
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);
}

TEST_CASE("chat.completions.create: tools with each tool_choice")
{
    auto request = simple_chat("What is the weather in Paris?");
    request.tools = all_tools();
    SUBCASE("auto")
    {
        request.tool_choice = openai::chat_completion_tool_choice_option_param{"auto"};
    }
    SUBCASE("none")
    {
        request.tool_choice = openai::chat_completion_tool_choice_option_param{"none"};
    }
    SUBCASE("required")
    {
        request.tool_choice = openai::chat_completion_tool_choice_option_param{"required"};
    }
    SUBCASE("a named function")
    {
        request.tool_choice = openai::chat_completion_named_tool_choice_param{.function = {.name = "get_weather"}};
    }
    SUBCASE("a named custom tool")
    {
        request.tool_choice = openai::chat_completion_named_tool_choice_custom_param{.custom = {.name = "run_sql"}};
    }
    SUBCASE("allowed tools")
    {
        request.tool_choice = openai::chat_completion_allowed_tool_choice_param{
            .allowed_tools = {
                .mode = "required",
                .tools = {boost::json::object{{"type", "function"}, {"function", {{"name", "get_weather"}}}}}}};
    }
    SUBCASE("the deprecated functions and function_call")
    {
        // weather_function() sets `strict`, which the spec's ChatCompletionFunctions (the items
        // of `functions`) does not declare; Prism lets it pass, as that schema allows extras.
        request.tools.clear();
        request.functions = {weather_function()};
        request.function_call = std::string("auto");
    }
    prism p;
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);
    CHECK_FALSE(c.choices.at(0).message.tool_calls.empty());
}

TEST_CASE("chat.completions.create: response formats")
{
    auto request = simple_chat("Name a colour.");
    SUBCASE("json_schema")
    {
        boost::json::object schema = {
            {"type", "object"},
            {"properties", {{"colour", {{"type", "string"}}}}},
            {"required", {"colour"}},
            {"additionalProperties", false},
        };
        request.response_format = openai::response_format_json_schema{
            .json_schema = {
                .name = "colour", .description = "One colour.", .schema = std::move(schema), .strict = true}};
    }
    SUBCASE("json_object")
    {
        request.response_format = openai::response_format_json_object{};
    }
    SUBCASE("text")
    {
        request.response_format = openai::response_format_text{};
    }
    prism p;
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);
}

TEST_CASE("chat.completions.create: user content parts (text, image URL with each detail, audio, file)")
{
    auto cached = openai::text_part("A long shared preamble.");
    cached.prompt_cache_breakpoint = boost::json::object{{"mode", "explicit"}};
    std::vector<openai::chat_completion_content_part_param> parts = {
        cached,
        openai::text_part("What is in these images?"),
        openai::image_part("https://example.com/otter.png"),
        openai::image_part("https://example.com/otter.png", "low"),
        openai::image_part("https://example.com/otter.png", "high"),
        openai::image_part("data:image/png;base64,iVBORw0KGgo=", "auto"),
        openai::chat_completion_content_part_input_audio_param{.input_audio = {.data = "UklGRg==", .format = "wav"}},
        openai::chat_completion_content_part_file_param{.file = {.file_id = "file-abc123"}},
        openai::chat_completion_content_part_file_param{
            .file = {.file_data = "data:application/pdf;base64,JVBERi0=", .filename = "otter.pdf"}},
    };
    auto request = simple_chat("");
    request.model = "gpt-4o";
    request.messages = {openai::user_message(std::move(parts))};
    prism p;
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);
}

TEST_CASE("chat.completions.create: a message of each role")
{
    openai::chat_completion_assistant_message_param calls{
        .tool_calls = {
            {.id = "call_1", .function = {.arguments = R"({"city":"Paris","unit":"c"})", .name = "get_weather"}},
            {.id = "call_2",
             .type = "custom",
             .custom = openai::chat_completion_message_custom_tool_call_custom{.input = "SELECT 1", .name = "run_sql"}},
        }};
    std::vector<openai::chat_completion_content_part_text_param> text_parts = {openai::text_part("Answer in French.")};
    std::vector<openai::chat_completion_assistant_content_part_param> assistant_parts = {
        openai::text_part("I cannot help with that."),
        openai::chat_completion_content_part_refusal_param{.refusal = "Declined."}};

    auto request = simple_chat("");
    request.tools = all_tools();
    request.messages = {
        openai::system_message("Be brief."),
        openai::chat_completion_system_message_param{.content = text_parts, .name = "rules"},
        openai::developer_message("Use the tools."),
        openai::chat_completion_developer_message_param{.content = text_parts, .name = "house_style"},
        openai::chat_completion_user_message_param{.content = "What is the weather in Paris?", .name = "alice"},
        calls,
        openai::tool_message(R"({"celsius":21})", "call_1"),
        openai::chat_completion_tool_message_param{.content = text_parts, .tool_call_id = "call_2"},
        openai::chat_completion_function_message_param{.content = "21", .name = "get_weather"},
        openai::assistant_message("It is 21 degrees."),
        openai::chat_completion_assistant_message_param{
            .content = assistant_parts, .refusal = "Declined.", .name = "bot"},
        openai::chat_completion_assistant_message_param{
            .audio = openai::chat_completion_assistant_message_param_audio{.id = "audio_abc123"}},
        openai::chat_completion_assistant_message_param{
            .function_call = openai::chat_completion_message_function_call{.arguments = "{}", .name = "get_weather"}},
    };
    prism p;
    auto c = p.accepted(p.client.chat.completions.create(request), json_of(request));
    check_chat_completion(c);

    // The reply sent back as history, with a tool result for each of its calls.
    auto follow_up = simple_chat("What is the weather in Paris?");
    follow_up.tools = all_tools();
    follow_up.messages.push_back(openai::assistant_message(c.choices.at(0).message));
    for (const auto& call : c.choices.at(0).message.tool_calls)
        follow_up.messages.push_back(openai::tool_message("21", call.id));
    auto again = p.accepted(p.client.chat.completions.create(follow_up), json_of(follow_up));
    check_chat_completion(again);
}

// ---------------------------------------------------------------------------------------------
// Embeddings

TEST_CASE("embeddings.create: each input form and option")
{
    openai::embedding_create_params request{.model = "text-embedding-3-small", .input = "The food was delicious"};
    SUBCASE("a string") {}
    SUBCASE("an array of strings")
    {
        request.input = std::vector<std::string>{"The food", "was delicious"};
    }
    SUBCASE("tokens")
    {
        request.input = std::vector<std::int64_t>{1820, 25, 1195};
    }
    SUBCASE("an array of token arrays")
    {
        request.input = std::vector<std::vector<std::int64_t>>{{1820, 25}, {1195}};
    }
    SUBCASE("dimensions and user")
    {
        request.dimensions = 256;
        request.user = "user-1234";
    }
    SUBCASE("encoding_format float")
    {
        request.encoding_format = "float";
    }
    SUBCASE("encoding_format base64")
    {
        request.encoding_format = "base64";
    }

    prism p;
    auto e = p.accepted(p.client.embeddings.create(request), json_of(request));
    CHECK(e.raw_response.status_code() == 200);
    CHECK(e.object == "list");
    CHECK_FALSE(e.model.empty());
    REQUIRE(e.data.size() == 1);
    CHECK(e.data[0].object == "embedding");
    // Prism answers the spec's example whatever the encoding asked: it does not encode base64,
    // and the spec's response schema only describes a float array. So every encoding (and the
    // SDK's default, base64) must read that array. Decoding real base64 is covered by the unit
    // and integration tests.
    const boost::json::value answer = e.raw_response.json();  // json() parses anew: keep it alive
    const auto& raw = answer.at("data").at(0).at("embedding");
    REQUIRE(raw.is_array());
    REQUIRE(e.data[0].embedding.size() == 1);
    // The example is -2^128, just beyond float range (FLT_MAX is (2 - 2^-23) * 2^127): as a
    // float32 it rounds to -infinity, as IEEE 754 says.
    CHECK(raw.at(0).to_number<double>() == -std::ldexp(1.0, 128));
    CHECK(e.data[0].embedding[0] == -std::numeric_limits<float>::infinity());
}

// ---------------------------------------------------------------------------------------------
// Images

TEST_CASE("images.generate: every parameter")
{
    openai::image_generate_params request{
        .prompt = "A cute baby sea otter",
        .background = "transparent",
        .model = "gpt-image-1",
        .moderation = "low",
        .n = 2,
        .output_compression = 80,
        .output_format = "webp",
        .partial_images = 0,
        .quality = "high",
        .response_format = "b64_json",
        .size = "1536x1024",
        .stream = false,
        .style = "vivid",
        .user = "user-1234",
    };
    SUBCASE("a GPT image model") {}
    SUBCASE("the prompt alone")
    {
        request = openai::image_generate_params{.prompt = "A cute baby sea otter"};
    }
    prism p;
    auto images = p.accepted(p.client.images.generate(request), json_of(request));
    CHECK(images.raw_response.status_code() == 200);
    REQUIRE_FALSE(images.data.empty());
    CHECK(images.data[0].url.has_value());
    CHECK(images.data[0].b64_json.has_value());
    CHECK(images.data[0].revised_prompt.has_value());
    REQUIRE(images.usage.has_value());
    CHECK(images.usage->output_tokens_details.has_value());
    CHECK(images.background.has_value());
    CHECK(images.output_format.has_value());
    CHECK(images.quality.has_value());
    CHECK(images.size.has_value());
    // The spec's example b64_json is the word "string", which is not base64 of an image: the
    // SDK must say so rather than return garbage.
    CHECK_THROWS_AS(images.data[0].decode_b64_json(), openai::error);
}

// ---------------------------------------------------------------------------------------------
// Models

TEST_CASE("models.list, retrieve and del")
{
    prism p;
    auto page = p.accepted(p.client.models.list(), "GET /models");
    CHECK(page.raw_response.status_code() == 200);
    CHECK(page.object == "list");
    REQUIRE_FALSE(page.data.empty());
    CHECK_FALSE(page.data[0].id.empty());
    CHECK(page.data[0].object == "model");
    CHECK_FALSE(page.data[0].owned_by.empty());

    auto model = p.accepted(p.client.models.retrieve("gpt-4o-mini"), "GET /models/gpt-4o-mini");
    CHECK_FALSE(model.id.empty());
    CHECK(model.object == "model");
    CHECK(model.shutdown_date.has_value());

    // A fine-tuned model's ID, colons and all, still routes to DELETE /models/{model}.
    auto gone =
        p.accepted(p.client.models.del("ft:gpt-4o-mini:acme:demo:1"), "DELETE /models/ft:gpt-4o-mini:acme:demo:1");
    CHECK_FALSE(gone.id.empty());
    CHECK(gone.deleted);
}

// ---------------------------------------------------------------------------------------------
// Legacy completions

TEST_CASE("completions.create: each prompt form and every parameter")
{
    openai::completion_create_params request{.model = "gpt-3.5-turbo-instruct", .prompt = "Say this is a test"};
    SUBCASE("a string") {}
    SUBCASE("an array of strings")
    {
        request.prompt = std::vector<std::string>{"Say this", "Say that"};
    }
    SUBCASE("tokens")
    {
        request.prompt = std::vector<std::int64_t>{1820, 25, 1195};
    }
    SUBCASE("an array of token arrays")
    {
        request.prompt = std::vector<std::vector<std::int64_t>>{{1820, 25}, {1195}};
    }
    SUBCASE("every parameter")
    {
        request.best_of = 2;
        request.echo = true;
        request.frequency_penalty = 0.5;
        request.logit_bias = {{"50256", -100}};
        request.logprobs = 2;
        request.max_tokens = 16;
        request.n = 2;
        request.presence_penalty = -0.5;
        request.seed = 42;
        request.stop = std::string("\n");
        request.suffix = "\n-- end";
        request.temperature = 0.2;
        request.top_p = 0.9;
        request.user = "user-1234";
    }
    prism p;
    auto c = p.accepted(p.client.completions.create(request), json_of(request));
    CHECK(c.raw_response.status_code() == 200);
    CHECK_FALSE(c.id.empty());
    CHECK(c.object == "text_completion");
    REQUIRE_FALSE(c.choices.empty());
    CHECK_FALSE(c.choices[0].text.empty());
    CHECK_FALSE(c.choices[0].finish_reason.empty());
    REQUIRE(c.choices[0].logprobs.has_value());
    CHECK_FALSE(c.choices[0].logprobs->tokens.empty());
    CHECK(c.usage.has_value());
}

// ---------------------------------------------------------------------------------------------
// Random answers

TEST_CASE("random schema-valid answers decode (Prefer: dynamic=true)")
{
    // Prism then builds each answer at random from the spec's response schema: nulls where the
    // schema allows them, any enum value, empty or long arrays, and invented extra properties.
    // Each must decode; a failure prints the answer that did not.
    prism p({{"Prefer", "dynamic=true"}});
    auto chat = simple_chat("Hi");
    openai::embedding_create_params embedding{.model = "text-embedding-3-small", .input = "food"};
    openai::image_generate_params image{.prompt = "otter"};
    openai::completion_create_params legacy{.model = "gpt-3.5-turbo-instruct", .prompt = "Say this"};
    int random_ids = 0;  // proves the answers were random, not the spec's examples
    for (int i = 0; i < 25; ++i)
    {
        CAPTURE(i);
        if (p.accepted(p.client.chat.completions.create(chat), json_of(chat)).id != "string")
            ++random_ids;
        p.accepted(p.client.embeddings.create(embedding), json_of(embedding));
        p.accepted(p.client.images.generate(image), json_of(image));
        p.accepted(p.client.completions.create(legacy), json_of(legacy));
        p.accepted(p.client.models.list(), "GET /models");
        p.accepted(p.client.models.retrieve("gpt-4o-mini"), "GET /models/gpt-4o-mini");
        p.accepted(p.client.models.del("ft:gpt-4o-mini:acme:demo:1"), "DELETE /models/ft:gpt-4o-mini:acme:demo:1");
    }
    CHECK(random_ids > 0);
}

// ---------------------------------------------------------------------------------------------
// Error paths

TEST_CASE("a 429 maps to rate_limit_error with its retry-after header")
{
    auto request = simple_chat("Hi");
    request.options.extra_headers = {{"Prefer", "code=429"}};
    prism p;
    auto e = p.rejected<openai::rate_limit_error>(p.client.chat.completions.create(request), "rate_limit_error");
    CHECK(e.status_code() == 429);
    CHECK(e.error_code() == openai::make_error_code(openai::api_errc::rate_limit));  // not quota_exceeded
    CHECK(e.headers().find("retry-after").value_or("") == "1");
    CHECK_FALSE(e.message().empty());

    SUBCASE("a retry waits the second retry-after asks for")
    {
        request.options.max_retries = 1;
        auto start = std::chrono::steady_clock::now();
        p.rejected<openai::rate_limit_error>(p.client.chat.completions.create(request), "rate_limit_error");
        CHECK(std::chrono::steady_clock::now() - start >= 950ms);
    }
}

TEST_CASE("a request without a valid Bearer token maps to authentication_error")
{
    // The client refuses to be built without a key, so the header is replaced per request.
    auto request = simple_chat("Hi");
    SUBCASE("empty")
    {
        request.options.extra_headers = {{"Authorization", ""}};
    }
    SUBCASE("another scheme")
    {
        request.options.extra_headers = {{"Authorization", "Basic c2stdGVzdDo="}};
    }
    SUBCASE("lower-case bearer")
    {
        request.options.extra_headers = {{"Authorization", std::string("bearer ") + test_key}};
    }
    prism p;
    auto e =
        p.rejected<openai::authentication_error>(p.client.chat.completions.create(request), "authentication_error");
    CHECK(e.status_code() == 401);
    CHECK(e.headers().find("www-authenticate").value_or("") == "Bearer");
    // Prism's problem+json title and detail become the message.
    CHECK(e.message().find("Invalid security scheme used") != std::string::npos);
}

TEST_CASE("a body that violates the schema maps to unprocessable_entity_error with Prism's reason")
{
    auto request = simple_chat("Hi");
    std::string reason;
    SUBCASE("temperature as a string")
    {
        request.options.extra_body = {{"temperature", "hot"}};
        reason = "Request body property temperature must be number";
    }
    SUBCASE("n as a string")
    {
        request.options.extra_body = {{"n", "two"}};
        reason = "Request body property n must be integer";
    }
    SUBCASE("no messages")
    {
        request.messages.clear();
        reason = "messages";
    }
    SUBCASE("an unknown role")
    {
        request.options.extra_body = {{"messages", {{{"role", "narrator"}, {"content", "Once upon a time"}}}}};
        reason = "Request body property messages.0.role must be equal to one of the allowed values";
    }
    prism p;
    auto e = p.rejected<openai::unprocessable_entity_error>(p.client.chat.completions.create(request),
                                                            "unprocessable_entity_error");
    CHECK(e.status_code() == 422);
    INFO("message: " << e.message());
    CHECK(e.message().find(reason) != std::string::npos);
    CHECK(e.body().find("\"validation\"") != std::string::npos);
}

TEST_CASE("embeddings refuse an unknown body field (additionalProperties: false)")
{
    openai::embedding_create_params request{.model = "text-embedding-3-small", .input = "food"};
    request.options.extra_body = {{"top_k", 40}};
    prism p;
    auto e = p.rejected<openai::unprocessable_entity_error>(p.client.embeddings.create(request),
                                                            "unprocessable_entity_error");
    INFO("message: " << e.message());
    CHECK(e.message().find("top_k") != std::string::npos);
}

TEST_SUITE_END();

// ---------------------------------------------------------------------------------------------
// Responses and Conversations

namespace {

std::string json_of(const openai::response_create_params& p)
{
    return "POST /responses " + openai::detail::make_response_create_request(p, false).body;
}

openai::function_tool_param weather_tool()
{
    openai::function_tool_param tool;
    tool.name = "get_weather";
    tool.description = "The current weather in a city.";
    tool.parameters = boost::json::object{
        {"type", "object"},
        {"properties", {{"city", {{"type", "string"}}}}},
        {"required", {"city"}},
        {"additionalProperties", false},
    };
    tool.strict = true;
    return tool;
}

// Input items of several kinds: an easy message, a function call and its output. (A message of
// content parts is valid for the API but matches two alternatives of the spec's `oneOf`, EasyInputMessage
// and InputMessage, which Prism refuses: the unit tests cover its JSON.)
std::vector<openai::response_input_item_param> mixed_input()
{
    openai::easy_input_message_param easy;
    easy.role = "user";
    easy.content = "What is the weather in Paris?";
    openai::response_function_tool_call_param call;
    call.call_id = "call_1";
    call.name = "get_weather";
    call.arguments = R"({"city":"Paris"})";
    openai::response_input_item_function_call_output_param output;
    output.call_id = "call_1";
    output.output = "Sunny, 24 C";
    return {easy, call, output};
}

void check_response(const openai::response& r)
{
    CHECK(r.raw_response.status_code() == 200);
    CHECK_FALSE(r.id.empty());
    CHECK(r.object == "response");
}

}  // namespace

TEST_CASE("responses.create: a plain request, and the answer decodes")
{
    prism p;
    openai::response_create_params request{.model = "gpt-5-mini", .input = "Hello"};
    check_response(p.accepted(p.client.responses.create(request), json_of(request)));
}

TEST_CASE("responses.create: items, tools, tool_choice and the optional parameters")
{
    prism p;
    openai::reasoning_param reasoning;
    reasoning.effort = "low";
    reasoning.summary = "auto";
    openai::response_format_text_json_schema_config_param schema;
    schema.name = "weather";
    schema.schema = {{"type", "object"}, {"properties", boost::json::object{}}};
    schema.strict = true;
    openai::response_text_config_param text;
    text.format = schema;
    text.verbosity = "low";
    openai::file_search_tool_param file_search;
    file_search.vector_store_ids = {"vs_1"};
    file_search.max_num_results = 5;
    openai::web_search_tool_param web_search;
    openai::tool_choice_function_param choice;
    choice.name = "get_weather";
    openai::response_create_params request{
        .model = "gpt-5-mini",
        .input = mixed_input(),
        .background = false,
        .include = {"reasoning.encrypted_content"},
        .instructions = "Be brief.",
        .max_output_tokens = 256,
        .max_tool_calls = 3,
        .metadata = {{"purpose", "conformance"}},
        .parallel_tool_calls = true,
        .previous_response_id = "resp_123",
        .prompt_cache_key = "cache-key",
        .reasoning = reasoning,
        .safety_identifier = "user-hash",
        .service_tier = "auto",
        .store = true,
        .temperature = 0.5,
        .text = text,
        .tool_choice = choice,
        .tools = {weather_tool(), file_search, web_search},
        .top_logprobs = 2,
        .top_p = 0.9,
        .truncation = "auto",
        .user = "user-1",
    };
    check_response(p.accepted(p.client.responses.create(request), json_of(request)));

    // tool_choice as a string.
    request.tool_choice = std::string("required");
    check_response(p.accepted(p.client.responses.create(request), json_of(request)));
}

TEST_CASE("responses: retrieve, cancel, delete, input_items, input_tokens, compact")
{
    prism p;
    openai::response_retrieve_params retrieve;
    retrieve.include = {"message.output_text.logprobs"};
    check_response(p.accepted(p.client.responses.retrieve("resp_123", retrieve), "GET /responses/resp_123"));
    check_response(p.accepted(p.client.responses.cancel("resp_123"), "POST /responses/resp_123/cancel"));
    p.run_void(p.client.responses.del("resp_123"));

    openai::input_item_list_params list;
    list.limit = 2;
    list.order = "asc";
    list.after = "msg_1";
    list.include = {"file_search_call.results"};
    auto items =
        p.accepted(p.client.responses.input_items.list("resp_123", list), "GET /responses/resp_123/input_items");
    CHECK(items.object == "list");

    openai::input_token_count_params count{.model = "gpt-5-mini", .input = mixed_input(), .instructions = "Be brief."};
    count.tools = {weather_tool()};
    auto tokens = p.accepted(p.client.responses.input_tokens.count(count), "POST /responses/input_tokens");
    CHECK(tokens.raw_response.status_code() == 200);

    openai::response_compact_params compact{.model = "gpt-5-mini", .input = mixed_input()};
    auto compacted = p.accepted(p.client.responses.compact(compact), "POST /responses/compact");
    CHECK(compacted.raw_response.status_code() == 200);
}

TEST_CASE("conversations and their items")
{
    prism p;
    openai::conversation_create_params create;
    create.items = mixed_input();
    create.metadata = {{"topic", "weather"}};
    auto conversation = p.accepted(p.client.conversations.create(create), "POST /conversations");
    CHECK_FALSE(conversation.id.empty());
    p.accepted(p.client.conversations.retrieve("conv_123"), "GET /conversations/conv_123");
    openai::conversation_update_params update;
    update.metadata = {{"topic", "travel"}};
    p.accepted(p.client.conversations.update("conv_123", update), "POST /conversations/conv_123");
    auto deleted = p.accepted(p.client.conversations.del("conv_123"), "DELETE /conversations/conv_123");
    CHECK(deleted.raw_response.status_code() == 200);

    openai::item_create_params add;
    add.items = mixed_input();
    add.include = std::vector<std::string>{"message.output_text.logprobs"};  // in the query
    p.accepted(p.client.conversations.items.create("conv_123", add), "POST /conversations/conv_123/items");
    openai::item_list_params list;
    list.limit = 10;
    list.order = "desc";
    list.include = {"message.input_image.image_url"};
    auto page = p.accepted(p.client.conversations.items.list("conv_123", list), "GET /conversations/conv_123/items");
    CHECK(page.object == "list");
    openai::item_retrieve_params retrieve;
    retrieve.include = {"message.input_image.image_url"};
    p.accepted(p.client.conversations.items.retrieve("conv_123", "msg_1", retrieve),
               "GET /conversations/conv_123/items/msg_1");
    p.accepted(p.client.conversations.items.del("conv_123", "msg_1"), "DELETE /conversations/conv_123/items/msg_1");
}
