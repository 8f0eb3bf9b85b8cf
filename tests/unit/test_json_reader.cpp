// The text route (read_json_text) against the document route (read_json) of the one reader
// (json_reader.hpp): the same values and the same errors at the same paths, on real answers and
// requests and on every single-fault mutation of them.
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
    switch (selector % 10)
    {
    case 0: f.template operator()<openai::chat_completion>(); break;
    case 1: f.template operator()<openai::chat_completion_chunk>(); break;
    case 2: f.template operator()<openai::create_embedding_response>(); break;
    case 3: f.template operator()<openai::images_response>(); break;
    case 4: f.template operator()<openai::model>(); break;
    case 5: f.template operator()<openai::page<openai::model>>(); break;
    case 6: f.template operator()<openai::completion>(); break;
    case 7: f.template operator()<openai::model_deleted>(); break;
    case 8: f.template operator()<std::vector<openai::chat_completion_message_param>>(); break;
    case 9: f.template operator()<openai::chat_completion_create_params>(); break;
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

TEST_CASE("the text route reads every sample as the document route does")
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

// One set of rules: the document route (read_json on a boost::json::value) and the text route
// (read_json_text) run the same sinks, for every kind of type. The texts below reach structs,
// optionals, variants (first fit), tagged unions (by "type" and by "role", with and without a
// string form) and pages, at the top level and nested.
namespace {

template <class F>
void with_request_type(unsigned selector, F&& f)
{
    switch (selector)
    {
    case 0: f.template operator()<openai::chat_completion_create_params>(); break;
    case 1: f.template operator()<openai::completion_create_params>(); break;
    case 2: f.template operator()<openai::embedding_create_params>(); break;
    case 3: f.template operator()<openai::chat_completion_message_param>(); break;
    case 4: f.template operator()<std::vector<openai::chat_completion_message_param>>(); break;
    case 5: f.template operator()<openai::chat_completion_tool_choice_option_param>(); break;
    case 6: f.template operator()<std::optional<openai::response_format>>(); break;
    case 7: f.template operator()<std::optional<openai::model>>(); break;
    case 8: f.template operator()<std::variant<std::string, std::vector<std::int64_t>>>(); break;
    case 9: f.template operator()<openai::page<openai::model>>(); break;
    case 10: f.template operator()<openai::image_generate_params>(); break;
    }
}

std::vector<sample> request_samples()
{
    return {
        {"chat request, every kind of message and part", 0, R"({"model":"gpt-4o","messages":[
            {"role":"system","content":[{"type":"text","text":"Be brief."}],"name":"sys"},
            {"role":"developer","content":"Answer in French."},
            {"role":"user","content":[{"type":"text","text":"What is this?","prompt_cache_breakpoint":{"mode":"explicit"}},
                {"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}},
                {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}},
                {"type":"file","file":{"file_id":"file-1","filename":"a.pdf"}}]},
            {"role":"assistant","content":[{"type":"text","text":"Un chat."},{"type":"refusal","refusal":"no"}],
                "refusal":null,"audio":{"id":"audio-1"},"tool_calls":[{"id":"call_1","type":"function",
                "function":{"name":"f","arguments":"{}"}},{"id":"call_2","type":"custom","custom":{"name":"sql",
                "input":"SELECT 1"}}],"function_call":{"name":"legacy","arguments":"{}"}},
            {"role":"tool","content":"42","tool_call_id":"call_1"},
            {"role":"function","content":null,"name":"legacy"}],
          "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"},"strict":true}},
            {"type":"custom","custom":{"name":"sql","format":{"type":"grammar","grammar":{"definition":"start","syntax":"lark"}}}}],
          "tool_choice":{"type":"allowed_tools","allowed_tools":{"mode":"required","tools":[{"type":"function",
            "function":{"name":"get_weather"}}]}},
          "response_format":{"type":"json_schema","json_schema":{"name":"a","schema":{"type":"object"},"strict":true}},
          "stop":["END","STOP"],"logit_bias":{"50256":-100},"metadata":{"k":"v"},"n":2,"temperature":0.5,
          "prediction":{"type":"content","content":[{"type":"text","text":"p"}]},
          "stream_options":{"include_usage":true},"web_search_options":{"user_location":{"type":"approximate",
            "approximate":{"city":"Paris"}}}})"},
        {"chat request, string forms", 0, R"({"model":"m","messages":[{"role":"user","content":"hi"}],
          "tool_choice":"auto","stop":"END","response_format":{"type":"text"},"function_call":"none"})"},
        {"completion request, token prompts", 1, R"({"model":"gpt-3.5-turbo-instruct","prompt":[[1,2],[3]],
          "stop":["\n"],"logit_bias":{"1":2},"max_tokens":5,"stream_options":{"include_usage":false}})"},
        {"completion request, string prompt", 1, R"({"model":"m","prompt":"Say this","stop":"\n","echo":true})"},
        {"embedding request, strings", 2, R"({"model":"m","input":["a","b"],"dimensions":8})"},
        {"embedding request, tokens", 2, R"({"model":"m","input":[[1,2],[3]],"encoding_format":"base64"})"},
        {"a message, tag last", 3, R"({"content":[{"text":"hi","type":"text"},{"image_url":{"url":"u"},
          "type":"image_url"}],"name":"n","role":"user"})"},
        {"a message, tag in the middle", 3, R"({"content":"x","role":"assistant","tool_calls":[{"id":"c",
          "function":{"name":"f"}}]})"},
        {"messages", 4, R"([{"role":"user","content":"a"},{"content":"b","role":"assistant"},
          {"tool_call_id":"c","role":"tool","content":[{"text":"t","type":"text"}]}])"},
        {"tool choice, a string", 5, R"("required")"},
        {"tool choice, an object", 5, R"({"function":{"name":"f"},"type":"function"})"},
        {"response format", 6, R"({"json_schema":{"name":"s","schema":{"a":[1,{"b":null}]}},"type":"json_schema"})"},
        {"response format, null", 6, R"(null)"},
        {"an optional struct", 7, R"({"id":"m","created":1,"owned_by":"o","object":"model"})"},
        {"a variant, array form", 8, R"([1,2,3])"},
        {"a variant, string form", 8, R"("text")"},
        {"a page", 9, R"({"object":"list","data":[{"id":"a","created":1},{"id":"b"}],"has_more":true,
          "first_id":"a","last_id":"b"})"},
        {"image request", 10, R"({"prompt":"otter","model":"gpt-image-1","n":1,"size":"1024x1024"})"},
    };
}

