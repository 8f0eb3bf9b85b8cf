// Unit tests of openai/detail/sse_parser.hpp: text/event-stream parsing as the WHATWG HTML
// standard specifies it, whatever way the bytes are split.
#include <openai/detail/sse_parser.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;
namespace d = openai::detail;

constexpr std::size_t default_limit = 16 * 1024 * 1024;

/// A dispatched event as plain values, comparable and printable.
struct event_record
{
    std::string event{};
    std::string data{};
    std::string id{};
    std::optional<long long> retry_ms{};

    bool operator==(const event_record&) const = default;
};

/// Everything a parse produced: the events, whether it hit the limit, and pending() at the end.
struct outcome
{
    std::vector<event_record> events{};
    bool too_large{};
    bool pending{};

    bool operator==(const outcome&) const = default;
};

std::ostream& operator<<(std::ostream& os, const outcome& o)
{
    os << "{" << o.events.size() << " events";
    for (const auto& e : o.events)
    {
        os << "\n  [event=\"" << e.event << "\" data=\"" << e.data << "\" id=\"" << e.id << "\" retry=";
        if (e.retry_ms)
            os << *e.retry_ms;
        else
            os << "none";
        os << "]";
    }
    return os << "\n  too_large=" << o.too_large << " pending=" << o.pending << "}";
}

event_record message(std::string data, std::string id = {}, std::optional<long long> retry_ms = {})
{
    return event_record{.event = {}, .data = std::move(data), .id = std::move(id), .retry_ms = retry_ms};
}

event_record typed(std::string type, std::string data, std::string id = {})
{
    return event_record{.event = std::move(type), .data = std::move(data), .id = std::move(id), .retry_ms = {}};
}

outcome events(std::vector<event_record> list, bool pending = false)
{
    return outcome{.events = std::move(list), .too_large = false, .pending = pending};
}

std::string join(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (auto p : parts)
        out += p;
    return out;
}

/// Calls next() until it needs more input (or, with `at_most_one`, after one event).
void drain(d::sse_parser& parser, d::sse_event& ev, outcome& result, bool at_most_one = false)
{
    for (;;)
    {
        const auto status = parser.next(ev);
        if (status == d::sse_status::need_more)
            return;
        if (status == d::sse_status::too_large)
        {
            result.too_large = true;
            return;
        }
        std::optional<long long> retry;
        if (ev.retry)
            retry = ev.retry->count();
        result.events.push_back(event_record{.event = ev.event, .data = ev.data, .id = ev.id, .retry_ms = retry});
        if (at_most_one)
            return;
    }
}

/// Feeds `pieces` in order, draining after each, as a stream reader does.
outcome parse_pieces(const std::vector<std::string_view>& pieces, std::size_t limit, bool lazy = false)
{
    d::sse_parser parser(limit);
    d::sse_event ev;  // reused across events, as the streaming code does
    outcome result;
    for (auto piece : pieces)
    {
        parser.feed(piece);
        // A lazy reader takes one event per feed, so bytes pile up unconsumed between feeds.
        drain(parser, ev, result, lazy);
    }
    drain(parser, ev, result);
    result.pending = parser.pending();
    return result;
}

outcome parse_whole(std::string_view stream, std::size_t limit = default_limit)
{
    return parse_pieces({stream}, limit);
}

/// Parses `stream` fed whole, split in two at every possible byte, and one byte at a time (with
/// an empty feed first, eager and lazy); every way must give the same outcome, which is returned.
outcome parse_every_way(std::string_view stream, std::size_t limit = default_limit)
{
    const outcome whole = parse_whole(stream, limit);

    std::size_t differing_splits = 0;
    std::optional<std::size_t> first_differing_split;
    outcome first_differing;
    for (std::size_t cut = 0; cut <= stream.size(); ++cut)
    {
        outcome split = parse_pieces({stream.substr(0, cut), stream.substr(cut)}, limit);
        if (split != whole)
        {
            ++differing_splits;
            if (!first_differing_split)
            {
                first_differing_split = cut;
                first_differing = std::move(split);
            }
        }
    }
    if (first_differing_split)
    {
        INFO("first differing split: at byte ", *first_differing_split, " of ", stream.size());
        CHECK(first_differing == whole);
    }
    CHECK(differing_splits == 0);

    std::vector<std::string_view> bytes{std::string_view()};
    for (std::size_t i = 0; i < stream.size(); ++i)
        bytes.push_back(stream.substr(i, 1));
    {
        INFO("one byte at a time");
        CHECK(parse_pieces(bytes, limit) == whole);
    }
    {
        INFO("one byte at a time, one event taken per feed");
        CHECK(parse_pieces(bytes, limit, true) == whole);
    }
    return whole;
}

