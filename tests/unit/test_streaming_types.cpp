// Streamed chunks of chat completions and legacy completions: decoding the API's chunk JSON and
// folding chunks into the final completion.
#include <openai/streaming/chat_completion_accumulator.hpp>
#include <openai/streaming/completion_accumulator.hpp>
#include <openai/types/chat.hpp>
#include <openai/types/completion.hpp>

#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

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
T parse_ok(const std::string& text)
{
    T out{};
    read_error err;
    const bool ok = from_json(json::parse(text), out, err);
    INFO(err.to_string());
    REQUIRE(ok);
    return out;
}

// A chunk of the chat completion the API reference streams: the envelope every chunk repeats,
// around the given `choices` array and any further members.
std::string chat_chunk(const std::string& choices, const std::string& more = R"("usage": null)")
{
    return R"({"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
               "created": 1741569952, "model": "gpt-4o-2024-08-06", "service_tier": "default",
               "system_fingerprint": "fp_eb9dce56a8", "choices": )" +
           choices + (more.empty() ? "" : ", " + more) + "}";
}

// The usage chunk of `stream_options.include_usage`: no choices.
const char* const usage_chunk = R"({
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
    "created": 1741569952, "model": "gpt-4o-2024-08-06", "service_tier": "default",
    "system_fingerprint": "fp_eb9dce56a8", "choices": [],
    "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
              "prompt_tokens_details": {"cached_tokens": 3, "audio_tokens": 0},
              "completion_tokens_details": {"reasoning_tokens": 4, "audio_tokens": 0,
                                            "accepted_prediction_tokens": 1, "rejected_prediction_tokens": 2}}})";

void fold(openai::chat_completion_accumulator& acc, std::initializer_list<std::string> chunks)
{
    for (const auto& text : chunks)
        acc.add(parse_ok<openai::chat_completion_chunk>(text));
}

void fold(openai::completion_accumulator& acc, std::initializer_list<std::string> chunks)
{
    for (const auto& text : chunks)
        acc.add(parse_ok<openai::completion>(text));
}

template <class T>
concept has_raw_response = requires(const T& t)
{
    t.raw_response;
};

}  // namespace

TEST_SUITE_BEGIN("streaming_types");

TEST_CASE("chunk: chunks are stream events, not HTTP answers")
{
    static_assert(!has_raw_response<openai::chat_completion_chunk>);
    static_assert(has_raw_response<openai::chat_completion>);
    static_assert(has_raw_response<openai::completion>);
}

TEST_CASE("chunk: the API's first chunk decodes")
{
    const auto chunk = parse_ok<openai::chat_completion_chunk>(R"({
        "id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190,
        "model": "gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "service_tier": "default",
        "obfuscation": "Xq3r",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": null},
                     "logprobs": null, "finish_reason": null}],
        "usage": null})");
    CHECK(chunk.id == "chatcmpl-123");
    CHECK(chunk.object == "chat.completion.chunk");
    CHECK(chunk.created == 1694268190);
    CHECK(chunk.model == "gpt-4o-mini");
    CHECK(chunk.system_fingerprint == "fp_44709d6fcb");
    CHECK(chunk.service_tier == "default");
    CHECK_FALSE(chunk.usage.has_value());
    REQUIRE(chunk.choices.size() == 1);
    const auto& choice = chunk.choices[0];
    CHECK(choice.index == 0);
    CHECK_FALSE(choice.finish_reason.has_value());
    CHECK_FALSE(choice.logprobs.has_value());
    CHECK(choice.delta.role == "assistant");
    CHECK(choice.delta.content == "");
    CHECK_FALSE(choice.delta.refusal.has_value());
    CHECK_FALSE(choice.delta.function_call.has_value());
    CHECK(choice.delta.tool_calls.empty());
}

TEST_CASE("chunk: a tool-call piece decodes")
{
    const auto chunk = parse_ok<openai::chat_completion_chunk>(chat_chunk(R"json([{"index": 0,
        "delta": {"role": "assistant", "content": null, "refusal": null,
                  "tool_calls": [{"index": 1, "id": "call_DdmO9pD3xa9XTPNJ32zg2hcA", "type": "function",
                                  "function": {"name": "get_weather", "arguments": "{\""}}]},
        "logprobs": null, "finish_reason": null}])json"));
    REQUIRE(chunk.choices.size() == 1);
    const auto& delta = chunk.choices[0].delta;
    CHECK_FALSE(delta.content.has_value());
    REQUIRE(delta.tool_calls.size() == 1);
    const auto& call = delta.tool_calls[0];
    CHECK(call.index == 1);
    CHECK(call.id == "call_DdmO9pD3xa9XTPNJ32zg2hcA");
    CHECK(call.type == "function");
    REQUIRE(call.function.has_value());
    CHECK(call.function->name == "get_weather");
    CHECK(call.function->arguments == "{\"");
}

