// The typed chat completions request and response: JSON shape of requests, parsing of responses.
#include <openai/types/chat.hpp>

#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <string>
#include <variant>

namespace {

namespace json = boost::json;
using openai::detail::from_json;
using openai::detail::read_error;
using openai::detail::to_json;

// Compares JSON values and prints both sides on failure.
#define CHECK_JSON(actual, expected_text)                                                                              \
    do                                                                                                                 \
    {                                                                                                                  \
        const json::value actual_value_ = (actual);                                                                    \
        const json::value expected_value_ = json::parse(expected_text);                                                \
        INFO("actual:   " << json::serialize(actual_value_));                                                          \
        INFO("expected: " << json::serialize(expected_value_));                                                        \
        CHECK(actual_value_ == expected_value_);                                                                       \
    } while (false)

template <class T>
T parse_ok(const char* text)
{
    T out{};
    read_error err;
    const bool ok = from_json(json::parse(text), out, err);
    INFO(err.to_string());
    REQUIRE(ok);
    return out;
}

template <class T>
read_error parse_fail(const char* text)
{
    T out{};
    read_error err;
    CHECK_FALSE(from_json(json::parse(text), out, err));
    return err;
}

json::object weather_schema()
{
    return json::parse(R"({"type": "object",
                           "properties": {"location": {"type": "string"}},
                           "required": ["location"]})")
        .as_object();
}

}  // namespace

TEST_CASE("minimal request has exactly model and messages")
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o-mini",
        .messages =
            {
                openai::system_message("You are a poetic assistant."),
                openai::user_message("Compose a poem that explains recursion."),
            },
    };
    CHECK_JSON(to_json(request), R"({
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "You are a poetic assistant."},
            {"role": "user", "content": "Compose a poem that explains recursion."}
        ]})");
    CHECK(to_json(request).as_object().size() == 2);
}

TEST_CASE("options are not serialized")
{
    openai::chat_completion_create_params request{.model = "m", .messages = {openai::user_message("hi")}};
    request.options.max_retries = 5;
    request.options.extra_body["top_k"] = 40;
    request.options.extra_headers.insert("X-Test", "1");
    CHECK_JSON(to_json(request), R"({"model": "m", "messages": [{"role": "user", "content": "hi"}]})");
}

TEST_CASE("designated initializers of common parameters")
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o",
        .messages = {openai::user_message("Weather in Paris?")},
        .response_format = openai::response_format_json_object{},
        .stop = "END",
        .temperature = 0.2,
        .tool_choice = "auto",
        .tools = {openai::chat_completion_tool_param{
            .function = {.name = "get_weather", .parameters = weather_schema()}}},
    };
    CHECK_JSON(to_json(request), R"({
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Weather in Paris?"}],
        "response_format": {"type": "json_object"},
        "stop": "END",
        "temperature": 0.2,
        "tool_choice": "auto",
        "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {
            "type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}}]
        })");
}

