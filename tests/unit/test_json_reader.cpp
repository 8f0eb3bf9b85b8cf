// The event reader (json_reader.hpp) against the document reader (json_model.hpp): the same
// values and the same errors at the same paths, on real answers and on every single-fault
// mutation of them.
#include <openai/detail/json_reader.hpp>
#include <openai/openai.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include "support/json_reader_check.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace json = boost::json;
using openai::detail::read_json_text;
using openai_test::compare_readers;

namespace {

// The fuzz_decode seeds: the first byte picks the type, as in tests/fuzz/fuzz_decode.cpp.
template <class F>
void with_type(unsigned selector, F&& f)
{
    switch (selector % 8)
    {
    case 0: f.template operator()<openai::chat_completion>(); break;
    case 1: f.template operator()<openai::chat_completion_chunk>(); break;
    case 2: f.template operator()<openai::create_embedding_response>(); break;
    case 3: f.template operator()<openai::images_response>(); break;
    case 4: f.template operator()<openai::model>(); break;
    case 5: f.template operator()<openai::page<openai::model>>(); break;
    case 6: f.template operator()<openai::completion>(); break;
    case 7: f.template operator()<openai::model_deleted>(); break;
    }
}

struct sample
{
    std::string name;
    unsigned selector;
    std::string text;
};

std::vector<sample> samples()
{
    std::vector<sample> out;
    for (const auto& entry : std::filesystem::directory_iterator(OPENAI_TESTS_DIR "/fuzz/seeds/fuzz_decode"))
    {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string bytes = ss.str();
        // A seed with a NUL is a primer and a text, for json_prefix_memo (see fuzz_decode.cpp).
        if (!bytes.empty() && bytes.find('\0') == std::string::npos)
            out.push_back({entry.path().filename().string(), static_cast<unsigned char>(bytes[0]), bytes.substr(1)});
    }
    // Richer shapes than the seeds: tool calls, logprobs, audio, usage details.
    out.push_back({"chat with tool calls and logprobs", 0, R"({"id":"chatcmpl-1","object":"chat.completion","created":1,
        "model":"gpt-4o","choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
        "refusal":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather",
        "arguments":"{\"city\":\"Paris\"}"}}],"audio":{"id":"a1","data":"AAAA","expires_at":5,"transcript":"hi"},
        "annotations":[{"type":"url_citation","url_citation":{"start_index":0,"end_index":3,"title":"t","url":"u"}}]},
        "logprobs":{"content":[{"token":"Hi","logprob":-0.5,"bytes":[72,105],"top_logprobs":[{"token":"Hi","logprob":-0.5,
        "bytes":[72,105]}]}],"refusal":null}}],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7,
        "prompt_tokens_details":{"cached_tokens":1,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":2}},
        "service_tier":"default","system_fingerprint":"fp"})"});
    out.push_back({"chunk with tool call deltas", 1, R"({"id":"c","object":"chat.completion.chunk","created":2,
        "model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function",
        "function":{"name":"f","arguments":"{\"a\""}},{"index":1,"function":{"arguments":":1}"}}]},
        "finish_reason":null,"logprobs":null}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})"});
    out.push_back({"legacy completion with logprobs", 6, R"({"id":"cmpl-1","object":"text_completion","created":3,
        "model":"gpt-3.5-turbo-instruct","choices":[{"text":"Hi","index":0,"finish_reason":"length","logprobs":{
        "tokens":["Hi","!"],"token_logprobs":[null,-0.25],"top_logprobs":[null,{"!":-0.25}],"text_offset":[0,2]}}],
        "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})"});
    out.push_back({"embeddings with escaped slashes", 2, R"({"object":"list","model":"m","usage":{"prompt_tokens":1,
        "total_tokens":1},"data":[{"object":"embedding","index":0,"embedding":"AACAP\/\/\/f38AAAAA"}]})"});
    return out;
}