TEST_CASE("chunk: a wrong type reports its path")
{
    openai::chat_completion_chunk out{};
    read_error err;
    CHECK_FALSE(from_json(json::parse(R"({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": "zero"}]}}]})"),
                          out, err));
    CHECK(err.path == "choices[0].delta.tool_calls[0].index");
}

TEST_CASE("chat accumulator: content stream with usage chunk")
{
    openai::chat_completion_accumulator acc;
    CHECK(acc.current_completion().choices.empty());
    CHECK(acc.current_completion().id.empty());

    fold(acc, {chat_chunk(R"([{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": null},
                               "logprobs": null, "finish_reason": null}])")});
    {
        const auto& now = acc.current_completion();
        CHECK(now.id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        CHECK(now.object == "chat.completion");
        CHECK(now.created == 1741569952);
        CHECK(now.model == "gpt-4o-2024-08-06");
        REQUIRE(now.choices.size() == 1);
        CHECK(now.choices[0].message.role == "assistant");
        CHECK(now.choices[0].message.content == "");
        CHECK_FALSE(now.choices[0].message.refusal.has_value());
        CHECK(now.choices[0].finish_reason.empty());
        CHECK_FALSE(now.usage.has_value());
    }

    // Multi-byte UTF-8 as raw bytes and as a \u escape with a surrogate pair.
    fold(acc,
         {chat_chunk(R"([{"index": 0, "delta": {"content": "Grüße"}, "logprobs": null, "finish_reason": null}])"),
          chat_chunk(R"([{"index": 0, "delta": {"content": ", 世界"}, "logprobs": null, "finish_reason": null}])")});
    CHECK(acc.current_completion().choices[0].message.content == "Grüße, 世界");
    CHECK(acc.current_completion().choices[0].finish_reason.empty());

    fold(acc, {chat_chunk(R"([{"index": 0, "delta": {"content": "! \ud83d\udc4b"}, "logprobs": null,
                               "finish_reason": null}])"),
               chat_chunk(R"([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "stop"}])")});
    CHECK(acc.current_completion().choices[0].finish_reason == "stop");
    CHECK_FALSE(acc.current_completion().usage.has_value());

    fold(acc, {usage_chunk});
    const auto final_completion = acc.get_final_completion();
    CHECK(final_completion.choices[0].message.content == "Grüße, 世界! 👋");
    CHECK(final_completion.choices[0].message.content == "Gr\xC3\xBC\xC3\x9F"
                                                         "e, \xE4\xB8\x96\xE7\x95\x8C! \xF0\x9F\x91\x8B");
    REQUIRE(final_completion.usage.has_value());
    CHECK(final_completion.usage->prompt_tokens == 19);
    CHECK(final_completion.usage->completion_tokens == 10);
    CHECK(final_completion.usage->total_tokens == 29);
    CHECK(final_completion.usage->prompt_tokens_details->cached_tokens == 3);
    CHECK(final_completion.usage->completion_tokens_details->reasoning_tokens == 4);
    CHECK_JSON(to_json(final_completion), R"({
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
        "model": "gpt-4o-2024-08-06", "service_tier": "default", "system_fingerprint": "fp_eb9dce56a8",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Grüße, 世界! 👋"}}],
        "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
                  "prompt_tokens_details": {"cached_tokens": 3, "audio_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 4, "audio_tokens": 0,
                                                "accepted_prediction_tokens": 1, "rejected_prediction_tokens": 2}}})");
}

