// Unions told apart by a table (json_model.hpp's json_union, the generated unions): several tags
// for one alternative, a second key for a shared tag, a default for a missing tag, and the
// unknown_json alternative for tags the SDK does not know; renamed keys and members sent as null.
// Each case is read from text and from a document, which must agree (compare_readers).
#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include "support/json_reader_check.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace union_test {

struct alpha
{
    std::string type = "alpha";
    std::int64_t x{};
};
BOOST_DESCRIBE_STRUCT(alpha, (), (type, x))

struct search
{
    std::string type = "web_search";
    std::string query{};
};
BOOST_DESCRIBE_STRUCT(search, (), (type, query))

using thing = std::variant<alpha, search, openai::unknown_json>;

struct easy_message
{
    std::string type = "message";
    std::string role{};
    std::string content{};
};
BOOST_DESCRIBE_STRUCT(easy_message, (), (type, role, content))

struct output_message
{
    std::string type = "message";
    std::string role = "assistant";
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(output_message, (), (type, role, id))

using item = std::variant<easy_message, output_message, alpha, openai::unknown_json>;

// No unknown_json alternative: an unknown tag fails.
using closed = std::variant<std::string, alpha, search>;

struct renamed
{
    std::string namespace_{};
    std::string self_harm{};
    std::optional<bool> strict{};
    std::optional<std::string> note{};
};
BOOST_DESCRIBE_STRUCT(renamed, (), (namespace_, self_harm, strict, note))

struct holder
{
    std::vector<thing> things{};
    std::vector<item> items{};
    thing one{};
};
BOOST_DESCRIBE_STRUCT(holder, (), (things, items, one))

}  // namespace union_test

OPENAI_BEGIN_NAMESPACE
namespace detail {
inline constexpr json_union_case thing_cases[] = {{"alpha", 0}, {"web_search", 1}, {"web_search_2025_08_26", 1}};
template <>
inline constexpr json_union_table json_union<union_test::thing>{"type", thing_cases};

inline constexpr json_union_case item_cases[] = {{"message", 0}, {"message", 1, "assistant"}, {"alpha", 2}};
template <>
inline constexpr json_union_table json_union<union_test::item>{"type", item_cases, "role", 0};

inline constexpr json_union_case closed_cases[] = {{"alpha", 1}, {"web_search", 2}};
template <>
inline constexpr json_union_table json_union<union_test::closed>{"type", closed_cases};

template <>
inline constexpr const char* json_keys<union_test::renamed> = "namespace_=namespace,self_harm=self-harm/intent";
template <>
inline constexpr const char* json_send_null<union_test::renamed> = "strict";
}  // namespace detail
OPENAI_END_NAMESPACE

namespace {

using openai_test::compare_readers;

// Reads `text` by both routes, which must agree; returns the text route's value.
template <class T>
T read_both(std::string_view text)
{
    const auto difference = compare_readers<T>(text);
    INFO(text);
    CHECK_MESSAGE(!difference, difference.value_or(""));
    T out{};
    openai::detail::read_error err;
    openai::error_code ec;
    const bool ok = openai::detail::read_json_text(text, out, err, ec);
    CHECK_MESSAGE(ok, err.to_string());
    return out;
}

template <class T>
std::string read_error_of(std::string_view text)
{
    CHECK(!compare_readers<T>(text));
    T out{};
    openai::detail::read_error err;
    openai::error_code ec;
    CHECK_FALSE(openai::detail::read_json_text(text, out, err, ec));
    CHECK_FALSE(ec);
    return err.to_string();
}

}  // namespace

TEST_CASE("json_union: the tag picks the alternative, wherever it comes in the object")
{
    using union_test::thing;
    for (const char* text : {R"({"type":"alpha","x":7})", R"({"x":7,"type":"alpha"})"})
    {
        const auto value = read_both<thing>(text);
        REQUIRE(std::holds_alternative<union_test::alpha>(value));
        CHECK(std::get<union_test::alpha>(value).x == 7);
    }
}

