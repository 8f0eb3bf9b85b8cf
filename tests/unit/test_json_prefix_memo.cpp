// json_prefix_memo: reading objects that begin with the bytes of the one before gives what
// read_json_text gives, values, errors and watched members alike, whether or not the kept
// beginning is used.
#include <openai/detail/json_prefix_memo.hpp>
#include <openai/openai.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include "support/json_reader_check.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace json = boost::json;
using openai::detail::json_prefix_memo;
using openai::detail::read_json_text;

namespace {

constexpr std::string_view head =
    R"({"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion.chunk","created":1741569952,)"
    R"("model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_06737a9306",)";

// Appended piece by piece: g++ 12 at -O3 reports the moves of a chain of operator+ on
// temporaries as out-of-bounds copies (-Warray-bounds, a false positive).
std::string chunk_text(std::string_view content)
{
    std::string text(head);
    text += R"("choices":[{"index":0,"delta":{"content":")";
    text += content;
    text += R"("},"logprobs":null,"finish_reason":null}],"usage":null})";
    return text;
}

struct outcome
{
    bool ok = false;
    bool malformed = false;
    std::string error;  // the type error, with its path
    std::string value;  // the value read, as JSON, when ok
    bool watched = false;
};

// One read, by `read(out, err, ec, watch)`, as an outcome to compare.
template <class T, class Read>
outcome read_with(Read&& read)
{
    std::optional<T> out;
    openai::detail::read_error err;
    openai::error_code ec;
    openai::detail::json_watch watch{"error"};
    outcome r;
    r.ok = read(out, err, ec, watch);
    r.malformed = static_cast<bool>(ec);
    r.error = r.ok ? "" : err.to_string();
    r.value = r.ok ? openai_test::dump(*out) : "";
    r.watched = watch.found;
    return r;
}

template <class T>
outcome read_plain(std::string_view text)
{
    return read_with<T>([&](std::optional<T>& out, auto& err, auto& ec, auto& watch) {
        return read_json_text(text, out.emplace(), err, ec, &watch);
    });
}

template <class T>
outcome read_memo(json_prefix_memo<T>& memo, std::string_view text)
{
    return read_with<T>(
        [&](std::optional<T>& out, auto& err, auto& ec, auto& watch) { return memo.read(text, out, err, ec, &watch); });
}

// After `primer`, `text` reads as read_json_text reads it. Returns whether the memo started
// from the primer's beginning.
template <class T>
bool check_after(std::string_view primer, std::string_view text)
{
    json_prefix_memo<T> memo;
    (void)read_memo(memo, primer);
    const std::size_t before = memo.reused();
    const outcome got = read_memo(memo, text);
    const outcome want = read_plain<T>(text);
    CAPTURE(text);
    CHECK(got.ok == want.ok);
    CHECK(got.malformed == want.malformed);
    CHECK(got.error == want.error);
    CHECK(got.value == want.value);
    CHECK(got.watched == want.watched);
    return memo.reused() > before;
}

}  // namespace

TEST_CASE("a stream's chunks: the repeated beginning is read once, the values are read_json_text's")
{
    json_prefix_memo<openai::chat_completion_chunk> memo;
    const std::vector<std::string> contents{"Hello", " there", "", "\\n\\u00e9", " \\\"quoted\\\""};
    for (const auto& content : contents)
    {
        const std::string text = chunk_text(content);
        const outcome got = read_memo(memo, text);
        const outcome want = read_plain<openai::chat_completion_chunk>(text);
        CHECK(got.ok);
        CHECK(got.value == want.value);
    }
    CHECK(memo.reused() == contents.size() - 1);

    // The fields of the kept beginning, as read.
    std::optional<openai::chat_completion_chunk> read;
    openai::detail::read_error err;
    openai::error_code ec;
    REQUIRE(memo.read(chunk_text("last"), read, err, ec));
    REQUIRE(read);
    const auto& c = *read;
    CHECK(c.id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
    CHECK(c.object == "chat.completion.chunk");
    CHECK(c.created == 1741569952);
    CHECK(c.model == "gpt-4o-mini-2024-07-18");
    CHECK(c.service_tier == "default");
    CHECK(c.system_fingerprint == "fp_06737a9306");
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].delta.content == "last");
    CHECK(memo.reused() == contents.size());
}

TEST_CASE("every single-value change after the beginning reads as read_json_text reads it")
{
    const std::string primer = chunk_text("Hello");
    const json::value original = json::parse(primer);
    const std::vector<json::value> replacements{nullptr,
                                                7,
                                                -1,
                                                1.5,
                                                "x",
                                                true,
                                                json::array{},
                                                json::array{1, "a"},
                                                json::object{},
                                                json::object{{"message", "boom"}}};
    std::size_t reused = 0, checked = 0;
    // Each top-level member from `choices` on, and each value inside them, replaced.
    for (std::string_view key : {"choices", "usage"})
        for (const auto& replacement : replacements)
        {
            json::value mutated = original;
            mutated.as_object()[key] = replacement;
            const std::string text = json::serialize(mutated);
            reused += check_after<openai::chat_completion_chunk>(primer, text);
            ++checked;
        }
    for (std::string_view path : {"index", "delta", "logprobs", "finish_reason"})
        for (const auto& replacement : replacements)
        {
            json::value mutated = original;
            mutated.as_object()["choices"].as_array()[0].as_object()[path] = replacement;
            const std::string text = json::serialize(mutated);
            reused += check_after<openai::chat_completion_chunk>(primer, text);
            ++checked;
        }
    // Members after the split: an unknown one, an error member, a repeated key of the beginning.
    for (std::string_view extra :
         {R"("zz":{"a":[1,2]})", R"("error":{"message":"boom"})", R"("error":null)", R"("id":"other")",
          R"("created":"late")", R"("model":null)", R"("system_fingerprint":null)", R"("choices":[{"index":1}])"})
    {
        std::string text = primer;
        text.insert(text.size() - 1, "," + std::string(extra));
        reused += check_after<openai::chat_completion_chunk>(primer, text);
        ++checked;
    }
    CHECK(reused == checked);  // all of them began with the primer's bytes
}