namespace {

// A request with every body parameter set, and its expected JSON.
openai::chat_completion_create_params full_request()
{
    return openai::chat_completion_create_params{
        .model = "gpt-4o",
        .messages =
            {
                openai::developer_message("Be brief."),
                openai::user_message(
                    {openai::text_part("What is this?"), openai::image_part("https://example.com/a.png", "low")}),
            },
        .audio = openai::chat_completion_audio_param{.format = "wav", .voice = "alloy"},
        .frequency_penalty = 0.5,
        .function_call = "auto",
        .functions = {openai::function_definition{.name = "legacy", .description = "old style"}},
        .logit_bias = {{"50256", -100}, {"1234", 5}},
        .logprobs = true,
        .max_completion_tokens = 1000,
        .max_tokens = 500,
        .metadata = {{"project", "demo"}},
        .modalities = {"text", "audio"},
        .moderation = json::object{{"model", "omni-moderation-latest"}},
        .n = 2,
        .parallel_tool_calls = false,
        .prediction = openai::chat_completion_prediction_content_param{.content = "predicted text"},
        .presence_penalty = -0.5,
        .prompt_cache_key = "cache-key",
        .prompt_cache_options = json::object{{"mode", "explicit"}, {"ttl", "30m"}},
        .prompt_cache_retention = "24h",
        .reasoning_effort = "low",
        .response_format =
            openai::response_format_json_schema{.json_schema = {.name = "answer",
                                                                .description = "The answer",
                                                                .schema = json::object{{"type", "object"}},
                                                                .strict = true}},
        .safety_identifier = "user-hash",
        .seed = 42,
        .service_tier = "flex",
        .stop = std::vector<std::string>{"END", "STOP"},
        .store = true,
        .stream = false,
        .stream_options =
            openai::chat_completion_stream_options_param{.include_usage = true, .include_obfuscation = false},
        .temperature = 0.7,
        .tool_choice = openai::chat_completion_named_tool_choice_param{.function = {.name = "get_weather"}},
        .tools =
            {
                openai::chat_completion_tool_param{.function = {.name = "get_weather",
                                                                .description = "Current weather",
                                                                .parameters = weather_schema(),
                                                                .strict = true}},
                openai::chat_completion_custom_tool_param{
                    .custom = {.name = "sql",
                               .description = "Run SQL",
                               .format =
                                   openai::chat_completion_custom_tool_param_format{
                                       .type = "grammar",
                                       .grammar =
                                           openai::chat_completion_custom_tool_param_grammar{
                                               .definition = "start: \"SELECT\"", .syntax = "lark"}}}},
            },
        .top_logprobs = 3,
        .top_p = 0.9,
        .user = "user-1",
        .verbosity = "high",
        .web_search_options =
            openai::chat_completion_web_search_options{
                .search_context_size = "medium",
                .user_location =
                    openai::chat_completion_web_search_user_location{
                        .approximate = {.city = "Paris", .country = "FR", .region = {}, .timezone = "Europe/Paris"}}},
    };
}

constexpr const char* full_request_json = R"({
    "model": "gpt-4o",
    "messages": [
        {"role": "developer", "content": "Be brief."},
        {"role": "user", "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}}
        ]}
    ],
    "audio": {"format": "wav", "voice": "alloy"},
    "frequency_penalty": 0.5,
    "function_call": "auto",
    "functions": [{"name": "legacy", "description": "old style"}],
    "logit_bias": {"50256": -100, "1234": 5},
    "logprobs": true,
    "max_completion_tokens": 1000,
    "max_tokens": 500,
    "metadata": {"project": "demo"},
    "modalities": ["text", "audio"],
    "moderation": {"model": "omni-moderation-latest"},
    "n": 2,
    "parallel_tool_calls": false,
    "prediction": {"type": "content", "content": "predicted text"},
    "presence_penalty": -0.5,
    "prompt_cache_key": "cache-key",
    "prompt_cache_options": {"mode": "explicit", "ttl": "30m"},
    "prompt_cache_retention": "24h",
    "reasoning_effort": "low",
    "response_format": {"type": "json_schema", "json_schema": {
        "name": "answer", "description": "The answer", "schema": {"type": "object"}, "strict": true}},
    "safety_identifier": "user-hash",
    "seed": 42,
    "service_tier": "flex",
    "stop": ["END", "STOP"],
    "store": true,
    "stream": false,
    "stream_options": {"include_usage": true, "include_obfuscation": false},
    "temperature": 0.7,
    "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    "tools": [
        {"type": "function", "function": {"name": "get_weather", "description": "Current weather",
            "parameters": {"type": "object", "properties": {"location": {"type": "string"}},
                           "required": ["location"]},
            "strict": true}},
        {"type": "custom", "custom": {"name": "sql", "description": "Run SQL",
            "format": {"type": "grammar", "grammar": {"definition": "start: \"SELECT\"", "syntax": "lark"}}}}
    ],
    "top_logprobs": 3,
    "top_p": 0.9,
    "user": "user-1",
    "verbosity": "high",
    "web_search_options": {"search_context_size": "medium", "user_location": {
        "type": "approximate",
        "approximate": {"city": "Paris", "country": "FR", "timezone": "Europe/Paris"}}}
})";

}  // namespace

TEST_CASE("request with every parameter")
{
    CHECK_JSON(to_json(full_request()), full_request_json);
}