TEST_CASE("json_union: several tags name one alternative, which keeps the tag it was given")
{
    const auto plain = read_both<union_test::thing>(R"({"type":"web_search","query":"q"})");
    REQUIRE(std::holds_alternative<union_test::search>(plain));
    CHECK(std::get<union_test::search>(plain).type == "web_search");

    const auto dated = read_both<union_test::thing>(R"({"query":"q","type":"web_search_2025_08_26"})");
    REQUIRE(std::holds_alternative<union_test::search>(dated));
    CHECK(std::get<union_test::search>(dated).type == "web_search_2025_08_26");
    CHECK(std::get<union_test::search>(dated).query == "q");
    // Written back as read.
    CHECK(boost::json::serialize(openai::detail::to_json(dated)) == R"({"type":"web_search_2025_08_26","query":"q"})");
}

TEST_CASE("json_union: an unknown tag is kept whole, and written back as it came")
{
    const char* text = R"({"id":"x1","type":"brand_new","nested":{"a":[1,2,{"b":null}]},"flag":true,"n":null})";
    const auto value = read_both<union_test::thing>(text);
    REQUIRE(std::holds_alternative<openai::unknown_json>(value));
    const auto& unknown = std::get<openai::unknown_json>(value);
    CHECK(unknown.type == "brand_new");
    CHECK(boost::json::value(unknown.json) == boost::json::parse(text));
    CHECK(openai::detail::to_json(value) == boost::json::parse(text));

    // Inside arrays and structs, among known alternatives, by both routes.
    const auto many = read_both<union_test::holder>(
        R"({"things":[{"type":"alpha","x":1},{"type":"later","deep":{"type":"alpha"}},{"type":"web_search"}],)"
        R"("one":{"z":[],"type":"other"}})");
    REQUIRE(many.things.size() == 3);
    CHECK(std::holds_alternative<union_test::alpha>(many.things[0]));
    REQUIRE(std::holds_alternative<openai::unknown_json>(many.things[1]));
    CHECK(std::get<openai::unknown_json>(many.things[1]).json.at("deep").at("type") == "alpha");
    CHECK(std::holds_alternative<union_test::search>(many.things[2]));
    REQUIRE(std::holds_alternative<openai::unknown_json>(many.one));
    CHECK(std::get<openai::unknown_json>(many.one).type == "other");
    CHECK(std::get<openai::unknown_json>(many.one).json.at("z").as_array().empty());
}

TEST_CASE("json_union: a union without unknown_json fails on an unknown tag")
{
    const std::string err = read_error_of<union_test::closed>(R"({"type":"brand_new"})");
    CHECK(err.find("unknown value \"brand_new\"") != std::string::npos);
    // Its string alternative takes a string.
    const auto text = read_both<union_test::closed>(R"("auto")");
    REQUIRE(std::holds_alternative<std::string>(text));
    CHECK(std::get<std::string>(text) == "auto");
}

TEST_CASE("json_union: a shared tag is settled by the second key, before or after the tag")
{
    using union_test::item;
    for (const char* text :
         {R"({"type":"message","role":"assistant","id":"m1"})", R"({"role":"assistant","id":"m1","type":"message"})"})
    {
        const auto value = read_both<item>(text);
        REQUIRE(std::holds_alternative<union_test::output_message>(value));
        CHECK(std::get<union_test::output_message>(value).id == "m1");
    }
    for (const char* text :
         {R"({"type":"message","role":"user","content":"hi"})",
          R"({"role":"developer","content":"hi","type":"message"})", R"({"type":"message","content":"hi"})"})
    {
        const auto value = read_both<item>(text);
        REQUIRE(std::holds_alternative<union_test::easy_message>(value));
        CHECK(std::get<union_test::easy_message>(value).content == "hi");
    }
    const auto other = read_both<item>(R"({"role":"x","type":"alpha","x":3})");
    REQUIRE(std::holds_alternative<union_test::alpha>(other));
    CHECK(std::get<union_test::alpha>(other).x == 3);
    const auto unknown = read_both<item>(R"({"role":"x","type":"reasoning_v9"})");
    REQUIRE(std::holds_alternative<openai::unknown_json>(unknown));
    CHECK(std::get<openai::unknown_json>(unknown).json.at("role") == "x");
}

