// The building blocks of testing::server's default routes (routes.hpp, responses_routes.hpp):
// reading and checking request bodies, OpenAI-shaped 400 answers, server-sent-event streams and
// token estimates. Not a stable interface: it changes with the routes.
#ifndef OPENAI_TESTING_ROUTE_HELPERS_HPP
#define OPENAI_TESTING_ROUTE_HELPERS_HPP

#include <openai/testing/server.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace testing::routes_detail {

namespace json = boost::json;

inline std::string base64_encode(std::string_view in)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3)
    {
        std::uint32_t v = std::uint32_t(std::uint8_t(in[i])) << 16 | std::uint32_t(std::uint8_t(in[i + 1])) << 8 |
                          std::uint8_t(in[i + 2]);
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (std::size_t rest = in.size() - i)
    {
        std::uint32_t v = std::uint32_t(std::uint8_t(in[i])) << 16;
        if (rest == 2)
            v |= std::uint32_t(std::uint8_t(in[i + 1])) << 8;
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += rest == 2 ? alphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

inline std::int64_t estimate_tokens(std::string_view text)
{
    return std::int64_t((text.size() + 3) / 4);
}

inline std::int64_t unix_now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline std::string percent_decode(std::string_view s)
{
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i)
    {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0)
        {
            out += char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        }
        else
        {
            out += s[i];
        }
    }
    return out;
}

inline response invalid(const std::string& message, const std::string& param = "", const std::string& code = "")
{
    return response::error(400, "invalid_request_error", code, message, param);
}

inline response missing(const std::string& param)
{
    return invalid("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
}

inline response wrong_type(const std::string& param, const std::string& expected)
{
    return invalid("Invalid type for '" + param + "': expected " + expected + ".", param, "invalid_type");
}

/// The request body as a JSON object, or the 400 to answer.
inline std::optional<response> parse_object(const request& req, json::object& out)
{
    boost::system::error_code ec;
    json::value v = json::parse(req.body, ec);
    if (ec || !v.is_object())
        return invalid("We could not parse the JSON body of your request. (HINT: This likely means you aren't using "
                       "your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not "
                       "valid JSON.)");
    out = std::move(v.as_object());
    return std::nullopt;
}

/// The required string `key`, or the 400 to answer.
inline std::optional<response> required_string(const json::object& body, const std::string& key, std::string& out)
{
    const auto* v = body.if_contains(key);
    if (!v || v->is_null())
        return missing(key);
    if (!v->is_string())
        return wrong_type(key, "a string");
    out = std::string(v->as_string());
    return std::nullopt;
}

/// The optional integer `key` within [lo, hi], or the 400 to answer.
inline std::optional<response> optional_int(const json::object& body, const std::string& key, std::int64_t lo,
                                            std::int64_t hi, std::int64_t& out)
{
    const auto* v = body.if_contains(key);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_int64() && !v->is_uint64())
        return wrong_type(key, "an integer");
    auto n = v->is_int64() ? v->as_int64() : std::int64_t(std::min<std::uint64_t>(v->as_uint64(), INT64_MAX));
    if (n < lo || n > hi)
        return invalid("Invalid value for '" + key + "': expected a value between " + std::to_string(lo) + " and " +
                           std::to_string(hi) + ", got " + std::to_string(n) + ".",
                       key, "invalid_value");
    out = n;
    return std::nullopt;
}

inline bool wants_stream(const json::object& body)
{
    const auto* v = body.if_contains("stream");
    return v && v->is_bool() && v->as_bool();
}

/// Splits text after each space, the way a model streams it: a few characters per event.
inline std::vector<std::string> pieces(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size())
    {
        std::size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

/// A server-sent-event stream: one "data:" event per object, then "data: [DONE]".
inline response sse(const std::vector<json::object>& events)
{
    response r;
    r.headers.set("Content-Type", "text/event-stream; charset=utf-8");
    r.headers.set("Cache-Control", "no-cache");
    for (const auto& e : events)
        r.chunks.push_back("data: " + json::serialize(e) + "\n\n");
    r.chunks.emplace_back("data: [DONE]\n\n");
    return r;
}

/// The text of a message's `content`: a string, or the text parts of an array, joined by "\n".
inline std::string content_text(const json::value* content)
{
    if (!content)
        return {};
    if (content->is_string())
        return std::string(content->as_string());
    std::string out;
    if (content->is_array())
        for (const auto& part : content->as_array())
        {
            if (!part.is_object())
                continue;
            const auto* text = part.as_object().if_contains("text");
            if (text && text->is_string())
            {
                if (!out.empty())
                    out += '\n';
                out += text->as_string();
            }
        }
    return out;
}

inline response ok(const json::object& body)
{
    return response::json(200, json::serialize(body));
}

/// A server-sent-event stream of named events, as the Responses API sends them: each object as
/// "event: <its type>" and "data: <it>", and no "[DONE]" at the end.
inline response sse_events(const std::vector<json::object>& events)
{
    response r;
    r.headers.set("Content-Type", "text/event-stream; charset=utf-8");
    r.headers.set("Cache-Control", "no-cache");
    for (const auto& e : events)
    {
        const auto* type = e.if_contains("type");
        std::string name = type && type->is_string() ? std::string(type->as_string()) : "message";
        r.chunks.push_back("event: " + name + "\ndata: " + json::serialize(e) + "\n\n");
    }
    return r;
}

/// The value of query parameter `key` of the request target, percent-decoded; nullopt when absent.
inline std::optional<std::string> query_param(const request& req, std::string_view key)
{
    auto q = std::string_view(req.target);
    auto start = q.find('?');
    if (start == std::string_view::npos)
        return std::nullopt;
    q.remove_prefix(start + 1);
    while (!q.empty())
    {
        auto end = std::min(q.find('&'), q.size());
        auto pair = q.substr(0, end);
        auto eq = pair.find('=');
        if (pair.substr(0, eq) == key)
        {
            std::string value(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
            std::replace(value.begin(), value.end(), '+', ' ');
            return percent_decode(value);
        }
        q.remove_prefix(std::min(end + 1, q.size()));
    }
    return std::nullopt;
}

/// The path segment at `index` ("/v1/responses/resp_1" has "resp_1" at 2), percent-decoded.
inline std::string path_segment(const request& req, std::size_t index)
{
    std::string_view p = req.path;
    for (std::size_t i = 0; !p.empty(); ++i)
    {
        p.remove_prefix(1);  // the '/'
        auto end = std::min(p.find('/'), p.size());
        if (i == index)
            return percent_decode(p.substr(0, end));
        p.remove_prefix(end);
    }
    return {};
}

}  // namespace testing::routes_detail
OPENAI_END_NAMESPACE

#endif