TEST_CASE("request round-trip through json_read")
{
    const json::value written = to_json(full_request());
    auto request = parse_ok<openai::chat_completion_create_params>(full_request_json);
    CHECK_JSON(to_json(request), full_request_json);
    CHECK(to_json(request) == written);

    CHECK(request.model == "gpt-4o");
    REQUIRE(request.messages.size() == 2);
    REQUIRE(std::holds_alternative<openai::chat_completion_developer_message_param>(request.messages[0]));
    const auto& user = std::get<openai::chat_completion_user_message_param>(request.messages[1]);
    const auto& parts = std::get<1>(user.content);
    REQUIRE(parts.size() == 2);
    CHECK(std::get<openai::chat_completion_content_part_text_param>(parts[0]).text == "What is this?");
    const auto& image = std::get<openai::chat_completion_content_part_image_param>(parts[1]);
    CHECK(image.image_url.url == "https://example.com/a.png");
    CHECK(image.image_url.detail == "low");
    CHECK(std::get<std::string>(request.audio->voice) == "alloy");
    CHECK(std::get<std::string>(*request.function_call) == "auto");
    CHECK(request.logit_bias.at("50256") == -100);
    CHECK(request.max_completion_tokens == 1000);
    CHECK(request.n == 2);
    CHECK(request.parallel_tool_calls == false);
    CHECK(request.seed == 42);
    CHECK(request.temperature == doctest::Approx(0.7));
    CHECK(request.stop == std::variant<std::string, std::vector<std::string>>(std::vector<std::string>{"END", "STOP"}));
    const auto& format = std::get<openai::response_format_json_schema>(*request.response_format);
    CHECK(format.json_schema.name == "answer");
    CHECK(format.json_schema.strict == true);
    CHECK(format.json_schema.schema.at("type") == "object");
    CHECK(std::get<openai::chat_completion_named_tool_choice_param>(*request.tool_choice).function.name ==
          "get_weather");
    REQUIRE(request.tools.size() == 2);
    CHECK(std::get<openai::chat_completion_tool_param>(request.tools[0]).function.strict == true);
    const auto& custom = std::get<openai::chat_completion_custom_tool_param>(request.tools[1]);
    CHECK(custom.custom.format->grammar->syntax == "lark");
    CHECK(request.web_search_options->user_location->approximate.city == "Paris");
    CHECK_FALSE(request.web_search_options->user_location->approximate.region.has_value());
    CHECK(request.stream_options->include_usage == true);
}

TEST_CASE("every message role")
{
    openai::chat_completion_message reply;
    reply.tool_calls = {
        {.id = "call_1", .type = "function", .function = {.arguments = R"({"city":"Paris"})", .name = "get_weather"}},
        {.id = "call_2", .type = "custom", .function = {}, .custom = {{.input = "SELECT 1", .name = "sql"}}},
    };
    reply.audio = openai::chat_completion_audio{.id = "audio_1", .data = "AAA", .expires_at = 1, .transcript = "t"};

    std::vector<openai::chat_completion_message_param> messages{
        openai::system_message("sys"),
        openai::chat_completion_system_message_param{.content = std::vector{openai::text_part("sys part")},
                                                     .name = "setup"},
        openai::developer_message("dev"),
        openai::user_message("hello"),
        openai::chat_completion_user_message_param{.content = "hello", .name = "alice"},
        openai::assistant_message("answer"),
        openai::assistant_message(reply),
        openai::chat_completion_assistant_message_param{
            .content =
                std::vector<openai::chat_completion_assistant_content_part_param>{
                    openai::text_part("partial"), openai::chat_completion_content_part_refusal_param{.refusal = "no"}}},
        openai::tool_message("22 C", "call_1"),
        openai::chat_completion_tool_message_param{.content = std::vector{openai::text_part("in parts")},
                                                   .tool_call_id = "call_2"},
        openai::chat_completion_function_message_param{.content = "42", .name = "legacy"},
    };
    constexpr const char* expected = R"([
        {"role": "system", "content": "sys"},
        {"role": "system", "content": [{"type": "text", "text": "sys part"}], "name": "setup"},
        {"role": "developer", "content": "dev"},
        {"role": "user", "content": "hello"},
        {"role": "user", "content": "hello", "name": "alice"},
        {"role": "assistant", "content": "answer"},
        {"role": "assistant", "audio": {"id": "audio_1"}, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"arguments": "{\"city\":\"Paris\"}", "name": "get_weather"}},
            {"id": "call_2", "type": "custom", "custom": {"input": "SELECT 1", "name": "sql"}}
        ]},
        {"role": "assistant", "content": [{"type": "text", "text": "partial"}, {"type": "refusal", "refusal": "no"}]},
        {"role": "tool", "content": "22 C", "tool_call_id": "call_1"},
        {"role": "tool", "content": [{"type": "text", "text": "in parts"}], "tool_call_id": "call_2"},
        {"role": "function", "content": "42", "name": "legacy"}
    ])";
    CHECK_JSON(to_json(messages), expected);

    // Read back: each message lands in the alternative of its role.
    auto read = parse_ok<std::vector<openai::chat_completion_message_param>>(expected);
    REQUIRE(read.size() == messages.size());
    for (std::size_t i = 0; i < read.size(); ++i)
        CHECK(read[i].index() == messages[i].index());
    const auto& assistant = std::get<openai::chat_completion_assistant_message_param>(read[6]);
    REQUIRE(assistant.tool_calls.size() == 2);
    CHECK(assistant.tool_calls[0].function.name == "get_weather");
    CHECK(assistant.tool_calls[1].custom->input == "SELECT 1");
    const auto& parts = std::get<1>(*std::get<openai::chat_completion_assistant_message_param>(read[7]).content);
    CHECK(std::get<openai::chat_completion_content_part_refusal_param>(parts[1]).refusal == "no");
    CHECK(std::get<openai::chat_completion_tool_message_param>(read[8]).tool_call_id == "call_1");
    CHECK(to_json(read) == json::parse(expected));
}