TEST_CASE("json_union: an object without the tag is the table's default, or fails without one")
{
    const auto value = read_both<union_test::item>(R"({"role":"user","content":"no type"})");
    REQUIRE(std::holds_alternative<union_test::easy_message>(value));
    CHECK(std::get<union_test::easy_message>(value).content == "no type");
    CHECK(std::get<union_test::easy_message>(value).type == "message");

    CHECK(read_error_of<union_test::thing>(R"({"x":1})") == "type: missing");
    CHECK(read_error_of<union_test::holder>(R"({"things":[{"type":"alpha"},{"x":1}]})") == "things[1].type: missing");
}

TEST_CASE("json_union: a repeated tag must keep naming the chosen alternative; a wrong member fails with its path")
{
    // Another tag of the same alternative is fine (both routes: the document keeps the last).
    const auto same = read_both<union_test::thing>(R"({"type":"web_search","type":"web_search_2025_08_26"})");
    CHECK(std::holds_alternative<union_test::search>(same));

    union_test::thing out;
    openai::detail::read_error err;
    openai::error_code ec;
    CHECK_FALSE(openai::detail::read_json_text(R"({"type":"alpha","type":"web_search"})", out, err, ec));
    CHECK(err.to_string().find("type") != std::string::npos);

    // After an unknown tag, a repeated tag must name no alternative either: the document keeps
    // the last tag and would choose by it. Another unknown tag is kept, as the last one read.
    CHECK_FALSE(openai::detail::read_json_text(R"({"type":"brand_new","x":1,"type":"alpha"})", out, err, ec));
    CHECK(err.to_string() == R"(type: repeated with another value than "brand_new")");
    CHECK(!compare_readers<union_test::thing>(R"({"type":"brand_new","x":1,"type":"alpha"})"));
    const auto renamed = read_both<union_test::thing>(R"({"type":"brand_new","x":1,"type":"newer"})");
    REQUIRE(std::holds_alternative<openai::unknown_json>(renamed));
    CHECK(std::get<openai::unknown_json>(renamed).type == "newer");
    CHECK(std::get<openai::unknown_json>(renamed).json.at("type") == "newer");
    CHECK(read_error_of<union_test::thing>(R"({"type":"brand_new","type":7})").find("expected a string") !=
          std::string::npos);

    CHECK(read_error_of<union_test::holder>(R"({"one":{"type":"alpha","x":"seven"}})") ==
          "one.x: expected an integer, got a string");
    CHECK(read_error_of<union_test::thing>(R"({"type":5})").find("expected a string") != std::string::npos);
}

TEST_CASE("json_keys renames members' keys both ways; json_send_null writes null for an unset member")
{
    const auto value =
        read_both<union_test::renamed>(R"({"namespace":"ns","self-harm/intent":"s","namespace_":"ignored"})");
    CHECK(value.namespace_ == "ns");
    CHECK(value.self_harm == "s");

    union_test::renamed out;
    out.namespace_ = "a";
    CHECK(openai::detail::to_json(out) ==
          boost::json::parse(R"({"namespace":"a","self-harm/intent":"","strict":null})"));
    out.strict = false;
    out.note = "n";
    CHECK(openai::detail::to_json(out) ==
          boost::json::parse(R"({"namespace":"a","self-harm/intent":"","strict":false,"note":"n"})"));
}

TEST_CASE("json_union: every split of a text holding known and unknown alternatives reads the same")
{
    const std::string text =
        R"({"things":[{"x":2,"type":"alpha"},{"type":"future","s":"\u00e9\"q","arr":[{"k":1}]}],)"
        R"("items":[{"role":"assistant","type":"message","id":"i"},{"content":"c"}],"one":{"type":"web_search"}})";
    const auto whole = read_both<union_test::holder>(text);
    const std::string expected = openai_test::dump(whole);
    CHECK(expected.find("future") != std::string::npos);
    for (std::size_t cut = 1; cut < text.size(); ++cut)
    {
        union_test::holder out{};
        openai::detail::read_error err;
        boost::json::parse_options opts;
        boost::json::basic_parser<openai::detail::json_reader> parser(
            opts, openai::detail::json_sink{&out, &openai::detail::json_sink_for<union_test::holder>(), nullptr}, err,
            nullptr, nullptr, std::string_view());
        openai::error_code ec;
        parser.write_some(true, text.data(), cut, ec);
        REQUIRE_FALSE(ec);
        parser.write_some(false, text.data() + cut, text.size() - cut, ec);
        REQUIRE_FALSE(ec);
        CHECK(openai_test::dump(out) == expected);
    }
}
