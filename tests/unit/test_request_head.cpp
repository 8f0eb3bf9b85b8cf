// The request head the transport writes itself must be byte for byte what Beast's serializer
// writes for the same request.
#include <openai/detail/request_head.hpp>

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace http = boost::beast::http;

namespace {

std::string beast_bytes(const http::request<http::string_body>& req)
{
    std::ostringstream out;
    out << req;
    return out.str();
}

http::request<http::string_body> chat_post()
{
    http::request<http::string_body> req{http::verb::post, "/v1/chat/completions?api-version=2024-06-01", 11};
    req.set(http::field::host, "api.openai.com");
    req.set(http::field::authorization, "Bearer sk-test");
    req.set(http::field::content_type, "application/json");
    req.insert("X-Custom", "one");
    req.insert("X-Custom", "two");  // repeated fields keep their order
    req.insert("x-lower-case-name", "");
    req.body() = R"({"model":"gpt-4o-mini","messages":[]})";
    req.prepare_payload();
    return req;
}

}  // namespace

TEST_CASE("serialize_request_head writes what Beast's serializer writes, before the body")
{
    std::string head;
    SUBCASE("a POST with a body and repeated fields")
    {
        auto req = chat_post();
        openai::detail::serialize_request_head(req, head);
        CHECK(head + req.body() == beast_bytes(req));
        CHECK(head.starts_with("POST /v1/chat/completions?api-version=2024-06-01 HTTP/1.1\r\n"));
        CHECK(head.ends_with("\r\n\r\n"));
        CHECK(head.find("Content-Length: 37\r\n") != std::string::npos);
    }
    SUBCASE("a GET without a body")
    {
        http::request<http::string_body> req{http::verb::get, "/v1/models", 11};
        req.set(http::field::host, "127.0.0.1:8080");
        req.set(http::field::accept, "application/json");
        openai::detail::serialize_request_head(req, head);
        CHECK(head == beast_bytes(req));
        CHECK(head == "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: application/json\r\n\r\n");
    }
    SUBCASE("a DELETE, and HTTP/1.0")
    {
        http::request<http::string_body> req{http::verb::delete_, "/v1/models/ft:x", 10};
        req.set(http::field::host, "h");
        openai::detail::serialize_request_head(req, head);
        CHECK(head == beast_bytes(req));
        CHECK(head.starts_with("DELETE /v1/models/ft:x HTTP/1.0\r\n"));
    }
}

TEST_CASE("serialize_request_head replaces what the string held and keeps its storage")
{
    std::string head(10000, 'x');
    const auto capacity = head.capacity();
    auto req = chat_post();
    openai::detail::serialize_request_head(req, head);
    CHECK(head.front() == 'P');
    CHECK(head.find('x' + std::string(9, 'x')) == std::string::npos);
    CHECK(head.capacity() == capacity);
    std::string again = head;
    openai::detail::serialize_request_head(req, head);
    CHECK(head == again);
}