TEST_CASE("assistant_message from a reply with content and refusal")
{
    openai::chat_completion_message reply;
    reply.content = "Sure.";
    reply.refusal = "Partly refused.";
    CHECK_JSON(to_json(openai::chat_completion_message_param(openai::assistant_message(reply))),
               R"({"role": "assistant", "content": "Sure.", "refusal": "Partly refused."})");
}

TEST_CASE("every content part kind")
{
    auto message = openai::user_message({
        openai::text_part("Describe these."),
        openai::image_part("https://example.com/cat.jpg"),
        openai::image_part("data:image/png;base64,iVBOR", "high"),
        openai::chat_completion_content_part_input_audio_param{.input_audio = {.data = "UklGR", .format = "wav"}},
        openai::chat_completion_content_part_file_param{.file = {.file_data = {}, .file_id = "file-abc"}},
        openai::chat_completion_content_part_file_param{
            .file = {.file_data = "data:application/pdf;base64,JVBER", .file_id = {}, .filename = "a.pdf"}},
        openai::chat_completion_content_part_text_param{.text = "cached",
                                                        .prompt_cache_breakpoint = json::object{{"mode", "explicit"}}},
    });
    constexpr const char* expected = R"({"role": "user", "content": [
        {"type": "text", "text": "Describe these."},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg"}},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR", "detail": "high"}},
        {"type": "input_audio", "input_audio": {"data": "UklGR", "format": "wav"}},
        {"type": "file", "file": {"file_id": "file-abc"}},
        {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBER", "filename": "a.pdf"}},
        {"type": "text", "text": "cached", "prompt_cache_breakpoint": {"mode": "explicit"}}
    ]})";
    CHECK_JSON(to_json(message), expected);

    auto read = parse_ok<openai::chat_completion_message_param>(expected);
    const auto& parts = std::get<1>(std::get<openai::chat_completion_user_message_param>(read).content);
    REQUIRE(parts.size() == 7);
    CHECK(parts[0].index() == 0);
    CHECK(parts[1].index() == 1);
    CHECK(parts[3].index() == 2);
    CHECK(std::get<openai::chat_completion_content_part_input_audio_param>(parts[3]).input_audio.format == "wav");
    CHECK(std::get<openai::chat_completion_content_part_file_param>(parts[4]).file.file_id == "file-abc");
    CHECK(std::get<openai::chat_completion_content_part_file_param>(parts[5]).file.filename == "a.pdf");
    CHECK(to_json(read) == json::parse(expected));
}