TEST_CASE("chat accumulator: two parallel tool calls, arguments interleaved by index")
{
    openai::chat_completion_accumulator acc;
    fold(
        acc,
        {
            chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "content": null, "refusal": null,
            "tool_calls": [{"index": 0, "id": "call_DdmO9pD3xa9XTPNJ32zg2hcA", "type": "function",
                            "function": {"name": "get_weather", "arguments": ""}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "{\""}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(
                R"json([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "location"}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "id": "call_ABCDEF0123456789abcdefgh",
            "type": "function", "function": {"name": "get_time", "arguments": ""}}]},
            "logprobs": null, "finish_reason": null}])json"),
        });
    {
        const auto& message = acc.current_completion().choices.at(0).message;
        CHECK_FALSE(message.content.has_value());
        REQUIRE(message.tool_calls.size() == 2);
        CHECK(message.tool_calls[0].function.arguments == R"({"location)");
        CHECK(message.tool_calls[1].function.name == "get_time");
        CHECK(message.tool_calls[1].function.arguments == "");
    }
    fold(
        acc,
        {
            chat_chunk(
                R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "{\"time"}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "\":\""}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(
                R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "zone\":\""}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(
                R"json([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "Bogotá, "}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(
                R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "Asia/Tokyo"}}]},
            "logprobs": null, "finish_reason": null}])json"),
            // Two pieces in one delta, the higher index first.
            chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "\"}"}},
                                                               {"index": 0, "function": {"arguments": "Colombia\"}"}}]},
            "logprobs": null, "finish_reason": null}])json"),
            chat_chunk(R"json([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "tool_calls"}])json"),
            usage_chunk,
        });
    const auto completion = acc.get_final_completion();
    REQUIRE(completion.choices.size() == 1);
    const auto& choice = completion.choices[0];
    CHECK(choice.finish_reason == "tool_calls");
    CHECK_FALSE(choice.message.content.has_value());
    CHECK_FALSE(choice.message.refusal.has_value());
    REQUIRE(choice.message.tool_calls.size() == 2);
    CHECK(choice.message.tool_calls[0].id == "call_DdmO9pD3xa9XTPNJ32zg2hcA");
    CHECK(choice.message.tool_calls[0].type == "function");
    CHECK(choice.message.tool_calls[0].function.name == "get_weather");
    CHECK(choice.message.tool_calls[0].function.arguments == R"({"location":"Bogotá, Colombia"})");
    CHECK(choice.message.tool_calls[1].id == "call_ABCDEF0123456789abcdefgh");
    CHECK(choice.message.tool_calls[1].function.name == "get_time");
    CHECK(choice.message.tool_calls[1].function.arguments == R"({"timezone":"Asia/Tokyo"})");
    CHECK(json::parse(choice.message.tool_calls[0].function.arguments) ==
          json::parse(R"({"location": "Bogotá, Colombia"})"));
    CHECK_JSON(to_json(choice), R"json({"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant",
        "tool_calls": [
            {"id": "call_DdmO9pD3xa9XTPNJ32zg2hcA", "type": "function",
             "function": {"name": "get_weather", "arguments": "{\"location\":\"Bogotá, Colombia\"}"}},
            {"id": "call_ABCDEF0123456789abcdefgh", "type": "function",
             "function": {"name": "get_time", "arguments": "{\"timezone\":\"Asia/Tokyo\"}"}}]}})json");
    CHECK(completion.usage->total_tokens == 29);
}

TEST_CASE("chat accumulator: tool-call indices with gaps, out of order, fields repeated")
{
    openai::chat_completion_accumulator acc;
    fold(acc,
         {
             chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "tool_calls": [{"index": 2, "id": "call_c",
            "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":"}}]}}])json"),
             chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "call_a", "type": "function",
            "function": {"name": "search", "arguments": "{}"}}]}}])json"),
             // Some compatible servers repeat id, type and name in every piece: not concatenated.
             chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "tool_calls": [{"index": 2, "id": "call_c",
            "type": "function", "function": {"name": "lookup", "arguments": "1}"}}]}}])json"),
             // Nor do empty values replace known ones.
             chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 2, "id": "", "type": "",
            "function": {"name": "", "arguments": ""}}]}}])json"),
             // The id may come after the first piece; an empty type does not replace the known one.
             chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 5, "function": {"name": "fetch",
            "arguments": "["}}]}}])json"),
             chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 5, "id": "call_f", "type": "",
            "function": {"arguments": "]"}}]}}])json"),
         });
    {
        const auto& calls = acc.current_completion().choices.at(0).message.tool_calls;
        REQUIRE(calls.size() == 3);
        CHECK(calls[0].id == "call_a");
        CHECK(calls[1].id == "call_c");
        CHECK(calls[2].id == "call_f");
    }
    fold(acc, {chat_chunk(R"json([{"index": 0, "delta": {"tool_calls": [{"index": 1, "id": "call_b", "type": "function",
                   "function": {"name": "late", "arguments": "null"}}]}, "finish_reason": "tool_calls"}])json")});
    const auto completion = acc.take_final_completion();
    REQUIRE(completion.choices.size() == 1);
    CHECK(completion.choices[0].message.role == "assistant");
    CHECK_JSON(to_json(completion.choices[0].message.tool_calls), R"json([
        {"id": "call_a", "type": "function", "function": {"name": "search", "arguments": "{}"}},
        {"id": "call_b", "type": "function", "function": {"name": "late", "arguments": "null"}},
        {"id": "call_c", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":1}"}},
        {"id": "call_f", "type": "function", "function": {"name": "fetch", "arguments": "[]"}}])json");
}

