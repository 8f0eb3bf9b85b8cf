// Base URL parsing and query encoding: plain functions, no I/O.
#ifndef OPENAI_DETAIL_URL_HPP
#define OPENAI_DETAIL_URL_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

struct base_url
{
    bool tls = true;
    std::string host;       // without brackets for IPv6 literals
    std::string port;       // always set: 443 or 80 unless given
    std::string base_path;  // no trailing slash: "/v1", "/openai/v1", or ""
    std::string host_header;
    std::string query;  // after '?', as written: sent with every request ("api-version=..." for Azure)
};

/// Splits `http(s)://host[:port][/path][?query]` (a `#fragment` is dropped); nullopt when it is
/// not such a URL. Spaces and control characters, which a URL carries percent-encoded, are
/// refused: they would break the request line.
inline std::optional<base_url> parse_base_url(std::string_view url)
{
    if (std::any_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }))
        return std::nullopt;
    base_url out;
    auto has_scheme = [&](std::string_view scheme) {
        return url.size() >= scheme.size() && iequals(url.substr(0, scheme.size()), scheme);
    };
    if (has_scheme("https://"))
        url.remove_prefix(8);
    else if (has_scheme("http://"))
    {
        out.tls = false;
        url.remove_prefix(7);
    }
    else
        return std::nullopt;

    url = url.substr(0, url.find('#'));
    std::string_view authority = url.substr(0, url.find_first_of("/?"));
    std::string_view path = url.substr(authority.size());
    std::string_view query;
    if (const auto mark = path.find('?'); mark != std::string_view::npos)
    {
        query = path.substr(mark + 1);
        path = path.substr(0, mark);
    }
    if (authority.empty() || authority.find('@') != std::string_view::npos)
        return std::nullopt;

    std::string_view host = authority, port;
    if (authority.front() == '[')
    {
        auto close = authority.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        host = authority.substr(1, close - 1);
        std::string_view rest = authority.substr(close + 1);
        if (!rest.empty())
        {
            if (rest.front() != ':')
                return std::nullopt;
            port = rest.substr(1);
        }
    }
    else if (auto colon = authority.rfind(':'); colon != std::string_view::npos)
    {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    if (host.empty() || (authority.front() != '[' && host.find(':') != std::string_view::npos))
        return std::nullopt;  // an IPv6 literal needs brackets
    if (!port.empty())
    {
        if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos ||
            std::stoul(std::string(port)) == 0 || std::stoul(std::string(port)) > 65535)
            return std::nullopt;
    }
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);

    out.host = std::string(host);
    out.port = port.empty() ? (out.tls ? "443" : "80") : std::string(port);
    out.base_path = std::string(path);
    out.query = std::string(query);
    out.host_header = authority.front() == '[' ? "[" + out.host + "]" : out.host;
    if (!port.empty() && out.port != (out.tls ? "443" : "80"))
        out.host_header += ":" + out.port;
    return out;
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
inline void append_percent_encoded(std::string& out, std::string_view in)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (unsigned char c : in)
    {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~';
        if (unreserved)
            out += static_cast<char>(c);
        else
        {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
}

/// Percent-encodes one path segment (RFC 3986 pchar: unreserved, sub-delims, ':' and '@' stay).
inline std::string encode_path_segment(std::string_view in)
{
    std::string out;
    for (char c : in)
    {
        if (std::string_view("!$&'()*+,;=:@").find(c) != std::string_view::npos)
            out += c;
        else
            append_percent_encoded(out, std::string_view(&c, 1));
    }
    return out;
}

/// `base_path path?base_query&k=v&...`: the base URL's query as written, then `query` with keys
/// and values percent-encoded.
inline std::string make_target(std::string_view base_path, std::string_view path,
                               const std::vector<std::pair<std::string, std::string>>& query,
                               std::string_view base_query = {})
{
    std::string target;
    target.reserve(base_path.size() + path.size() + base_query.size() + 16);
    target += base_path;
    target += path;
    char sep = path.find('?') == std::string_view::npos ? '?' : '&';
    if (!base_query.empty())
    {
        target += sep;
        sep = '&';
        target += base_query;
    }
    for (const auto& [key, value] : query)
    {
        target += sep;
        sep = '&';
        append_percent_encoded(target, key);
        target += '=';
        append_percent_encoded(target, value);
    }
    return target;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