/// A chat.completion.chunk as the API streams it, with `delta` and `finish_reason` as JSON.
std::string chunk(std::string_view delta, std::string_view finish_reason = "null")
{
    return join({R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",)"
                 R"("system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":)",
                 delta, R"(,"logprobs":null,"finish_reason":)", finish_reason, "}]}"});
}

/// The data of a recorded chat stream: role, two pieces of multi-byte UTF-8 content, a stop
/// chunk, then the [DONE] sentinel.
std::vector<std::string> chat_payloads()
{
    return {chunk(R"({"role":"assistant","content":"","refusal":null})"), chunk(R"({"content":"héllo"})"),
            chunk(R"({"content":" 🌍"})"), chunk("{}", R"("stop")"), "[DONE]"};
}

/// The chat stream as the server sends it, with `eol` ending every line.
std::string chat_stream(std::string_view eol)
{
    std::string out;
    for (const auto& payload : chat_payloads())
        out += join({"data: ", payload, eol, eol});
    return out;
}

outcome chat_outcome()
{
    std::vector<event_record> list;
    for (auto& payload : chat_payloads())
        list.push_back(message(payload));
    return events(std::move(list));
}

}  // namespace

TEST_SUITE_BEGIN("sse_parser");

// ---------------------------------------------------------------------------------------------
// Recorded OpenAI streams

TEST_CASE("sse_parser: a chat stream gives each chunk and [DONE], with LF, CRLF or CR line ends")
{
    for (auto eol : {"\n"sv, "\r\n"sv, "\r"sv})
    {
        INFO("line end bytes: ", eol.size() == 2 ? "CRLF" : eol == "\n" ? "LF" : "CR");
        const auto got = parse_every_way(chat_stream(eol));
        CHECK(got == chat_outcome());
        REQUIRE(got.events.size() == 5);
        // The multi-byte UTF-8 arrives intact whichever byte of it a feed ended at.
        CHECK(got.events[1].data.find("\"content\":\"h\xC3\xA9llo\"") != std::string::npos);
        CHECK(got.events[2].data.find("\"content\":\" \xF0\x9F\x8C\x8D\"") != std::string::npos);
        CHECK(got.events[4].data == "[DONE]");
    }
}

TEST_CASE("sse_parser: keep-alive comments between chunks are ignored")
{
    const auto payloads = chat_payloads();
    std::string stream = ": keep-alive\n\n";
    for (const auto& payload : payloads)
        stream += join({"data: ", payload, "\n\n: keep-alive\n\n"});
    CHECK(parse_every_way(stream) == chat_outcome());
}

TEST_CASE("sse_parser: an error event carries its type and data")
{
    const auto first = chunk(R"({"content":"hel"})");
    const std::string error =
        R"({"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}})";
    const auto stream = join({"data: ", first, "\n\nevent: error\ndata: ", error, "\n\n"});
    CHECK(parse_every_way(stream) == events({message(first), typed("error", error)}));
}

// ---------------------------------------------------------------------------------------------
// Line ends

TEST_CASE("sse_parser: CRLF, LF and CR may be mixed, and LF then CR is two line ends")
{
    // "data: a" CR, blank CR | "data: b" LF, blank LF | "data: c" CRLF, blank CR |
    // "data: d" LF, blank CR | "data: e" CRLF, blank LF
    const auto stream = "data: a\r\rdata: b\n\ndata: c\r\n\rdata: d\n\rdata: e\r\n\n"sv;
    CHECK(parse_every_way(stream) == events({message("a"), message("b"), message("c"), message("d"), message("e")}));
    // Lines of one event with different ends.
    CHECK(parse_every_way("data: 1\r\ndata: 2\rdata: 3\ndata: 4\r\n\r\n") == events({message("1\n2\n3\n4")}));
}