TEST_CASE("chat accumulator: n=2 choices interleaved and out of order")
{
    openai::chat_completion_accumulator acc;
    fold(acc,
         {chat_chunk(
              R"([{"index": 1, "delta": {"role": "assistant", "content": ""}, "logprobs": null, "finish_reason": null},
                              {"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": null, "finish_reason": null}])"),
          chat_chunk(R"([{"index": 1, "delta": {"content": "Deux"}, "logprobs": null, "finish_reason": null}])")});
    {
        const auto& choices = acc.current_completion().choices;
        REQUIRE(choices.size() == 2);
        CHECK(choices[0].index == 0);
        CHECK(choices[1].index == 1);
        CHECK(choices[0].message.content == "");
        CHECK(choices[1].message.content == "Deux");
    }
    fold(acc, {chat_chunk(R"([{"index": 0, "delta": {"content": "One"}, "logprobs": null, "finish_reason": null}])"),
               chat_chunk(R"([{"index": 0, "delta": {"content": " two"}, "logprobs": null, "finish_reason": null},
                              {"index": 1, "delta": {"content": " trois"}, "logprobs": null, "finish_reason": null}])"),
               chat_chunk(R"([{"index": 1, "delta": {}, "logprobs": null, "finish_reason": "length"}])"),
               chat_chunk(R"([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "stop"}])")});
    CHECK_JSON(to_json(acc.current_completion().choices), R"([
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "One two"}},
        {"index": 1, "finish_reason": "length", "message": {"role": "assistant", "content": "Deux trois"}}])");
}

TEST_CASE("chat accumulator: refusal stream with refusal logprobs")
{
    openai::chat_completion_accumulator acc;
    fold(acc, {
                  chat_chunk(R"([{"index": 0, "delta": {"role": "assistant", "content": null, "refusal": ""},
                        "logprobs": null, "finish_reason": null}])"),
                  chat_chunk(R"([{"index": 0, "delta": {"refusal": "I'm sorry, "},
                        "logprobs": {"content": null, "refusal": [{"token": "I'm", "logprob": -0.5,
                                     "bytes": [73, 39, 109], "top_logprobs": []}]},
                        "finish_reason": null}])"),
              });
    CHECK(acc.current_completion().choices[0].message.refusal == "I'm sorry, ");
    fold(acc, {
                  chat_chunk(R"([{"index": 0, "delta": {"refusal": "I can't assist with that request."},
                        "logprobs": {"content": null, "refusal": [{"token": " can't", "logprob": -0.25,
                                     "bytes": [32, 99, 97, 110, 39, 116], "top_logprobs": []}]},
                        "finish_reason": null}])"),
                  chat_chunk(R"([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "stop"}])"),
              });
    const auto completion = acc.get_final_completion();
    const auto& message = completion.choices.at(0).message;
    CHECK_FALSE(message.content.has_value());
    CHECK(message.refusal == "I'm sorry, I can't assist with that request.");
    CHECK_JSON(to_json(completion.choices[0]), R"({"index": 0, "finish_reason": "stop",
        "logprobs": {"refusal": [{"token": "I'm", "logprob": -0.5, "bytes": [73, 39, 109]},
                                 {"token": " can't", "logprob": -0.25, "bytes": [32, 99, 97, 110, 39, 116]}]},
        "message": {"role": "assistant", "refusal": "I'm sorry, I can't assist with that request."}})");
}