TEST_CASE("tool_choice forms")
{
    using choice = openai::chat_completion_tool_choice_option_param;
    CHECK_JSON(to_json(choice("none")), R"("none")");
    CHECK_JSON(to_json(choice("required")), R"("required")");
    CHECK_JSON(to_json(choice(openai::chat_completion_named_tool_choice_param{.function = {.name = "f"}})),
               R"({"type": "function", "function": {"name": "f"}})");
    CHECK_JSON(to_json(choice(openai::chat_completion_named_tool_choice_custom_param{.custom = {.name = "sql"}})),
               R"({"type": "custom", "custom": {"name": "sql"}})");
    CHECK_JSON(to_json(choice(openai::chat_completion_allowed_tool_choice_param{
                   .allowed_tools = {.mode = "required",
                                     .tools = {json::object{{"type", "function"},
                                                            {"function", json::object{{"name", "f"}}}}}}})),
               R"({"type": "allowed_tools", "allowed_tools": {"mode": "required",
                   "tools": [{"type": "function", "function": {"name": "f"}}]}})");

    CHECK(std::get<std::string>(parse_ok<choice>(R"("auto")")) == "auto");
    CHECK(std::get<openai::chat_completion_named_tool_choice_param>(
              parse_ok<choice>(R"({"type": "function", "function": {"name": "f"}})"))
              .function.name == "f");
    CHECK(std::get<openai::chat_completion_named_tool_choice_custom_param>(
              parse_ok<choice>(R"({"type": "custom", "custom": {"name": "sql"}})"))
              .custom.name == "sql");
    CHECK(std::get<openai::chat_completion_allowed_tool_choice_param>(
              parse_ok<choice>(R"({"type": "allowed_tools", "allowed_tools": {"mode": "auto", "tools": []}})"))
              .allowed_tools.mode == "auto");
    CHECK(parse_fail<choice>("3").what == "expected a string or an object, got a number");
}

TEST_CASE("tools")
{
    openai::chat_completion_tool_union_param plain = openai::chat_completion_tool_param{.function = {.name = "noop"}};
    CHECK_JSON(to_json(plain), R"({"type": "function", "function": {"name": "noop"}})");
    openai::chat_completion_tool_union_param text_tool = openai::chat_completion_custom_tool_param{
        .custom = {.name = "free", .format = openai::chat_completion_custom_tool_param_format{}}};
    CHECK_JSON(to_json(text_tool), R"({"type": "custom", "custom": {"name": "free", "format": {"type": "text"}}})");
    CHECK(
        parse_ok<openai::chat_completion_tool_union_param>(R"({"type": "custom", "custom": {"name": "x"}})").index() ==
        1);
    CHECK(parse_ok<openai::chat_completion_tool_union_param>(R"({"type": "function", "function": {"name": "x"}})")
              .index() == 0);
}

TEST_CASE("each response_format")
{
    CHECK_JSON(to_json(openai::response_format(openai::response_format_text{})), R"({"type": "text"})");
    CHECK_JSON(to_json(openai::response_format(openai::response_format_json_object{})), R"({"type": "json_object"})");
    CHECK_JSON(to_json(openai::response_format(openai::response_format_json_schema{.json_schema = {.name = "s"}})),
               R"({"type": "json_schema", "json_schema": {"name": "s"}})");

    CHECK(parse_ok<openai::response_format>(R"({"type": "text"})").index() == 0);
    CHECK(parse_ok<openai::response_format>(R"({"type": "json_object"})").index() == 1);
    const auto schema = parse_ok<openai::response_format>(
        R"({"type": "json_schema", "json_schema": {"name": "s", "schema": {"type": "object"}, "strict": false}})");
    REQUIRE(schema.index() == 2);
    CHECK(std::get<2>(schema).json_schema.strict == false);
    CHECK(std::get<2>(schema).json_schema.schema.at("type") == "object");
}

TEST_CASE("tagged unions reject unknown and missing tags")
{
    auto err = parse_fail<openai::chat_completion_create_params>(
        R"({"model": "m", "messages": [{"role": "user", "content": "a"}, {"role": "robot", "content": "b"}]})");
    CHECK(err.path == "messages[1].role");
    CHECK(err.what == "unknown value \"robot\"");

    err = parse_fail<openai::chat_completion_message_param>(R"({"content": "no role"})");
    CHECK(err.path == "role");
    CHECK(err.what == "missing");

    err = parse_fail<openai::response_format>(R"({"type": 1})");
    CHECK(err.to_string() == "type: expected a string, got a number");

    err = parse_fail<openai::chat_completion_message_param>(R"("user")");
    CHECK(err.what == "expected an object, got a string");

    // A known tag with a wrongly typed member reports the member's path.
    err = parse_fail<openai::chat_completion_create_params>(
        R"({"model": "m", "messages": [{"role": "tool", "content": "x", "tool_call_id": 7}]})");
    CHECK(err.path == "messages[0].tool_call_id");
}