// Every value of the document, by the path of keys and indices that leads to it.
void each_value(json::value& v, const std::function<void(json::value&)>& f)
{
    f(v);
    if (auto* obj = v.if_object())
        for (auto& kv : *obj)
            each_value(kv.value(), f);
    else if (auto* arr = v.if_array())
        for (auto& item : *arr)
            each_value(item, f);
}

}  // namespace

TEST_CASE("the event reader reads every sample as the document reader does")
{
    for (const auto& s : samples())
    {
        CAPTURE(s.name);
        with_type(s.selector, [&]<class T>() {
            const auto diff = compare_readers<T>(s.text);
            CHECK_MESSAGE(!diff, diff.value_or(""));
            T value{};
            openai::detail::read_error err;
            openai::error_code ec;
            CHECK(read_json_text(s.text, value, err, ec));  // the samples are all valid
        });
    }
}

TEST_CASE("every single value replaced by every other kind: same values, same errors, same paths")
{
    const std::vector<json::value> replacements{nullptr,
                                                7,
                                                -1,
                                                1.5,
                                                3.0,
                                                18446744073709551615ull,
                                                "x",
                                                true,
                                                json::array{},
                                                json::array{1, "a"},
                                                json::object{},
                                                json::object{{"k", "v"}}};
    std::size_t checked = 0;
    for (const auto& s : samples())
    {
        CAPTURE(s.name);
        const json::value original = json::parse(s.text);
        std::size_t count = 0;
        {
            json::value copy = original;
            each_value(copy, [&](json::value&) { ++count; });
        }
        for (std::size_t target = 0; target < count; ++target)
            for (const auto& replacement : replacements)
            {
                json::value mutated = original;
                std::size_t i = 0;
                each_value(mutated, [&](json::value& v) {
                    if (i++ == target)
                        v = replacement;
                });
                const std::string text = json::serialize(mutated);
                with_type(s.selector, [&]<class T>() {
                    const auto diff = compare_readers<T>(text);
                    CHECK_MESSAGE(!diff, text << "\n" << diff.value_or(""));
                });
                ++checked;
            }
    }
    CHECK(checked > 1000);
}

TEST_CASE("unknown members of any shape are skipped; escapes and whitespace change nothing")
{
    for (const auto& s : samples())
    {
        CAPTURE(s.name);
        json::value doc = json::parse(s.text);
        std::vector<json::object*> objects;
        each_value(doc, [&](json::value& v) {
            if (auto* obj = v.if_object())
                objects.push_back(obj);
        });
        // Deepest first: adding a member may move an object's members, descendants included.
        for (auto it = objects.rbegin(); it != objects.rend(); ++it)
            (**it)["zz_unknown"] = json::parse(R"({"a":[1,{"b":null},"c\n"],"d":{"e":{}}})");
        std::string text = json::serialize(doc);
        with_type(s.selector, [&]<class T>() {
            const auto diff = compare_readers<T>(text);
            CHECK_MESSAGE(!diff, diff.value_or(""));
        });
        // Pretty-printed, with every '/' escaped and one key written with a \u escape: strings
        // and keys arrive in parts.
        std::string escaped;
        for (char c : json::serialize(json::parse(s.text)))
        {
            if (c == '/')
                escaped += "\\/";
            else if (c == ',' || c == ':')
                escaped += std::string(1, c) + "\n  ";
            else
                escaped += c;
        }
        if (auto pos = escaped.find("\"id\""); pos != std::string::npos)
            escaped.replace(pos, 4, "\"\\u0069d\"");
        with_type(s.selector, [&]<class T>() {
            const auto diff = compare_readers<T>(escaped);
            CHECK_MESSAGE(!diff, escaped << "\n" << diff.value_or(""));
        });
    }
}