// Every object of the document with its members in reverse order: tags come last, and members
// that came before them come after.
void reverse_members(json::value& v)
{
    if (auto* obj = v.if_object())
    {
        json::object reversed;
        std::vector<std::pair<std::string, json::value>> members;
        for (auto& kv : *obj)
            members.emplace_back(std::string(kv.key()), kv.value());
        for (auto it = members.rbegin(); it != members.rend(); ++it)
        {
            reverse_members(it->second);
            reversed[it->first] = it->second;
        }
        *obj = std::move(reversed);
    }
    else if (auto* arr = v.if_array())
        for (auto& item : *arr)
            reverse_members(item);
}

}  // namespace

TEST_CASE("documents and text read alike: structs, optionals, variants, tagged unions, pages")
{
    for (const auto& s : request_samples())
    {
        CAPTURE(s.name);
        with_request_type(s.selector, [&]<class T>() {
            const auto diff = compare_readers<T>(s.text);
            CHECK_MESSAGE(!diff, diff.value_or(""));
            T value{};
            openai::detail::read_error err;
            openai::error_code ec;
            CHECK_MESSAGE(read_json_text(s.text, value, err, ec), err.to_string());  // the samples are all valid
            // The members in reverse order read to the same value.
            json::value reversed = json::parse(s.text);
            reverse_members(reversed);
            T again{};
            REQUIRE_MESSAGE(read_json_text(json::serialize(reversed), again, err, ec), err.to_string());
            CHECK(openai::detail::to_json(again) == openai::detail::to_json(value));  // objects compare unordered
            CHECK(!compare_readers<T>(json::serialize(reversed)));
        });
    }
}

TEST_CASE("documents and text read alike: every value of a request replaced by every other kind")
{
    const std::vector<json::value> replacements{nullptr,
                                                7,
                                                -1,
                                                1.5,
                                                "x",
                                                "text",
                                                "user",
                                                true,
                                                json::array{},
                                                json::array{1, "a"},
                                                json::object{},
                                                json::object{{"type", "text"}}};
    std::size_t checked = 0;
    for (const auto& s : request_samples())
    {
        CAPTURE(s.name);
        for (bool reversed : {false, true})
        {
            json::value original = json::parse(s.text);
            if (reversed)
                reverse_members(original);
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
                    with_request_type(s.selector, [&]<class T>() {
                        const auto diff = compare_readers<T>(text);
                        CHECK_MESSAGE(!diff, text << "\n" << diff.value_or(""));
                    });
                    ++checked;
                }
        }
    }
    CHECK(checked > 5000);
}

