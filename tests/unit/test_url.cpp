// Unit tests of openai/detail/url.hpp: base URL parsing, percent-encoding, request targets.
#include <openai/detail/client_impl.hpp>
#include <openai/detail/query.hpp>
#include <openai/detail/url.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace std::string_view_literals;
namespace d = openai::detail;

d::base_url parse_ok(std::string_view url)
{
    INFO("url: ", url);
    auto parsed = d::parse_base_url(url);
    REQUIRE(parsed.has_value());
    return *parsed;
}

void check_url(std::string_view url, bool tls, std::string_view host, std::string_view port, std::string_view base_path,
               std::string_view host_header)
{
    INFO("url: ", url);
    auto u = parse_ok(url);
    CHECK(u.tls == tls);
    CHECK(u.host == host);
    CHECK(u.port == port);
    CHECK(u.base_path == base_path);
    CHECK(u.host_header == host_header);
}

std::string encoded(std::string_view in)
{
    std::string out;
    d::append_percent_encoded(out, in);
    return out;
}

using query = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("parse_base_url: https defaults to port 443 and keeps the path")
{
    check_url("https://api.openai.com/v1", true, "api.openai.com", "443", "/v1", "api.openai.com");
    check_url("https://api.openai.com", true, "api.openai.com", "443", "", "api.openai.com");
}

TEST_CASE("parse_base_url: http defaults to port 80")
{
    check_url("http://localhost/v1", false, "localhost", "80", "/v1", "localhost");
    check_url("http://127.0.0.1", false, "127.0.0.1", "80", "", "127.0.0.1");
}

TEST_CASE("parse_base_url: explicit ports appear in the Host header")
{
    check_url("http://localhost:11434/v1", false, "localhost", "11434", "/v1", "localhost:11434");
    check_url("https://example.com:8443/v1", true, "example.com", "8443", "/v1", "example.com:8443");
    check_url("http://127.0.0.1:1", false, "127.0.0.1", "1", "", "127.0.0.1:1");
    check_url("http://127.0.0.1:65535", false, "127.0.0.1", "65535", "", "127.0.0.1:65535");
    // The other scheme's default port is not the default here.
    check_url("https://example.com:80", true, "example.com", "80", "", "example.com:80");
    check_url("http://example.com:443", false, "example.com", "443", "", "example.com:443");
}

TEST_CASE("parse_base_url: a default port given explicitly is not repeated in the Host header")
{
    check_url("https://api.openai.com:443/v1", true, "api.openai.com", "443", "/v1", "api.openai.com");
    check_url("http://localhost:80/v1", false, "localhost", "80", "/v1", "localhost");
    check_url("https://[::1]:443", true, "::1", "443", "", "[::1]");
}

TEST_CASE("parse_base_url: trailing slashes are removed from the base path")
{
    check_url("https://api.openai.com/v1/", true, "api.openai.com", "443", "/v1", "api.openai.com");
    check_url("https://api.openai.com/v1///", true, "api.openai.com", "443", "/v1", "api.openai.com");
    check_url("https://api.openai.com/", true, "api.openai.com", "443", "", "api.openai.com");
    check_url("https://api.openai.com//", true, "api.openai.com", "443", "", "api.openai.com");
    check_url("http://localhost:8080/", false, "localhost", "8080", "", "localhost:8080");
}

TEST_CASE("parse_base_url: multi-segment paths such as Azure's /openai/v1")
{
    check_url("https://my-resource.openai.azure.com/openai/v1", true, "my-resource.openai.azure.com", "443",
              "/openai/v1", "my-resource.openai.azure.com");
    check_url("https://gateway.example/openai/v1/", true, "gateway.example", "443", "/openai/v1", "gateway.example");
    check_url("http://proxy:3000/a/b/c", false, "proxy", "3000", "/a/b/c", "proxy:3000");
    // Inner double slashes are left alone; only trailing ones go.
    check_url("https://h/a//b/", true, "h", "443", "/a//b", "h");
}

TEST_CASE("parse_base_url: IPv6 literals lose their brackets in host and keep them in Host")
{
    check_url("http://[::1]:8080", false, "::1", "8080", "", "[::1]:8080");
    check_url("http://[::1]:8080/v1/", false, "::1", "8080", "/v1", "[::1]:8080");
    check_url("https://[::1]/v1", true, "::1", "443", "/v1", "[::1]");
    check_url("http://[2001:db8::42]", false, "2001:db8::42", "80", "", "[2001:db8::42]");
    check_url("http://[fe80::1]:11434/v1", false, "fe80::1", "11434", "/v1", "[fe80::1]:11434");
}