TEST_CASE("response: plain answer with usage details")
{
    auto completion = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4.1-2025-04-14",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": "Hello! How can I assist you today?",
                        "refusal": null, "annotations": []},
            "logprobs": null,
            "finish_reason": "stop"
        }],
        "usage": {
            "prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
            "prompt_tokens_details": {"cached_tokens": 3, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 4, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 1, "rejected_prediction_tokens": 2}
        },
        "service_tier": "default",
        "system_fingerprint": "fp_44709d6fcb"
    })");
    CHECK(completion.id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
    CHECK(completion.object == "chat.completion");
    CHECK(completion.created == 1741569952);
    CHECK(completion.model == "gpt-4.1-2025-04-14");
    CHECK(completion.service_tier == "default");
    CHECK(completion.system_fingerprint == "fp_44709d6fcb");
    REQUIRE(completion.choices.size() == 1);
    const auto& choice = completion.choices[0];
    CHECK(choice.index == 0);
    CHECK(choice.finish_reason == "stop");
    CHECK_FALSE(choice.logprobs.has_value());
    CHECK(choice.message.role == "assistant");
    CHECK(choice.message.content == "Hello! How can I assist you today?");
    CHECK_FALSE(choice.message.refusal.has_value());
    CHECK(choice.message.annotations.empty());
    CHECK(choice.message.tool_calls.empty());
    REQUIRE(completion.usage.has_value());
    CHECK(completion.usage->prompt_tokens == 19);
    CHECK(completion.usage->completion_tokens == 10);
    CHECK(completion.usage->total_tokens == 29);
    CHECK(completion.usage->prompt_tokens_details->cached_tokens == 3);
    CHECK(completion.usage->completion_tokens_details->reasoning_tokens == 4);
    CHECK(completion.usage->completion_tokens_details->accepted_prediction_tokens == 1);
    CHECK(completion.usage->completion_tokens_details->rejected_prediction_tokens == 2);
    CHECK_FALSE(completion.raw_response);
}

TEST_CASE("response: tool calls, sent back as history")
{
    auto completion = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-abc123",
        "object": "chat.completion",
        "created": 1699896916,
        "model": "gpt-4o-mini",
        "choices": [{
            "index": 0,
            "message": {
                "role": "assistant",
                "content": null,
                "tool_calls": [
                    {"id": "call_abc123", "type": "function",
                     "function": {"name": "get_current_weather", "arguments": "{\n\"location\": \"Boston, MA\"\n}"}},
                    {"id": "call_def456", "type": "custom", "custom": {"name": "sql", "input": "SELECT 1"}}
                ]
            },
            "logprobs": null,
            "finish_reason": "tool_calls"
        }],
        "usage": {"prompt_tokens": 82, "completion_tokens": 17, "total_tokens": 99,
                  "completion_tokens_details": {"reasoning_tokens": 0, "accepted_prediction_tokens": 0,
                                                "rejected_prediction_tokens": 0}}
    })");
    const auto& message = completion.choices.at(0).message;
    CHECK(completion.choices[0].finish_reason == "tool_calls");
    CHECK_FALSE(message.content.has_value());
    REQUIRE(message.tool_calls.size() == 2);
    CHECK(message.tool_calls[0].id == "call_abc123");
    CHECK(message.tool_calls[0].type == "function");
    CHECK(message.tool_calls[0].function.name == "get_current_weather");
    CHECK(message.tool_calls[0].function.arguments == "{\n\"location\": \"Boston, MA\"\n}");
    CHECK_FALSE(message.tool_calls[0].custom.has_value());
    CHECK(message.tool_calls[1].type == "custom");
    CHECK(message.tool_calls[1].custom->name == "sql");
    CHECK(message.tool_calls[1].custom->input == "SELECT 1");
    CHECK_FALSE(completion.usage->prompt_tokens_details.has_value());
    CHECK_FALSE(completion.service_tier.has_value());

    openai::chat_completion_create_params follow_up{
        .model = "gpt-4o-mini",
        .messages = {openai::user_message("Weather in Boston?"), openai::assistant_message(message),
                     openai::tool_message(R"({"temperature": 22})", message.tool_calls[0].id)},
    };
    CHECK_JSON(to_json(follow_up), R"({"model": "gpt-4o-mini", "messages": [
        {"role": "user", "content": "Weather in Boston?"},
        {"role": "assistant", "tool_calls": [
            {"id": "call_abc123", "type": "function",
             "function": {"name": "get_current_weather", "arguments": "{\n\"location\": \"Boston, MA\"\n}"}},
            {"id": "call_def456", "type": "custom", "custom": {"name": "sql", "input": "SELECT 1"}}
        ]},
        {"role": "tool", "content": "{\"temperature\": 22}", "tool_call_id": "call_abc123"}
    ]})");
}