TEST_CASE("sse_parser: a CR ending one feed and an LF starting the next are one line end")
{
    d::sse_parser parser;
    d::sse_event ev;
    parser.feed("data: a\r");
    CHECK(parser.next(ev) == d::sse_status::need_more);
    parser.feed("\n");
    // Were the LF a line end of its own, this blank line would dispatch the event.
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK(parser.pending());
    parser.feed("\r");
    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.data == "a");
    parser.feed("\n");  // the LF of that CRLF, not another blank line
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK_FALSE(parser.pending());
}

TEST_CASE("sse_parser: a blank line ending in CR dispatches without waiting for an LF")
{
    CHECK(parse_every_way("data: a\n\r") == events({message("a")}));
    CHECK(parse_every_way("data: a\r\r") == events({message("a")}));
}

// ---------------------------------------------------------------------------------------------
// Fields

TEST_CASE("sse_parser: data lines are joined with LF, without a trailing one")
{
    CHECK(parse_every_way("data: line1\ndata: line2\ndata:\ndata: line4\n\n") ==
          events({message("line1\nline2\n\nline4")}));
    CHECK(parse_every_way("data: a\ndata:\n\n") == events({message("a\n")}));
    CHECK(parse_every_way("data: {\"a\":\ndata: 1}\n\n") == events({message("{\"a\":\n1}")}));
}

TEST_CASE("sse_parser: a line without a colon is a field with an empty value")
{
    // One empty data line: the data buffer is "\n", not empty, so an event with empty data.
    CHECK(parse_every_way("data\n\n") == events({message("")}));
    CHECK(parse_every_way("data\ndata\n\n") == events({message("\n")}));
    CHECK(parse_every_way("data: a\ndata\n\n") == events({message("a\n")}));
    CHECK(parse_every_way("data:\n\n") == events({message("")}));
}

TEST_CASE("sse_parser: exactly one space after the colon is removed")
{
    CHECK(parse_every_way("data:x\n\n") == events({message("x")}));
    CHECK(parse_every_way("data:  x\n\n") == events({message(" x")}));
    CHECK(parse_every_way("data: x \n\n") == events({message("x ")}));
    CHECK(parse_every_way("data:\tx\n\n") == events({message("\tx")}));
    CHECK(parse_every_way("data::x\n\n") == events({message(":x")}));
    CHECK(parse_every_way("data: a: b\n\n") == events({message("a: b")}));
}

TEST_CASE("sse_parser: field names are exact; unknown fields are ignored")
{
    CHECK(parse_every_way("Data: x\n\n") == events({}));
    CHECK(parse_every_way("data : x\n\n") == events({}));
    CHECK(parse_every_way(" data: x\n\n") == events({}));
    CHECK(parse_every_way("foo: bar\ndata: x\nbar\n\n") == events({message("x")}));
    CHECK(parse_every_way("event : e\nid : 1\nretry : 5\ndata: x\n\n") == events({message("x")}));
}

TEST_CASE("sse_parser: comments are ignored, also inside an event")
{
    CHECK(parse_every_way(": keep-alive\n\n:\n\n") == events({}));
    CHECK(parse_every_way("data: a\n: comment\ndata: b\n\n") == events({message("a\nb")}));
    CHECK(parse_every_way(":data: x\n\n") == events({}));
}

TEST_CASE("sse_parser: the event type applies to one event and resets after every blank line")
{
    const auto stream = "event: update\ndata: 1\n\n"       // typed
                        "data: 2\n\n"                      // back to the default
                        "event: ping\n\n"                  // no data: nothing, but the type resets
                        "data: 3\n\n"                      //
                        "event: a\nevent: b\ndata: 4\n\n"  // the last one wins
                        "event: c\nevent\ndata: 5\n\n";    // no colon: empty, the default
    CHECK(parse_every_way(stream) ==
          events({typed("update", "1"), message("2"), message("3"), typed("b", "4"), message("5")}));
}