TEST_CASE("parse_base_url: the query is kept as written, the fragment dropped")
{
    check_url("https://api.openai.com/v1?api-version=2024-10-21", true, "api.openai.com", "443", "/v1",
              "api.openai.com");
    CHECK(parse_ok("https://api.openai.com/v1?api-version=2024-10-21").query == "api-version=2024-10-21");
    check_url("https://api.openai.com/v1#section", true, "api.openai.com", "443", "/v1", "api.openai.com");
    CHECK(parse_ok("https://api.openai.com/v1#section").query.empty());
    check_url("https://api.openai.com/v1/?a=b#c", true, "api.openai.com", "443", "/v1", "api.openai.com");
    CHECK(parse_ok("https://api.openai.com/v1/?a=b#c").query == "a=b");
    check_url("https://api.openai.com?x=1", true, "api.openai.com", "443", "", "api.openai.com");
    CHECK(parse_ok("https://api.openai.com?x=1").query == "x=1");
    check_url("https://api.openai.com#frag?x=1", true, "api.openai.com", "443", "", "api.openai.com");
    CHECK(parse_ok("https://api.openai.com#frag?x=1").query.empty());
    check_url("http://localhost:8080?x=/v1", false, "localhost", "8080", "", "localhost:8080");
    CHECK(parse_ok("http://localhost:8080?x=/v1").query == "x=/v1");
    check_url("http://[::1]:8080#x", false, "::1", "8080", "", "[::1]:8080");
    CHECK(parse_ok("https://h/v1?").query.empty());
    CHECK(parse_ok("https://h/v1?a=%20b&c").query == "a=%20b&c");
    // A '/' or '@' in the query does not count as path or userinfo.
    check_url("https://h/v1?next=/v2&u=a@b", true, "h", "443", "/v1", "h");
    CHECK(parse_ok("https://h/v1?next=/v2&u=a@b").query == "next=/v2&u=a@b");
}