TEST_CASE("errors name the JSON path and say what was expected")
{
    openai::chat_completion_chunk chunk;
    openai::detail::read_error err;
    openai::error_code ec;
    CHECK_FALSE(
        read_json_text(R"({"choices":[{"index":0},{"delta":{"tool_calls":[{"index":"one"}]}}]})", chunk, err, ec));
    CHECK_FALSE(ec);
    CHECK(err.to_string() == "choices[1].delta.tool_calls[0].index: expected an integer, got a string");

    openai::create_embedding_response emb;
    CHECK_FALSE(read_json_text(R"({"data":[{"embedding":"abc"}]})", emb, err, ec));
    CHECK(err.to_string() == "data[0].embedding: invalid base64: length 3 is not a multiple of 4");
    CHECK_FALSE(read_json_text(R"({"data":[{"embedding":{"a":1}}]})", emb, err, ec));
    CHECK(err.to_string() == "data[0].embedding: expected an array of numbers or a base64 string, got an object");

    openai::model m;
    CHECK_FALSE(read_json_text(R"({"created":1.5})", m, err, ec));
    CHECK(err.to_string() == "created: expected an integer, got 1.500000");
    CHECK_FALSE(read_json_text(R"([])", m, err, ec));
    CHECK(err.to_string() == "expected an object, got an array");
}

TEST_CASE("malformed text: parse errors, not type errors")
{
    openai::model m;
    openai::detail::read_error err;
    openai::error_code ec;
    for (std::string_view text : {"", "{", R"({"id":"x")", R"({"id":"x"} trailing)", R"({"id":"x"}{})", "nul",
                                  R"({"id":"\ud800"})", "{\"id\":\"\xff\"}"})
    {
        CAPTURE(text);
        CHECK_FALSE(read_json_text(text, m, err, ec));
        CHECK(ec);
        const auto diff = compare_readers<openai::model>(text);
        CHECK_MESSAGE(!diff, diff.value_or(""));
    }
    // Nesting deeper than 256 levels is refused, inside skipped members too.
    const std::string deep = R"({"id":"x","skip":)" + std::string(300, '[') + std::string(300, ']') + "}";
    CHECK_FALSE(read_json_text(deep, m, err, ec));
    CHECK(ec);
    const std::string fine = R"({"id":"x","skip":)" + std::string(200, '[') + std::string(200, ']') + "}";
    CHECK(read_json_text(fine, m, err, ec));
    CHECK(m.id == "x");
}

TEST_CASE("a repeated key: its last value wins, and each value must fit")
{
    openai::model m;
    openai::detail::read_error err;
    openai::error_code ec;
    REQUIRE(read_json_text(R"({"id":"a","owned_by":"o","id":"b"})", m, err, ec));
    CHECK(m.id == "b");
    CHECK(m.owned_by == "o");
    openai::chat_completion c;
    REQUIRE(read_json_text(R"({"choices":[{"index":1},{"index":2}],"choices":[{"index":3}]})", c, err, ec));
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].index == 3);
    REQUIRE(read_json_text(R"({"usage":{"prompt_tokens":5,"total_tokens":6},"usage":{"total_tokens":7}})", c, err, ec));
    REQUIRE(c.usage);
    CHECK(c.usage->prompt_tokens == 0);  // the second object replaced the first
    CHECK(c.usage->total_tokens == 7);
    CHECK_FALSE(read_json_text(R"({"id":5,"id":"b"})", m, err, ec));
    CHECK(err.to_string() == "id: expected a string, got a number");
}

TEST_CASE("json_watch reports a top-level member that is not null, whatever the type reads")
{
    openai::chat_completion_chunk chunk;
    openai::detail::read_error err;
    openai::error_code ec;
    openai::detail::json_watch w{"error"};
    CHECK(read_json_text(R"({"error":{"message":"boom"}})", chunk, err, ec, &w));
    CHECK(w.found);
    w = {"error"};
    CHECK(read_json_text(R"({"id":"x","error":null})", chunk, err, ec, &w));
    CHECK_FALSE(w.found);
    w = {"error"};
    CHECK(read_json_text(R"({"id":"x","extra":{"error":"nested"},"choices":[{"delta":{"content":"error"}}]})", chunk,
                         err, ec, &w));
    CHECK_FALSE(w.found);
    w = {"error"};
    CHECK(read_json_text(R"({"\u0065rror":"text"})", chunk, err, ec, &w));
    CHECK(w.found);
}