TEST_CASE("sse_parser: the last event ID persists; an ID containing NUL is ignored")
{
    const auto stream = "id: 1\ndata: a\n\n"       // a: 1
                        "data: b\n\n"              // b: still 1
                        "id: 2\n\n"                // no data, but the ID is set
                        "data: c\n\n"              // c: 2
                        "id: 3\0x\ndata: d\n\n"sv  // NUL: ignored, d: 2
                        "id\ndata: e\n\n"          // empty value resets it
                        "id: 4\ndata: f\n\n"       // f: 4
                        "id:\ndata: g\n\n"         // g: empty again
                        "id:  5\ndata: h\n\n";     // h: " 5", one space removed
    CHECK(stream.find('\0') != std::string_view::npos);
    CHECK(parse_every_way(stream) ==
          events({message("a", "1"), message("b", "1"), message("c", "2"), message("d", "2"), message("e", ""),
                  message("f", "4"), message("g", ""), message("h", " 5")}));
}

TEST_CASE("sse_parser: retry is taken only when all ASCII digits, for its own event")
{
    const auto stream = "retry: 3000\ndata: a\n\n"                   // a: 3000
                        "data: b\n\n"                                // b: none, retry is per event
                        "retry: 12a\ndata: c\n\n"                    // not digits
                        "retry: -5\ndata: d\n\n"                     // a sign is not a digit
                        "retry: +5\ndata: e\n\n"                     //
                        "retry: 1.5\ndata: f\n\n"                    //
                        "retry:\ndata: g\n\n"                        // empty
                        "retry:  100\ndata: h\n\n"                   // " 100": the second space stays
                        "retry: 250\nretry: x\ndata: i\n\n"          // an invalid one keeps the valid one
                        "retry: 100\nretry: 200\ndata: j\n\n"        // the last valid one wins
                        "retry: 0\ndata: k\n\n"                      // zero is valid
                        "retry:0007\ndata: l\n\n"                    // leading zeros
                        "retry: 5\n\ndata: m\n\n"                    // a block without data is dropped whole
                        "retry: 99999999999999999999\ndata: n\n\n";  // does not fit: ignored
    CHECK(parse_every_way(stream) ==
          events({message("a", "", 3000), message("b"), message("c"), message("d"), message("e"), message("f"),
                  message("g"), message("h"), message("i", "", 250), message("j", "", 200), message("k", "", 0),
                  message("l", "", 7), message("m"), message("n")}));
}

// ---------------------------------------------------------------------------------------------
// Dispatch and the end of the input

TEST_CASE("sse_parser: blank lines without data dispatch nothing")
{
    CHECK(parse_every_way("\n\n\n\r\n\r") == events({}));
    CHECK(parse_every_way("\n\ndata: a\n\n\n\n") == events({message("a")}));
}

TEST_CASE("sse_parser: an event without its blank line is not dispatched and is pending")
{
    CHECK(parse_every_way("data: a\n\ndata: b\n") == events({message("a")}, true));
    CHECK(parse_every_way("data: a\n\ndata: b") == events({message("a")}, true));
    CHECK(parse_every_way("data: a\r") == events({}, true));
    CHECK(parse_every_way("data: a\n\ndata") == events({message("a")}, true));
    // Any field opens an event, even one that would dispatch nothing.
    CHECK(parse_every_way("event: x\n") == events({}, true));
    CHECK(parse_every_way("id: 1\n") == events({}, true));
    // A comment opens none, but an unfinished comment line is unfinished input.
    CHECK(parse_every_way(": keep-alive\n") == events({}, false));
    CHECK(parse_every_way(": keep-al") == events({}, true));
    CHECK(parse_every_way("data: a\n\n") == events({message("a")}, false));
    CHECK(parse_every_way("") == events({}, false));
}

TEST_CASE("sse_parser: next() gives one event per call and fills every field of out")
{
    d::sse_parser parser;
    CHECK_FALSE(parser.pending());
    CHECK(parser.buffered_bytes() == 0);
    d::sse_event ev{.event = "stale", .data = "stale", .id = "stale", .retry = std::chrono::milliseconds(9)};
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK(ev.data == "stale");  // untouched without an event

    parser.feed("retry: 5\nevent: e\nid: 7\ndata: one\n\ndata: two\n\n");
    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.event == "e");
    CHECK(ev.data == "one");
    CHECK(ev.id == "7");
    CHECK(ev.retry == std::chrono::milliseconds(5));
    CHECK(parser.pending());  // "two" is buffered, not yet parsed

    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.event == "");
    CHECK(ev.data == "two");
    CHECK(ev.id == "7");
    CHECK_FALSE(ev.retry.has_value());
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK_FALSE(parser.pending());
}