TEST_CASE("response: logprobs")
{
    auto completion = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-123", "object": "chat.completion", "created": 1702685778, "model": "gpt-4o-mini",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": "Hello!"},
            "logprobs": {
                "content": [
                    {"token": "Hello", "logprob": -0.31725305, "bytes": [72, 101, 108, 108, 111],
                     "top_logprobs": [
                        {"token": "Hello", "logprob": -0.31725305, "bytes": [72, 101, 108, 108, 111]},
                        {"token": "<|end|>", "logprob": -10.953937, "bytes": null}
                     ]},
                    {"token": "!", "logprob": -3.7697225e-6, "bytes": [33], "top_logprobs": []}
                ],
                "refusal": null
            },
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}
    })");
    const auto& logprobs = completion.choices.at(0).logprobs;
    REQUIRE(logprobs.has_value());
    CHECK_FALSE(logprobs->refusal.has_value());
    REQUIRE(logprobs->content.has_value());
    const auto& tokens = *logprobs->content;
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].token == "Hello");
    CHECK(tokens[0].logprob == doctest::Approx(-0.31725305));
    CHECK(tokens[0].bytes == std::vector<int>{72, 101, 108, 108, 111});
    REQUIRE(tokens[0].top_logprobs.size() == 2);
    CHECK(tokens[0].top_logprobs[1].token == "<|end|>");
    CHECK(tokens[0].top_logprobs[1].logprob == doctest::Approx(-10.953937));
    CHECK_FALSE(tokens[0].top_logprobs[1].bytes.has_value());
    CHECK(tokens[1].logprob == doctest::Approx(-3.7697225e-6));
    CHECK(tokens[1].bytes == std::vector<int>{33});
    CHECK(tokens[1].top_logprobs.empty());
    CHECK_FALSE(completion.usage->completion_tokens_details.has_value());
}

TEST_CASE("response: refusal, annotations and audio")
{
    auto completion = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-r", "object": "chat.completion", "created": 1, "model": "gpt-4o",
        "choices": [
            {"index": 0, "finish_reason": "stop", "logprobs": null,
             "message": {"role": "assistant", "content": null, "refusal": "I'm sorry, I cannot help with that."}},
            {"index": 1, "finish_reason": "stop", "logprobs": null,
             "message": {"role": "assistant", "content": "See the source.", "refusal": null,
                         "annotations": [{"type": "url_citation", "url_citation": {
                             "end_index": 14, "start_index": 4, "title": "Source", "url": "https://example.com"}}],
                         "audio": {"id": "audio_abc", "expires_at": 1729018505, "data": "UklGRg==",
                                   "transcript": "See the source."}}}
        ]
    })");
    REQUIRE(completion.choices.size() == 2);
    CHECK_FALSE(completion.choices[0].message.content.has_value());
    CHECK(completion.choices[0].message.refusal == "I'm sorry, I cannot help with that.");
    const auto& message = completion.choices[1].message;
    CHECK(completion.choices[1].index == 1);
    REQUIRE(message.annotations.size() == 1);
    CHECK(message.annotations[0].type == "url_citation");
    CHECK(message.annotations[0].url_citation.start_index == 4);
    CHECK(message.annotations[0].url_citation.end_index == 14);
    CHECK(message.annotations[0].url_citation.url == "https://example.com");
    REQUIRE(message.audio.has_value());
    CHECK(message.audio->id == "audio_abc");
    CHECK(message.audio->expires_at == 1729018505);
    CHECK(message.audio->transcript == "See the source.");
    CHECK_FALSE(completion.usage.has_value());

    // The refusal is sent back as the assistant's refusal.
    CHECK_JSON(to_json(openai::assistant_message(completion.choices[0].message)),
               R"({"role": "assistant", "refusal": "I'm sorry, I cannot help with that."})");
    CHECK_JSON(to_json(openai::assistant_message(message)),
               R"({"role": "assistant", "content": "See the source.", "audio": {"id": "audio_abc"}})");
}