TEST_CASE("parse_base_url: rejects spaces and control characters, which would break the request line")
{
    CHECK_FALSE(d::parse_base_url("https://h/v 1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h/v1?a=b c"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h/v1?a=b\r\nX-Injected: 1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h/v1\t"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h\x7f/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h/v1\0"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h/v1#a b"sv).has_value());
}

TEST_CASE("parse_base_url: an '@' in the path is not userinfo")
{
    check_url("https://h/v1/@me", true, "h", "443", "/v1/@me", "h");
}

TEST_CASE("parse_base_url: rejects URLs without an http or https scheme")
{
    CHECK_FALSE(d::parse_base_url(""sv).has_value());
    CHECK_FALSE(d::parse_base_url("api.openai.com/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("localhost:8080"sv).has_value());
    CHECK_FALSE(d::parse_base_url("//api.openai.com/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("ftp://example.com/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("ws://example.com"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https:/api.openai.com"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https:api.openai.com"sv).has_value());
    CHECK_FALSE(d::parse_base_url("httpss://api.openai.com"sv).has_value());
    CHECK_FALSE(d::parse_base_url(" https://api.openai.com"sv).has_value());
}

TEST_CASE("parse_base_url: rejects an empty host")
{
    CHECK_FALSE(d::parse_base_url("https://"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https:///v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://?x=1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://#x"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://:443/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://:8080"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[]:8080"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[]"sv).has_value());
}

TEST_CASE("parse_base_url: rejects userinfo")
{
    CHECK_FALSE(d::parse_base_url("https://user@api.openai.com/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://user:secret@api.openai.com/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://@localhost"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://user@[::1]:8080"sv).has_value());
}

TEST_CASE("parse_base_url: rejects bad ports")
{
    CHECK_FALSE(d::parse_base_url("https://h:0"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:00000"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:65536"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:99999/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:100000"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:18446744073709551617"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:abc"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:80a"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:-1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h:+80"sv).has_value());
    CHECK_FALSE(d::parse_base_url("https://h: 80"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]:0"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]:65536"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]:x"sv).has_value());
}

TEST_CASE("parse_base_url: rejects malformed IPv6 literals")
{
    CHECK_FALSE(d::parse_base_url("http://[::1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1/v1"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1:8080"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]8080"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]]"sv).has_value());
    CHECK_FALSE(d::parse_base_url("http://[::1]x:80"sv).has_value());
}

TEST_CASE("append_percent_encoded keeps only RFC 3986 unreserved characters")
{
    CHECK(encoded("") == "");
    CHECK(encoded("AZaz09-._~") == "AZaz09-._~");
    CHECK(encoded(" ") == "%20");
    CHECK(encoded("a b") == "a%20b");
    CHECK(encoded("/?#[]@") == "%2F%3F%23%5B%5D%40");
    CHECK(encoded("!$&'()*+,;=") == "%21%24%26%27%28%29%2A%2B%2C%3B%3D");
    CHECK(encoded(":") == "%3A");
    CHECK(encoded("%") == "%25");
    CHECK(encoded("%20") == "%2520");
    CHECK(encoded("\"<>\\^`{|}") == "%22%3C%3E%5C%5E%60%7B%7C%7D");
    CHECK(encoded("\x7f") == "%7F");
    CHECK(encoded("\n\r\t") == "%0A%0D%09");
    CHECK(encoded("\0"sv) == "%00");
    CHECK(encoded("a\0b"sv) == "a%00b");
    CHECK(encoded("\xff\x80") == "%FF%80");
    CHECK(encoded("\xc3\xa9") == "%C3%A9");                // é
    CHECK(encoded("\xe2\x82\xac") == "%E2%82%AC");         // €
    CHECK(encoded("\xf0\x9f\x98\x80") == "%F0%9F%98%80");  // 😀
}

TEST_CASE("append_percent_encoded appends to what is already there")
{
    std::string out = "/v1/x?k=";
    d::append_percent_encoded(out, "a/b c");
    CHECK(out == "/v1/x?k=a%2Fb%20c");
    d::append_percent_encoded(out, "");
    CHECK(out == "/v1/x?k=a%2Fb%20c");
}

TEST_CASE("append_percent_encoded encodes every byte outside the unreserved set, in upper-case hex")
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (int i = 0; i < 256; ++i)
    {
        char c = static_cast<char>(i);
        bool unreserved = (i >= 'A' && i <= 'Z') || (i >= 'a' && i <= 'z') || (i >= '0' && i <= '9') || i == '-' ||
                          i == '.' || i == '_' || i == '~';
        std::string expected = unreserved ? std::string(1, c) : std::string{'%', hex[i >> 4], hex[i & 15]};
        INFO("byte ", i);
        CHECK(encoded(std::string_view(&c, 1)) == expected);
    }
}

TEST_CASE("encode_path_segment keeps ':' so fine-tuned model ids stay readable")
{
    CHECK(d::encode_path_segment("gpt-4o-mini") == "gpt-4o-mini");
    CHECK(d::encode_path_segment("ft:gpt-4o-mini:org:custom:abc123") == "ft:gpt-4o-mini:org:custom:abc123");
    CHECK(d::encode_path_segment("ft:gpt-3.5-turbo-0125:my-org::9abcDEF") == "ft:gpt-3.5-turbo-0125:my-org::9abcDEF");
    CHECK(d::encode_path_segment("file-abc123") == "file-abc123");
    CHECK(d::encode_path_segment("") == "");
}

TEST_CASE("encode_path_segment keeps sub-delims, ':' and '@', and encodes the rest")
{
    CHECK(d::encode_path_segment("!$&'()*+,;=:@") == "!$&'()*+,;=:@");
    CHECK(d::encode_path_segment("user@example.com") == "user@example.com");
    CHECK(d::encode_path_segment("-._~") == "-._~");
    CHECK(d::encode_path_segment("my model") == "my%20model");
    CHECK(d::encode_path_segment("org/model") == "org%2Fmodel");
    CHECK(d::encode_path_segment("../secret") == "..%2Fsecret");
    CHECK(d::encode_path_segment("a?b") == "a%3Fb");
    CHECK(d::encode_path_segment("a#b") == "a%23b");
    CHECK(d::encode_path_segment("100%") == "100%25");
    CHECK(d::encode_path_segment("a\\b") == "a%5Cb");
    CHECK(d::encode_path_segment("[x]") == "%5Bx%5D");
    CHECK(d::encode_path_segment("a\"b") == "a%22b");
    CHECK(d::encode_path_segment("line\nbreak") == "line%0Abreak");
    CHECK(d::encode_path_segment("nul\0x"sv) == "nul%00x");
    CHECK(d::encode_path_segment("caf\xc3\xa9") == "caf%C3%A9");
    CHECK(d::encode_path_segment("\xe6\xa8\xa1\xe5\x9e\x8b") == "%E6%A8%A1%E5%9E%8B");  // 模型
    CHECK(d::encode_path_segment("ft:my model/v2?#") == "ft:my%20model%2Fv2%3F%23");
}

TEST_CASE("make_target without a query joins base path and path")
{
    CHECK(d::make_target("/v1", "/models", {}) == "/v1/models");
    CHECK(d::make_target("", "/models", {}) == "/models");
    CHECK(d::make_target("/openai/v1", "/chat/completions", {}) == "/openai/v1/chat/completions");
    CHECK(d::make_target("/v1", "/files?purpose=batch", {}) == "/v1/files?purpose=batch");
}

TEST_CASE("make_target starts the query with '?' and separates fields with '&'")
{
    CHECK(d::make_target("/v1", "/models", query{{"limit", "10"}}) == "/v1/models?limit=10");
    CHECK(d::make_target("/v1", "/files", query{{"limit", "10"}, {"order", "desc"}, {"after", "file-1"}}) ==
          "/v1/files?limit=10&order=desc&after=file-1");
    CHECK(d::make_target("", "/x", query{{"a", ""}}) == "/x?a=");
    CHECK(d::make_target("", "/x", query{{"a", "1"}, {"a", "2"}}) == "/x?a=1&a=2");
}

TEST_CASE("make_target continues a query already in the path with '&'")
{
    CHECK(d::make_target("/v1", "/files?purpose=batch", query{{"limit", "5"}}) == "/v1/files?purpose=batch&limit=5");
    CHECK(d::make_target("/v1", "/x?", query{{"a", "b"}, {"c", "d"}}) == "/v1/x?&a=b&c=d");
}

TEST_CASE("make_target puts the base URL's query first, as written")
{
    CHECK(d::make_target("/v1", "/models", {}, "api-version=1") == "/v1/models?api-version=1");
    CHECK(d::make_target("/v1", "/models", query{{"limit", "10"}}, "api-version=1") ==
          "/v1/models?api-version=1&limit=10");
    CHECK(d::make_target("/v1", "/files?purpose=batch", query{{"limit", "5"}}, "a=%20b") ==
          "/v1/files?purpose=batch&a=%20b&limit=5");
    CHECK(d::make_target("/v1", "/models", query{{"limit", "10"}}, "") == "/v1/models?limit=10");
}

TEST_CASE("make_target percent-encodes keys and values")
{
    CHECK(d::make_target("/v1", "/x", query{{"a b", "c&d=e"}}) == "/v1/x?a%20b=c%26d%3De");
    CHECK(d::make_target("/v1", "/x", query{{"metadata[key]", "v/1"}}) == "/v1/x?metadata%5Bkey%5D=v%2F1");
    CHECK(d::make_target("/v1", "/x", query{{"q", "a+b?#%"}}) == "/v1/x?q=a%2Bb%3F%23%25");
    CHECK(d::make_target("/v1", "/x", query{{"model", "ft:gpt-4o-mini:org:custom:abc123"}}) ==
          "/v1/x?model=ft%3Agpt-4o-mini%3Aorg%3Acustom%3Aabc123");
    CHECK(d::make_target("/v1", "/x", query{{"name", "caf\xc3\xa9"}}) == "/v1/x?name=caf%C3%A9");
    CHECK(d::make_target("/v1", "/x", query{{"k", "-._~"}}) == "/v1/x?k=-._~");
}

TEST_CASE("make_target with an encoded path segment and a parsed base URL")
{
    auto u = parse_ok("https://api.openai.com/v1/");
    std::string path = "/models/" + d::encode_path_segment("ft:gpt-4o-mini:org:custom:abc 123");
    CHECK(d::make_target(u.base_path, path, {}) == "/v1/models/ft:gpt-4o-mini:org:custom:abc%20123");
    CHECK(d::make_target(u.base_path, path, query{{"x", "y z"}}) ==
          "/v1/models/ft:gpt-4o-mini:org:custom:abc%20123?x=y%20z");
}

namespace query_test {
struct list_params
{
    std::optional<std::string> after{};
    std::vector<std::string> include{};
    std::optional<std::int64_t> limit{};
    std::optional<bool> descending{};
    std::string required = "r";
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(list_params, (), (after, include, limit, descending, required))
}  // namespace query_test

TEST_CASE("query parameters: set members in order, arrays with brackets, booleans as words, unset left out")
{
    openai::detail::query_pairs out;
    openai::detail::append_query(out, query_test::list_params{});
    CHECK(out == openai::detail::query_pairs{{"required", "r"}});

    query_test::list_params p;
    p.after = "item_1";
    p.include = {"a.b", "c"};
    p.limit = 20;
    p.descending = false;
    out.clear();
    openai::detail::append_query(out, p);
    CHECK(out == openai::detail::query_pairs{{"after", "item_1"},
                                             {"include[]", "a.b"},
                                             {"include[]", "c"},
                                             {"limit", "20"},
                                             {"descending", "false"},
                                             {"required", "r"}});

    // make_get: the params' query first, then the options' extra_query; no body.
    p.options.extra_query = {{"x", "1"}};
    const auto req = openai::detail::make_get("/things", p);
    CHECK(req.method == openai::detail::http_method::get);
    CHECK(req.body.empty());
    REQUIRE(req.options.extra_query.size() == 7);
    CHECK(req.options.extra_query.front().first == "after");
    CHECK(req.options.extra_query.back() == std::pair<std::string, std::string>{"x", "1"});
}