// ---------------------------------------------------------------------------------------------
// Byte order mark

TEST_CASE("sse_parser: a UTF-8 BOM at the start of the stream is skipped")
{
    CHECK(parse_every_way("\xEF\xBB\xBF" + chat_stream("\n")) == chat_outcome());
    CHECK(parse_every_way("\xEF\xBB\xBF"
                          "data: a\n\n") == events({message("a")}));
    // Only at the very start: elsewhere it is part of the field name, an unknown field.
    CHECK(parse_every_way("data: a\n\n\xEF\xBB\xBF"
                          "data: b\n\n") == events({message("a")}));
    CHECK(parse_every_way("\xEF\xBB\xBF\xEF\xBB\xBF"
                          "data: a\n\n") == events({}));
    // Two bytes of a BOM are not a BOM.
    CHECK(parse_every_way("\xEF\xBB"
                          "data: a\n\n") == events({}));
    CHECK(parse_every_way("\xEF\xBB\xBF") == events({}, false));
    CHECK(parse_every_way("\xEF\xBB") == events({}, true));
}

TEST_CASE("sse_parser: a BOM split across feeds is still skipped")
{
    d::sse_parser parser;
    d::sse_event ev;
    parser.feed("\xEF");
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK(parser.pending());
    parser.feed("\xBB");
    CHECK(parser.next(ev) == d::sse_status::need_more);
    parser.feed("\xBF");
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK_FALSE(parser.pending());
    parser.feed("data: a\n\n");
    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.data == "a");
}

// ---------------------------------------------------------------------------------------------
// Limits

TEST_CASE("sse_parser: one line longer than the limit is too_large, whole or in pieces")
{
    constexpr std::size_t limit = 64;
    const auto huge = std::string(100, 'x');
    outcome expected = events({message("a")}, true);
    expected.too_large = true;
    CHECK(parse_every_way("data: a\n\ndata: " + huge + "\n\ndata: b\n\n", limit) == expected);
    // A comment line counts too, and so does a line that has not ended yet.
    CHECK(parse_every_way("data: a\n\n:" + huge + "\n\ndata: b\n\n", limit) == expected);
    CHECK(parse_every_way("data: a\n\ndata: " + huge, limit) == expected);

    // The boundary: a line of exactly the limit is fine, one byte more is not.
    CHECK(parse_every_way(":" + std::string(limit - 1, 'x') + "\ndata: ok\n\n", limit) == events({message("ok")}));
    outcome only_too_large = events({}, true);
    only_too_large.too_large = true;
    CHECK(parse_every_way(":" + std::string(limit, 'x') + "\ndata: ok\n\n", limit) == only_too_large);
}

TEST_CASE("sse_parser: an event whose data lines add up past the limit is too_large")
{
    constexpr std::size_t limit = 64;
    // Six lines of 10 bytes and their five joining LFs: 65 bytes, over by one.
    std::string over;
    for (int i = 0; i < 6; ++i)
        over += "data: 0123456789\n";
    outcome expected = events({}, true);
    expected.too_large = true;
    CHECK(parse_every_way(over + "\n", limit) == expected);
    // One byte shorter: exactly the limit.
    const std::string exact = over.substr(0, over.size() - 2) + "\n\n";
    const auto got = parse_every_way(exact, limit);
    REQUIRE(got.events.size() == 1);
    CHECK(got.events[0].data.size() == limit);
    CHECK(got == events({message("0123456789\n0123456789\n0123456789\n0123456789\n0123456789\n012345678")}));
}

TEST_CASE("sse_parser: after too_large the parser stays there and holds no input")
{
    d::sse_parser parser(16);
    d::sse_event ev;
    parser.feed("data: 0123456789abcdef");
    CHECK(parser.next(ev) == d::sse_status::too_large);
    CHECK(parser.buffered_bytes() == 0);
    parser.feed("\n\ndata: a\n\n");
    CHECK(parser.buffered_bytes() == 0);
    CHECK(parser.next(ev) == d::sse_status::too_large);
    CHECK(parser.next(ev) == d::sse_status::too_large);
    CHECK(parser.pending());
}