TEST_CASE("response: unknown fields and unknown enum values survive")
{
    auto completion = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-x", "object": "chat.completion", "created": 5, "model": "gpt-next",
        "brand_new_field": {"nested": [1, 2, 3]},
        "service_tier": "ultra",
        "choices": [{
            "index": 0,
            "finish_reason": "thought_too_hard",
            "message": {"role": "assistant", "content": "ok", "reasoning_content": "hmm", "future": true},
            "logprobs": null,
            "extra": 1
        }],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2,
                  "prompt_tokens_details": {"cached_tokens": 0, "image_tokens": 7, "cache_write_tokens": 0}}
    })");
    CHECK(completion.choices.at(0).finish_reason == "thought_too_hard");
    CHECK(completion.service_tier == "ultra");
    CHECK(completion.choices[0].message.content == "ok");
    CHECK(completion.usage->prompt_tokens_details->cached_tokens == 0);
    CHECK(completion.model == "gpt-next");
}

TEST_CASE("response: compatible servers omit optional fields")
{
    // Ollama-like: no system_fingerprint, no logprobs, usage without details.
    auto ollama = parse_ok<openai::chat_completion>(R"({
        "id": "chatcmpl-626", "object": "chat.completion", "created": 1733000000, "model": "llama3.2",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi there"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 26, "completion_tokens": 3, "total_tokens": 29}
    })");
    CHECK(ollama.model == "llama3.2");
    CHECK_FALSE(ollama.system_fingerprint.has_value());
    CHECK_FALSE(ollama.service_tier.has_value());
    CHECK_FALSE(ollama.choices.at(0).logprobs.has_value());
    CHECK(ollama.choices[0].message.content == "Hi there");
    CHECK_FALSE(ollama.choices[0].message.refusal.has_value());
    CHECK(ollama.usage->total_tokens == 29);
    CHECK_FALSE(ollama.usage->prompt_tokens_details.has_value());
    CHECK_FALSE(ollama.usage->completion_tokens_details.has_value());

    // Barely anything: missing keys keep defaults, null for a non-optional member keeps the default.
    auto sparse = parse_ok<openai::chat_completion>(
        R"({"id": "x", "choices": [{"message": {"content": "y"}, "finish_reason": null}], "created": 2.0})");
    CHECK(sparse.id == "x");
    CHECK(sparse.created == 2);
    CHECK(sparse.object.empty());
    CHECK_FALSE(sparse.usage.has_value());
    CHECK(sparse.choices.at(0).finish_reason.empty());
    CHECK(sparse.choices[0].message.role == "assistant");
    CHECK(sparse.choices[0].message.content == "y");
}

TEST_CASE("response: bad input reports a path")
{
    auto err = parse_fail<openai::chat_completion>(
        R"({"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": 42}}]})");
    CHECK(err.path == "choices[0].message.content");
    CHECK(err.what == "expected a string, got a number");
    CHECK(err.to_string() == "choices[0].message.content: expected a string, got a number");

    err = parse_fail<openai::chat_completion>(R"({"id": "x", "created": "yesterday"})");
    CHECK(err.path == "created");
    CHECK(err.what == "expected an integer, got a string");

    err = parse_fail<openai::chat_completion>(R"({"choices": [{}, {"logprobs": {"content": [
        {"token": "a", "logprob": "low", "bytes": null, "top_logprobs": []}]}}]})");
    CHECK(err.path == "choices[1].logprobs.content[0].logprob");

    err = parse_fail<openai::chat_completion>(R"({"choices": [{"message": {"tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": {"a": 1}}}]}}]})");
    CHECK(err.path == "choices[0].message.tool_calls[0].function.arguments");

    err = parse_fail<openai::chat_completion>(R"({"choices": {}})");
    CHECK(err.to_string() == "choices: expected an array, got an object");

    err = parse_fail<openai::chat_completion>(R"([{"id": "x"}])");
    CHECK(err.path.empty());
    CHECK(err.what == "expected an object, got an array");

    err = parse_fail<openai::chat_completion>(R"("Internal Server Error")");
    CHECK(err.what == "expected an object, got a string");
}

TEST_CASE("response written back to JSON keeps the API shape")
{
    openai::chat_completion completion{
        .id = "c1",
        .choices = {{.finish_reason = "stop", .index = 0, .logprobs = {}, .message = {.content = "hi"}}},
        .created = 3,
        .model = "m",
        .object = "chat.completion",
    };
    CHECK_JSON(to_json(completion), R"({"id": "c1", "created": 3, "model": "m", "object": "chat.completion",
        "choices": [{"finish_reason": "stop", "index": 0, "message": {"content": "hi", "role": "assistant"}}]})");
}