TEST_CASE("chat accumulator: content logprobs are appended in order")
{
    openai::chat_completion_accumulator acc;
    fold(acc, {
                  chat_chunk(R"([{"index": 0, "delta": {"role": "assistant", "content": ""},
                        "logprobs": {"content": [], "refusal": null}, "finish_reason": null}])"),
                  chat_chunk(R"([{"index": 0, "delta": {"content": "Hello"},
                        "logprobs": {"content": [{"token": "Hello", "logprob": -0.5, "bytes": [72, 101, 108, 108, 111],
                                                  "top_logprobs": [{"token": "Hello", "logprob": -0.5, "bytes": [72, 101, 108, 108, 111]},
                                                                   {"token": "Hi", "logprob": -1.25, "bytes": [72, 105]}]}],
                                     "refusal": null},
                        "finish_reason": null}])"),
                  chat_chunk(R"([{"index": 0, "delta": {"content": "!"},
                        "logprobs": {"content": [{"token": "!", "logprob": -0.0625, "bytes": [33], "top_logprobs": []}],
                                     "refusal": null},
                        "finish_reason": "stop"}])"),
              });
    const auto& choice = acc.current_completion().choices.at(0);
    CHECK(choice.message.content == "Hello!");
    REQUIRE(choice.logprobs.has_value());
    CHECK_FALSE(choice.logprobs->refusal.has_value());
    REQUIRE(choice.logprobs->content.has_value());
    const auto& tokens = *choice.logprobs->content;
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].token == "Hello");
    CHECK(tokens[0].logprob == -0.5);
    REQUIRE(tokens[0].top_logprobs.size() == 2);
    CHECK(tokens[0].top_logprobs[1].token == "Hi");
    CHECK(tokens[0].top_logprobs[1].logprob == -1.25);
    CHECK(tokens[1].token == "!");
    CHECK(tokens[1].logprob == -0.0625);
    CHECK(tokens[1].bytes == std::vector<int>{33});
}

TEST_CASE("chat accumulator: unknown fields, unknown finish_reason and nulls")
{
    openai::chat_completion_accumulator acc;
    fold(acc, {
                  chat_chunk(R"([{"index": 0, "delta": {"role": "assistant", "content": "", "reasoning_content": "hmm"},
                        "logprobs": null, "finish_reason": null, "stop_reason": null}])",
                             R"("obfuscation": "Xq3r", "usage": null)"),
              });
    // Nulls everywhere, and an envelope with empty values, as some compatible servers send.
    const auto nulls = parse_ok<openai::chat_completion_chunk>(R"({
        "id": "", "object": "chat.completion.chunk", "created": 0, "model": "",
        "service_tier": null, "system_fingerprint": null, "usage": null,
        "choices": [{"index": 0, "delta": {"role": null, "content": "ok", "refusal": null, "tool_calls": null,
                                           "function_call": null},
                     "logprobs": null, "finish_reason": null}]})");
    CHECK_FALSE(nulls.service_tier.has_value());
    CHECK_FALSE(nulls.choices[0].delta.role.has_value());
    CHECK(nulls.choices[0].delta.tool_calls.empty());
    CHECK_FALSE(nulls.choices[0].delta.function_call.has_value());
    acc.add(nulls);
    CHECK(acc.current_completion().id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
    CHECK(acc.current_completion().model == "gpt-4o-2024-08-06");
    CHECK(acc.current_completion().created == 1741569952);
    CHECK(acc.current_completion().service_tier == "default");
    CHECK(acc.current_completion().system_fingerprint == "fp_eb9dce56a8");
    CHECK(acc.current_completion().choices.at(0).message.role == "assistant");
    fold(acc, {R"({"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
                   "created": 1741569952, "model": "gpt-4o-2024-08-06", "service_tier": "",
                   "system_fingerprint": "fp_later", "future_member": {"x": [1, 2]},
                   "choices": [{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "some_future_reason"}]})",
               // Azure's asynchronous content filter annotates a choice after its finish_reason.
               R"({"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
                   "created": 1741569952, "model": "gpt-4o-2024-08-06",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": null,
                                "content_filter_offsets": {"check_offset": 0, "start_offset": 0, "end_offset": 2},
                                "content_filter_results": {"hate": {"filtered": false, "severity": "safe"}}}]})"});
    CHECK_JSON(to_json(acc.current_completion()), R"({
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
        "model": "gpt-4o-2024-08-06", "service_tier": "default", "system_fingerprint": "fp_later",
        "choices": [{"index": 0, "finish_reason": "some_future_reason",
                     "message": {"role": "assistant", "content": "ok"}}]})");
}