TEST_CASE("every truncation and every byte changed: the same outcome as read_json_text")
{
    const std::string primer = chunk_text("Hello");
    std::size_t reused = 0, checked = 0;
    for (std::size_t n = 0; n <= primer.size(); ++n)
    {
        reused += check_after<openai::chat_completion_chunk>(primer, std::string_view(primer).substr(0, n));
        ++checked;
    }
    for (std::size_t i = 0; i < primer.size(); ++i)
        for (char c : {'}', ',', '"', '\\', ' ', '{', '[', 'x', '\x01', '\xff'})
        {
            std::string text = primer;
            text[i] = c;
            reused += check_after<openai::chat_completion_chunk>(primer, text);
            ++checked;
        }
    CHECK(checked > 3000);
    CHECK(reused > 1000);  // the changes after the beginning
    CHECK(reused < checked);
}

TEST_CASE("no kept beginning: short ones, escaped keys, failures, error events")
{
    json_prefix_memo<openai::chat_completion_chunk> memo;
    // The split key comes first or too soon: nothing is kept.
    const std::string first = R"({"choices":[{"index":0,"delta":{"content":"a"}}],"id":"chatcmpl-123456789"})";
    CHECK(read_memo(memo, first).ok);
    CHECK(read_memo(memo, first).ok);
    const std::string soon = R"({"id":"c","choices":[]})";
    CHECK(read_memo(memo, soon).ok);
    CHECK(read_memo(memo, soon).ok);
    CHECK(memo.reused() == 0);

    // The split key written with an escape: its bytes are not the text's.
    const std::string escaped = std::string(head) + R"("\u0063hoices":[{"index":0}]})";
    CHECK_FALSE(check_after<openai::chat_completion_chunk>(escaped, escaped));

    // A beginning that did not read, or an error event, is not kept.
    const std::string bad = std::string(head).replace(head.find("1741569952"), 10, "\"x\"") + R"("choices":[]})";
    CHECK_FALSE(check_after<openai::chat_completion_chunk>(bad, bad));
    const std::string error_event =
        std::string(head) + R"("error":"overloaded","choices":[{"index":0,"delta":{"content":"a"}}]})";
    CHECK_FALSE(check_after<openai::chat_completion_chunk>(error_event, error_event));
    CHECK(read_plain<openai::chat_completion_chunk>(error_event).watched);
}

TEST_CASE("objects that never repeat their beginning stop being kept; a repeat starts the count over")
{
    json_prefix_memo<openai::chat_completion_chunk> memo;
    auto with_id = [](int i) {
        return R"({"id":"chatcmpl-)" + std::to_string(1000000 + i) + R"(","object":"chat.completion.chunk",)" +
               R"("choices":[{"index":0,"delta":{"content":"x"}}]})";
    };
    // Misses, then a repeat of the last: used, and the count starts over.
    for (int i = 0; i < 5; ++i)
        CHECK(read_memo(memo, with_id(i)).ok);
    CHECK(read_memo(memo, with_id(4)).ok);
    CHECK(memo.reused() == 1);
    // Eight misses in a row (10 to 17): the beginning of 17 is the last one kept.
    for (int i = 10; i < 30; ++i)
        CHECK(read_memo(memo, with_id(i)).ok);
    const outcome again = read_memo(memo, with_id(29));
    CHECK(again.ok);
    CHECK(again.value == read_plain<openai::chat_completion_chunk>(with_id(29)).value);
    CHECK(memo.reused() == 1);
    const outcome kept = read_memo(memo, with_id(17));
    CHECK(kept.value == read_plain<openai::chat_completion_chunk>(with_id(17)).value);
    CHECK(memo.reused() == 2);
}

TEST_CASE("types read whole or cleared by their object (maps, variants, documents) are never started from a kept value")
{
    // A map's object clears the map: starting from the kept beginning would lose its entries.
    using map = std::map<std::string, json::value>;
    json_prefix_memo<map> memo;
    const std::string text = R"({"a_key_long_enough_to_keep":"a","list":[1,2],"last":null})";
    for (int i = 0; i < 3; ++i)
    {
        std::optional<map> out;
        openai::detail::read_error err;
        openai::error_code ec;
        REQUIRE(memo.read(text, out, err, ec));
        REQUIRE(out);
        CHECK(out->size() == 3);
        CHECK(out->at("a_key_long_enough_to_keep") == "a");
        CHECK(out->at("list") == json::array{1, 2});
    }
    CHECK(memo.reused() == 0);
    static_assert(openai::detail::json_reads_members<openai::chat_completion_chunk>);
    static_assert(!openai::detail::json_reads_members<map>);
    static_assert(!openai::detail::json_reads_members<json::value>);
}