// ---------------------------------------------------------------------------------------------
// Long streams

TEST_CASE("sse_parser: 100,000 events fed in 4 KiB pieces, with flat memory")
{
    constexpr std::size_t event_count = 100000;
    constexpr std::size_t piece_size = 4096;
    auto payload = [](std::size_t i) { return chunk(R"({"content":"token )" + std::to_string(i) + " héllo 🌍\"}"); };

    std::string stream;
    std::size_t longest_line = 0;
    for (std::size_t i = 0; i < event_count; ++i)
    {
        const auto line = "data: " + payload(i);
        longest_line = std::max(longest_line, line.size() + 1);
        stream += line;
        stream += i % 1000 == 999 ? "\r\n\r\n: keep-alive\r\n\r\n" : "\n\n";
    }
    stream += "data: [DONE]\n\n";
    // Far more than any bound below: a buffer that kept consumed bytes would fail.
    REQUIRE(stream.size() > 100 * piece_size);

    d::sse_parser parser;
    d::sse_event ev;
    std::size_t received = 0;
    std::size_t wrong = 0;
    std::size_t most_buffered = 0;
    bool done = false;
    for (std::size_t at = 0; at < stream.size(); at += piece_size)
    {
        parser.feed(std::string_view(stream).substr(at, piece_size));
        most_buffered = std::max(most_buffered, parser.buffered_bytes());
        for (d::sse_status status; (status = parser.next(ev)) != d::sse_status::need_more;)
        {
            if (status != d::sse_status::event)
            {
                ++wrong;
                break;
            }
            if (received < event_count ? ev.data != payload(received) : ev.data != "[DONE]")
                ++wrong;
            ++received;
            done = ev.data == "[DONE]";
        }
    }
    CHECK(received == event_count + 1);
    CHECK(wrong == 0);
    CHECK(done);
    CHECK_FALSE(parser.pending());
    // One piece plus at most twice a partial line (consumed bytes are dropped once they are half).
    INFO("most bytes buffered: ", most_buffered, ", longest line: ", longest_line);
    CHECK(most_buffered <= piece_size + 2 * longest_line);
}

TEST_CASE("sse_parser: feed() drops consumed bytes and keeps a partial line; after too_large it holds nothing")
{
    d::sse_parser parser(64);
    d::sse_event ev;
    parser.feed("data: one\n\ndata: tw");
    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.data == "one");
    CHECK(parser.next(ev) == d::sse_status::need_more);
    CHECK(parser.buffered_bytes() == 19);
    // Everything before the partial line was consumed: only "data: tw" stays, then "o\n\n".
    parser.feed("o\n\n");
    CHECK(parser.buffered_bytes() == 11);
    REQUIRE(parser.next(ev) == d::sse_status::event);
    CHECK(ev.data == "two");

    parser.feed("data: " + std::string(100, 'x'));
    CHECK(parser.next(ev) == d::sse_status::too_large);
    CHECK(parser.buffered_bytes() == 0);
    // Whatever is fed after the failure is dropped: memory stays bounded.
    parser.feed(std::string(1000, 'y'));
    CHECK(parser.buffered_bytes() == 0);
    CHECK(parser.next(ev) == d::sse_status::too_large);
    CHECK(parser.pending());
}

TEST_CASE("sse_parser: a 1 MiB line fed one byte at a time takes linear time")
{
    const std::string line = "data: " + std::string(1024 * 1024, 'x');
    d::sse_parser parser;
    d::sse_event ev;
    const auto start = std::chrono::steady_clock::now();
    std::size_t unexpected = 0;
    for (char c : line)
    {
        parser.feed(std::string_view(&c, 1));
        if (parser.next(ev) != d::sse_status::need_more)
            ++unexpected;
    }
    CHECK(unexpected == 0);
    parser.feed("\n\n");
    REQUIRE(parser.next(ev) == d::sse_status::event);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(ev.data.size() == 1024 * 1024);
    CHECK(parser.buffered_bytes() == line.size() + 2);
    // Rescanning the line from its start on every byte would search ~5e11 bytes: minutes.
    CHECK(elapsed < std::chrono::seconds(10));
}

TEST_SUITE_END();