TEST_CASE("chat accumulator: legacy function_call")
{
    openai::chat_completion_accumulator acc;
    fold(acc, {
                  chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "content": null,
            "function_call": {"name": "get_current_weather", "arguments": ""}}, "finish_reason": null}])json"),
                  chat_chunk(R"json([{"index": 0, "delta": {"function_call": {"arguments": "{\n  \"location\""}},
            "finish_reason": null}])json"),
                  chat_chunk(R"json([{"index": 0, "delta": {"function_call": {"arguments": ": \"Boston, MA\"\n}"}},
            "finish_reason": null}])json"),
                  chat_chunk(R"json([{"index": 0, "delta": {}, "finish_reason": "function_call"}])json"),
              });
    const auto& choice = acc.current_completion().choices.at(0);
    CHECK(choice.finish_reason == "function_call");
    CHECK_FALSE(choice.message.content.has_value());
    CHECK(choice.message.tool_calls.empty());
    REQUIRE(choice.message.function_call.has_value());
    CHECK(choice.message.function_call->name == "get_current_weather");
    CHECK(choice.message.function_call->arguments == "{\n  \"location\": \"Boston, MA\"\n}");
}

TEST_CASE("chat accumulator: get copies, take moves out and starts over")
{
    openai::chat_completion_accumulator acc;
    fold(acc, {chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "content": "A",
                   "tool_calls": [{"index": 3, "id": "call_old", "type": "function",
                                   "function": {"name": "old", "arguments": "{"}}]}}])json")});
    const auto copy = acc.get_final_completion();
    CHECK(to_json(copy) == to_json(acc.current_completion()));
    CHECK(copy.choices.at(0).message.content == "A");

    const auto taken = acc.take_final_completion();
    CHECK(to_json(taken) == to_json(copy));
    CHECK(acc.current_completion().id.empty());
    CHECK(acc.current_completion().object.empty());
    CHECK(acc.current_completion().choices.empty());

    // A second stream folds from scratch: no tool-call state of the first one is left.
    fold(acc, {chat_chunk(R"json([{"index": 0, "delta": {"role": "assistant", "tool_calls": [{"index": 0,
                   "id": "call_new", "type": "function", "function": {"name": "new", "arguments": "{}"}}]}}])json")});
    const auto& calls = acc.current_completion().choices.at(0).message.tool_calls;
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].id == "call_new");
    CHECK(calls[0].function.arguments == "{}");
    CHECK_FALSE(acc.current_completion().choices[0].message.content.has_value());
}