TEST_CASE("a tagged union reads wherever its tag is, and fails as the document does")
{
    using message = openai::chat_completion_message_param;
    struct expectation
    {
        std::string_view text;
        std::string_view error;  // empty: fits
    };
    for (const auto& e : std::vector<expectation>{
             {R"({"role":"user","content":"a"})", ""},
             {R"({"content":"a","role":"user"})", ""},
             {R"({"name":"n","content":[{"text":"t","type":"text"}],"role":"user"})", ""},
             {R"({"\u0072ole":"user","content":"a"})", ""},       // the tag key in parts
             {R"({"content":"a","r\u006fle":"us\u0065r"})", ""},  // and its value too
             {R"({"role":"user","role":"user","content":"a"})", ""},
             {R"({"content":"a"})", "role: missing"},
             {R"({})", "role: missing"},
             {R"({"content":"a","role":5})", "role: expected a string, got a number"},
             {R"({"content":"a","role":null})", "role: expected a string, got null"},
             {R"({"content":"a","role":{"x":1}})", "role: expected a string, got an object"},
             {R"({"content":"a","role":"nobody"})", R"(role: unknown value "nobody")"},
             {R"({"content":5,"role":"user"})", "content: no accepted form matches a number"},
             {R"({"role":"user","content":[{"text":"t"}]})", "content: no accepted form matches an array"},
             {R"({"role":"tool","content":"a","tool_call_id":5})", "tool_call_id: expected a string, got a number"},
             {R"({"tool_call_id":5,"content":"a","role":"tool"})", "tool_call_id: expected a string, got a number"},
             {R"("user")", "expected an object, got a string"},
             {R"([])", "expected an object, got an array"},
         })
    {
        CAPTURE(e.text);
        const auto diff = compare_readers<message>(e.text);
        CHECK_MESSAGE(!diff, diff.value_or(""));
        message m;
        openai::detail::read_error err;
        openai::error_code ec;
        const bool ok = read_json_text(e.text, m, err, ec);
        CHECK(ok == e.error.empty());
        CHECK(err.to_string() == e.error);
        CHECK_FALSE(ec);
    }
    // Nested: the path leads through the union to the member.
    std::vector<message> messages;
    openai::detail::read_error err;
    openai::error_code ec;
    CHECK_FALSE(
        read_json_text(R"([{"role":"user","content":"a"},{"content":[{"image_url":{"url":7},"type":"image_url"}],
        "role":"user"}])",
                       messages, err, ec));
    CHECK(err.to_string() == "[1].content: no accepted form matches an array");
    openai::chat_completion_create_params params;
    CHECK_FALSE(read_json_text(R"({"tools":[{"function":{"name":5},"type":"function"}]})", params, err, ec));
    CHECK(err.to_string() == "tools[0].function.name: expected a string, got a number");
    CHECK_FALSE(read_json_text(R"({"tool_choice":{"type":"function","function":[]}})", params, err, ec));
    CHECK(err.to_string() == "tool_choice.function: expected an object, got an array");
    CHECK_FALSE(read_json_text(R"({"tool_choice":1})", params, err, ec));
    CHECK(err.to_string() == "tool_choice: expected a string or an object, got a number");
}

TEST_CASE("a tagged union's repeated tag must repeat its value")
{
    // The document keeps the last tag and reads another alternative; the text has read the first
    // alternative's members by then, so it fails (a repeated key's earlier value must fit).
    using part_type = openai::chat_completion_assistant_content_part_param;  // text or refusal
    part_type part;
    openai::detail::read_error err;
    openai::error_code ec;
    const std::string_view text = R"({"type":"text","text":"a","type":"refusal"})";
    CHECK_FALSE(read_json_text(text, part, err, ec));
    CHECK(err.to_string() == R"(type: repeated with another value than "text")");
    CHECK(!compare_readers<part_type>(text));  // tolerated: a repeated key
    REQUIRE(openai::detail::read_json(json::parse(text), part, err));
    CHECK(std::holds_alternative<openai::chat_completion_content_part_refusal_param>(part));
    part = {};
    REQUIRE(read_json_text(R"({"type":"text","text":"a","type":"text","text":"b"})", part, err, ec));
    CHECK(std::get<openai::chat_completion_content_part_text_param>(part).text == "b");
}

TEST_CASE("a document is read without being copied: variants and boost::json members take it as it is")
{
    // A tagged union's members before its tag, and a variant's value, are read from the document
    // itself; the same text reads to the same value (the first test case checks it).
    const json::value doc = json::parse(R"({"model":"m","input":[[1,2],[3]],"user":"u"})");
    openai::embedding_create_params params;
    openai::detail::read_error err;
    REQUIRE(openai::detail::read_json(doc, params, err));
    const auto* tokens = std::get_if<std::vector<std::vector<std::int64_t>>>(&params.input);
    REQUIRE(tokens);
    CHECK(tokens->size() == 2);
    CHECK(params.user == "u");
}