TEST_CASE("chat accumulator: many pieces, tool-call indices rotating in descending order")
{
    // 20000 one-character pieces for the content and 3 tool calls whose pieces arrive in the
    // order 2, 1, 0, 2, 1, 0, ...: every piece must land on its call.
    openai::chat_completion_accumulator acc;
    openai::chat_completion_chunk chunk;
    chunk.id = "chatcmpl-long";
    chunk.choices.resize(1);
    auto& delta = chunk.choices[0].delta;
    delta.tool_calls.resize(1);
    std::string expected_content;
    std::string expected_arguments[3];
    for (int i = 0; i < 20000; ++i)
    {
        const std::string piece(1, static_cast<char>('a' + i % 26));
        delta.content = piece;
        delta.tool_calls[0].index = 2 - i % 3;
        delta.tool_calls[0].function.emplace().arguments = piece;
        acc.add(chunk);
        expected_content += piece;
        expected_arguments[2 - i % 3] += piece;
    }
    const auto& message = acc.current_completion().choices.at(0).message;
    CHECK(message.content == expected_content);
    REQUIRE(message.tool_calls.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(message.tool_calls[i].function.arguments == expected_arguments[i]);
}

TEST_CASE("completion accumulator: legacy stream, n=2 interleaved, logprobs and usage")
{
    openai::completion_accumulator acc;
    fold(acc, {
                  R"({"id": "cmpl-8mZ3xQ", "object": "text_completion", "created": 1706000000,
            "model": "gpt-3.5-turbo-instruct", "system_fingerprint": null, "choices": [
            {"text": "Bonjour", "index": 1, "logprobs": null, "finish_reason": null},
            {"text": "Hé", "index": 0, "finish_reason": null,
             "logprobs": {"tokens": ["H", "é"], "token_logprobs": [null, -0.25],
                          "top_logprobs": [null, {"é": -0.25, "e": -2.0}], "text_offset": [0, 1]}}]})",
                  R"({"id": "cmpl-8mZ3xQ", "object": "text_completion", "created": 1706000000,
            "model": "gpt-3.5-turbo-instruct", "choices": [
            {"text": "llo", "index": 0, "finish_reason": null,
             "logprobs": {"tokens": ["llo"], "token_logprobs": [-0.125], "top_logprobs": [{"llo": -0.125}],
                          "text_offset": [3]}}]})",
              });
    {
        const auto& now = acc.current_completion();
        CHECK(now.id == "cmpl-8mZ3xQ");
        CHECK(now.object == "text_completion");
        CHECK(now.created == 1706000000);
        CHECK(now.model == "gpt-3.5-turbo-instruct");
        CHECK_FALSE(now.system_fingerprint.has_value());
        REQUIRE(now.choices.size() == 2);
        CHECK(now.choices[0].index == 0);
        CHECK(now.choices[0].text == "Héllo");
        CHECK(now.choices[0].finish_reason.empty());
        CHECK(now.choices[1].index == 1);
        CHECK(now.choices[1].text == "Bonjour");
        CHECK_FALSE(now.usage.has_value());
    }
    fold(acc, {
                  R"({"id": "cmpl-8mZ3xQ", "object": "text_completion", "created": 1706000000,
            "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_legacy", "unknown": true, "choices": [
            {"text": " 世界", "index": 1, "logprobs": null, "finish_reason": null}]})",
                  R"({"id": "cmpl-8mZ3xQ", "object": "text_completion", "created": 1706000000,
            "model": "gpt-3.5-turbo-instruct", "choices": [
            {"text": "", "index": 1, "logprobs": null, "finish_reason": "stop"},
            {"text": "", "index": 0, "logprobs": null, "finish_reason": "length"}]})",
                  R"({"id": "cmpl-8mZ3xQ", "object": "text_completion", "created": 1706000000,
            "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "", "choices": [],
            "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}})",
              });
    const auto completion = acc.take_final_completion();
    CHECK(acc.current_completion().choices.empty());
    CHECK(acc.current_completion().id.empty());
    CHECK(completion.system_fingerprint == "fp_legacy");
    REQUIRE(completion.usage.has_value());
    CHECK(completion.usage->prompt_tokens == 5);
    CHECK(completion.usage->completion_tokens == 7);
    CHECK(completion.usage->total_tokens == 12);
    REQUIRE(completion.choices.size() == 2);
    CHECK_JSON(to_json(completion.choices[1]), R"({"index": 1, "text": "Bonjour 世界", "finish_reason": "stop"})");
    const auto& first = completion.choices[0];
    CHECK(first.index == 0);
    CHECK(first.text == "Héllo");
    CHECK(first.finish_reason == "length");
    REQUIRE(first.logprobs.has_value());
    CHECK(first.logprobs->tokens == std::vector<std::string>{"H", "é", "llo"});
    CHECK(first.logprobs->text_offset == std::vector<std::int64_t>{0, 1, 3});
    REQUIRE(first.logprobs->token_logprobs.size() == 3);
    CHECK(std::isnan(first.logprobs->token_logprobs[0]));
    CHECK(first.logprobs->token_logprobs[1] == -0.25);
    CHECK(first.logprobs->token_logprobs[2] == -0.125);
    REQUIRE(first.logprobs->top_logprobs.size() == 3);
    CHECK(first.logprobs->top_logprobs[0].empty());
    CHECK(first.logprobs->top_logprobs[1] == std::map<std::string, double>{{"e", -2.0}, {"é", -0.25}});
    CHECK(first.logprobs->top_logprobs[2] == std::map<std::string, double>{{"llo", -0.125}});
}

TEST_CASE("completion accumulator: get copies the snapshot")
{
    openai::completion_accumulator acc;
    fold(acc, {R"({"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m",
                   "choices": [{"text": "x", "index": 0, "logprobs": null, "finish_reason": null}]})"});
    auto copy = acc.get_final_completion();
    copy.choices.at(0).text = "changed";
    CHECK(acc.current_completion().choices.at(0).text == "x");
    fold(acc, {R"({"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m",
                   "choices": [{"text": "y", "index": 0, "logprobs": null, "finish_reason": "stop"}]})"});
    CHECK(acc.get_final_completion().choices.at(0).text == "xy");
    CHECK(acc.get_final_completion().choices.at(0).finish_reason == "stop");
}

TEST_SUITE_END();
