// Tests of openai::testing::server, its default OpenAI routes and the test PKI, driven by plain
// synchronous Beast clients (and an Asio/OpenSSL TLS client that verifies peer and host name).
#include <openai/testing/certificates.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <doctest/doctest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

#include <bit>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;
using openai::testing::response;
using openai::testing::server;

namespace {

using clock_type = std::chrono::steady_clock;

/// Aborts the run if a test hangs: the clients here block without timeouts.
class watchdog
{
public:
    explicit watchdog(std::chrono::seconds limit = 30s)
        : thread_([this, limit] {
              std::unique_lock lock(mutex_);
              if (!cv_.wait_for(lock, limit, [this] { return done_; }))
              {
                  std::fprintf(stderr, "test_testing_server: a test hung, aborting\n");
                  std::abort();
              }
          })
    {}
    ~watchdog()
    {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        cv_.notify_all();
        thread_.join();
    }
    watchdog(const watchdog&) = delete;
    watchdog& operator=(const watchdog&) = delete;

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    bool done_ = false;
    std::thread thread_;
};

asio::io_context& client_context()
{
    static asio::io_context ioc;
    return ioc;
}

using message = http::response<http::string_body>;

/// A blocking HTTP/1.1 client on one connection.
struct client
{
    tcp::socket socket{client_context()};
    beast::flat_buffer buffer;

    explicit client(std::uint16_t port) { socket.connect({asio::ip::make_address("127.0.0.1"), port}); }

    void send(http::verb method, const std::string& target, std::string body = {},
              const std::vector<std::pair<std::string, std::string>>& fields = {})
    {
        http::request<http::string_body> req(method, target, 11);
        req.set(http::field::host, "127.0.0.1");
        for (const auto& [name, value] : fields)
            req.insert(name, value);
        req.body() = std::move(body);
        req.prepare_payload();
        http::write(socket, req);
    }

    message receive()
    {
        message res;
        http::read(socket, buffer, res);
        return res;
    }

    /// Reads a response expected to fail; returns the error.
    beast::error_code receive_error()
    {
        message res;
        beast::error_code ec;
        http::read(socket, buffer, res, ec);
        return ec;
    }

    message call(http::verb method, const std::string& target, std::string body = {},
                 const std::vector<std::pair<std::string, std::string>>& fields = {})
    {
        send(method, target, std::move(body), fields);
        return receive();
    }
};

json::object json_body(const message& res)
{
    INFO("body: " << res.body());
    auto v = json::parse(res.body());
    REQUIRE(v.is_object());
    return v.as_object();
}

void check_openai_error(const message& res, int status, std::string_view type, std::string_view code)
{
    CHECK(res.result_int() == unsigned(status));
    CHECK(res[http::field::content_type] == "application/json");
    auto body = json_body(res);
    REQUIRE(body.contains("error"));
    const auto& e = body.at("error").as_object();
    CHECK(e.at("message").is_string());
    CHECK(e.at("type").as_string() == type);
    if (code.empty())
        CHECK(e.at("code").is_null());
    else
        CHECK(e.at("code").as_string() == code);
    CHECK(e.contains("param"));
}

std::string base64_decode(std::string_view in)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    };
    REQUIRE(in.size() % 4 == 0);
    std::string out;
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : in)
    {
        if (c == '=')
            break;
        int v = value(c);
        REQUIRE(v >= 0);
        acc = (acc << 6) | std::uint32_t(v);
        bits += 6;
        if (bits >= 8)
        {
            bits -= 8;
            out += char((acc >> bits) & 0xFF);
        }
    }
    return out;
}

float float_le(const std::string& bytes, std::size_t i)
{
    std::uint32_t u = 0;
    for (int b = 3; b >= 0; --b)
        u = (u << 8) | std::uint8_t(bytes[i * 4 + std::size_t(b)]);
    return std::bit_cast<float>(u);
}

}  // namespace

TEST_CASE("scripted responses are used first in, first out, before handlers")
{
    watchdog dog;
    server s;
    s.on("POST", "/v1/thing",
         [](const openai::testing::request&) { return response::json(200, R"({"from":"handler"})"); });
    s.enqueue("POST", "/v1/thing", response::json(201, R"({"n":1})"));
    response second;
    second.status = 202;
    second.body = R"({"n":2})";
    second.headers.set("x-request-id", "req_scripted");
    s.enqueue("POST", "/v1/thing", second);

    CHECK(s.base_url() == "http://127.0.0.1:" + std::to_string(s.port()) + "/v1");
    client c(s.port());
    auto r1 = c.call(http::verb::post, "/v1/thing");
    CHECK(r1.result_int() == 201);
    CHECK(r1.body() == R"({"n":1})");
    CHECK(std::string(r1["x-request-id"]).starts_with("req_"));

    auto r2 = c.call(http::verb::post, "/v1/thing");
    CHECK(r2.result_int() == 202);
    CHECK(r2.body() == R"({"n":2})");
    CHECK(r2[http::field::content_type] == "application/json");  // defaulted: a body and no type
    CHECK(r2["x-request-id"] == "req_scripted");                 // the script's own id is kept

    auto r3 = c.call(http::verb::post, "/v1/thing");
    CHECK(r3.result_int() == 200);
    CHECK(r3.body() == R"({"from":"handler"})");
    CHECK(r3["x-request-id"] != r1["x-request-id"]);

    // A script for another method does not answer this one.
    s.enqueue("GET", "/v1/thing", response::json(200, "{}"));
    CHECK(c.call(http::verb::post, "/v1/thing").body() == R"({"from":"handler"})");
    CHECK(c.call(http::verb::get, "/v1/thing").body() == "{}");
}

TEST_CASE("handlers: path patterns, later registrations win, exceptions become 500")
{
    watchdog dog;
    server s;
    s.on("GET", "/v1/items/{id}", [](const openai::testing::request& r) {
        return response::json(200, R"({"path":")" + r.path + R"(","target":")" + r.target + "\"}");
    });
    s.on("GET", "/v1/items/special",
         [](const openai::testing::request&) { return response::json(200, "\"special\""); });
    s.on("GET", "/v1/boom", [](const openai::testing::request&) -> response { throw std::runtime_error("kaboom"); });
    s.on("PUT", "/v1/empty", [](const openai::testing::request&) {
        response r;
        r.status = 204;
        return r;
    });

    client c(s.port());
    auto a = json_body(c.call(http::verb::get, "/v1/items/42?limit=3"));
    CHECK(a.at("path").as_string() == "/v1/items/42");
    CHECK(a.at("target").as_string() == "/v1/items/42?limit=3");
    CHECK(c.call(http::verb::get, "/v1/items/special").body() == "\"special\"");
    CHECK(c.call(http::verb::get, "/v1/items/42/more").result_int() == 404);  // one segment only

    auto boom = c.call(http::verb::get, "/v1/boom");
    check_openai_error(boom, 500, "server_error", "");
    CHECK(std::string(json_body(boom).at("error").at("message").as_string()).find("kaboom") != std::string::npos);

    auto empty = c.call(http::verb::put, "/v1/empty");
    CHECK(empty.result_int() == 204);
    CHECK(empty.body().empty());
    CHECK(empty.find(http::field::content_type) == empty.end());  // no body, no default type
}

TEST_CASE("every request is logged with method, target, path, headers, body and connection")
{
    watchdog dog;
    server s;
    client c(s.port());
    c.call(http::verb::post, "/v1/chat/completions?x=1", R"({"a":1})",
           {{"X-Test", "yes"}, {"Authorization", "Bearer k"}});
    c.call(http::verb::get, "/v1/models");

    REQUIRE(s.request_count() == 2);
    auto log = s.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].method == "POST");
    CHECK(log[0].target == "/v1/chat/completions?x=1");
    CHECK(log[0].path == "/v1/chat/completions");
    CHECK(log[0].body == R"({"a":1})");
    CHECK(log[0].headers.find("x-test") == "yes");
    CHECK(log[0].headers.find("authorization") == "Bearer k");
    CHECK(log[0].headers.find("content-length") == "7");
    CHECK(log[0].connection == 1);
    CHECK(log[1].method == "GET");
    CHECK(log[1].body.empty());

    s.clear_requests();
    CHECK(s.request_count() == 0);
    CHECK(s.requests().empty());
}

TEST_CASE("unmatched requests get an OpenAI-shaped 404")
{
    watchdog dog;
    server s;
    client c(s.port());
    auto res = c.call(http::verb::post, "/v1/nope?x=1");
    check_openai_error(res, 404, "invalid_request_error", "");
    auto e = json_body(res).at("error").as_object();
    CHECK(e.at("message").as_string() == "Invalid URL (POST /v1/nope)");
    CHECK(e.at("param").is_null());
    CHECK(std::string(res["x-request-id"]).starts_with("req_"));
}

TEST_CASE("keep-alive: one connection carries several requests")
{
    watchdog dog;
    server s;
    s.on("GET", "/v1/ping", [](const openai::testing::request&) { return response::json(200, "\"pong\""); });
    {
        client c(s.port());
        for (int i = 0; i < 3; ++i)
        {
            auto res = c.call(http::verb::get, "/v1/ping");
            CHECK(res.body() == "\"pong\"");
            CHECK(res.keep_alive());
        }
    }
    client other(s.port());
    other.call(http::verb::get, "/v1/ping");

    auto log = s.requests();
    REQUIRE(log.size() == 4);
    CHECK(log[0].connection == log[1].connection);
    CHECK(log[1].connection == log[2].connection);
    CHECK(log[3].connection != log[0].connection);

    // A client asking to close gets "Connection: close" and then end of stream.
    client closing(s.port());
    auto res = closing.call(http::verb::get, "/v1/ping", {}, {{"Connection", "close"}});
    CHECK_FALSE(res.keep_alive());
    CHECK(closing.receive_error() == http::error::end_of_stream);
}

TEST_CASE("chunked responses arrive chunk by chunk")
{
    watchdog dog;
    server s;
    response r;
    r.headers.set("Content-Type", "text/event-stream");
    r.chunks = {"data: one\n\n", "", "data: two\n\n", "data: three\n\n"};
    r.chunk_interval = 40ms;
    s.enqueue("POST", "/v1/stream", r);

    client c(s.port());
    c.send(http::verb::post, "/v1/stream", "{}");
    http::response_parser<http::empty_body> parser;
    std::vector<std::string> chunks;
    std::vector<clock_type::time_point> arrivals;
    auto on_header = [&](std::uint64_t size, beast::string_view, beast::error_code&) {
        if (size == 0)
            return;  // the last-chunk marker
        chunks.emplace_back();
        arrivals.push_back(clock_type::now());
    };
    auto on_body = [&](std::uint64_t, beast::string_view body, beast::error_code&) {
        chunks.back().append(body.data(), body.size());
        return body.size();
    };
    parser.on_chunk_header(on_header);
    parser.on_chunk_body(on_body);
    http::read(c.socket, c.buffer, parser);

    CHECK(parser.get().chunked());
    CHECK(parser.get()[http::field::content_type] == "text/event-stream");
    CHECK(chunks == std::vector<std::string>{"data: one\n\n", "data: two\n\n", "data: three\n\n"});
    REQUIRE(arrivals.size() == 3);
    CHECK(arrivals[2] - arrivals[0] >= 70ms);  // two pauses of 40 ms: sent apart, not in one write

    // The connection stays usable after a chunked response.
    s.enqueue("GET", "/v1/after", response::json(200, "1"));
    CHECK(c.call(http::verb::get, "/v1/after").body() == "1");
}

TEST_CASE("a delayed response does not hold up other connections")
{
    watchdog dog;
    server s;
    response slow = response::json(200, "\"slow\"");
    slow.delay = 800ms;
    s.enqueue("GET", "/v1/slow", slow);
    s.enqueue("GET", "/v1/fast", response::json(200, "\"fast\""));

    auto start = clock_type::now();
    client a(s.port()), b(s.port());
    a.send(http::verb::get, "/v1/slow");
    REQUIRE(s.wait_for_requests(1, 2000ms));
    CHECK(b.call(http::verb::get, "/v1/fast").body() == "\"fast\"");
    CHECK(clock_type::now() - start < 600ms);
    CHECK(a.receive().body() == "\"slow\"");
    CHECK(clock_type::now() - start >= 800ms);
}

TEST_CASE("close: the connection is closed after the response, unannounced")
{
    watchdog dog;
    server s;
    response r = response::json(200, "\"bye\"");
    r.close = true;
    s.enqueue("GET", "/v1/close", r);

    client c(s.port());
    auto res = c.call(http::verb::get, "/v1/close");
    CHECK(res.body() == "\"bye\"");
    CHECK(res.keep_alive());  // not announced: a pooling client would try to reuse it
    CHECK(c.receive_error() == http::error::end_of_stream);
}

TEST_CASE("reset: the client sees a connection reset instead of a response")
{
    watchdog dog;
    server s;
    response r;
    r.reset = true;
    s.enqueue("POST", "/v1/reset", r);
    client c(s.port());
    c.send(http::verb::post, "/v1/reset", "{}");
    CHECK(c.receive_error() == asio::error::connection_reset);
    CHECK(s.request_count() == 1);
}

TEST_CASE("raw bytes are written verbatim")
{
    watchdog dog;
    server s;
    response hand_chunked;
    hand_chunked.raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    s.enqueue("GET", "/v1/raw", hand_chunked);
    response garbage;
    garbage.raw = "this is not http\r\n\r\n";
    garbage.close = true;
    s.enqueue("GET", "/v1/raw", garbage);
    response truncated;
    truncated.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this";
    truncated.close = true;
    s.enqueue("GET", "/v1/raw", truncated);

    {
        client c(s.port());
        auto res = c.call(http::verb::get, "/v1/raw");
        CHECK(res.body() == "hello world");
        CHECK(res.find("x-request-id") == res.end());  // raw means raw: nothing added
        c.send(http::verb::get, "/v1/raw");
        auto ec = c.receive_error();
        CHECK(ec);
        CHECK(ec != http::error::end_of_stream);  // a parse error, not a clean close
    }
    client c(s.port());
    c.send(http::verb::get, "/v1/raw");
    CHECK(c.receive_error() == http::error::partial_message);
}

TEST_CASE("stall, then stop() returns promptly with connections open")
{
    watchdog dog;
    auto s = std::make_unique<server>();
    response stall;
    stall.stall = true;
    s->enqueue("GET", "/v1/stall", stall);
    response slow = response::json(200, "{}");
    slow.delay = 60s;
    s->enqueue("GET", "/v1/slow", slow);
    response stream;
    stream.chunks = {"a", "b"};
    stream.chunk_interval = 60s;
    s->enqueue("GET", "/v1/stream", stream);

    client stalled(s->port()), delayed(s->port()), streaming(s->port()), idle(s->port());
    stalled.send(http::verb::get, "/v1/stall");
    delayed.send(http::verb::get, "/v1/slow");
    streaming.send(http::verb::get, "/v1/stream");
    REQUIRE(s->wait_for_requests(3, 2000ms));
    idle.send(http::verb::get, "/v1/not-yet-read-by-anyone");  // may or may not be read before stop
    std::this_thread::sleep_for(20ms);

    auto start = clock_type::now();
    s->stop();
    auto took = clock_type::now() - start;
    CHECK(took < 500ms);
    CHECK(stalled.receive_error());
    CHECK(delayed.receive_error());
    CHECK(streaming.receive_error());  // the stream ends without its last chunk
    s->stop();                         // idempotent
    s.reset();

    // Nothing listens any more.
    tcp::socket probe(client_context());
    beast::error_code ec;
    probe.connect({asio::ip::make_address("127.0.0.1"), 1}, ec);
    CHECK(ec);
}

TEST_CASE("stop() waits for a running handler, and only for that")
{
    watchdog dog;
    std::uint16_t port = 0;
    auto s = std::make_unique<server>();
    port = s->port();
    s->on("GET", "/v1/sleepy", [](const openai::testing::request&) {
        std::this_thread::sleep_for(200ms);
        return response::json(200, "{}");
    });
    s->on("GET", "/v1/quick", [](const openai::testing::request&) { return response::json(200, "\"quick\""); });
    client sleepy(port), quick(port);
    sleepy.send(http::verb::get, "/v1/sleepy");
    REQUIRE(s->wait_for_requests(1, 2000ms));
    CHECK(quick.call(http::verb::get, "/v1/quick").body() == "\"quick\"");  // not blocked by the sleeper
    auto start = clock_type::now();
    s.reset();
    CHECK(clock_type::now() - start < 1s);
    CHECK(sleepy.receive_error());
}

TEST_CASE("bodies above max_body get 413, large bodies within it are accepted")
{
    watchdog dog;
    openai::testing::server_options opts;
    opts.max_body = 1 << 20;
    server s(opts);
    s.on("POST", "/v1/upload",
         [](const openai::testing::request& r) { return response::json(200, std::to_string(r.body.size())); });
    {
        client c(s.port());
        CHECK(c.call(http::verb::post, "/v1/upload", std::string(1 << 20, 'x')).body() == std::to_string(1 << 20));
    }
    client c(s.port());
    auto res = c.call(http::verb::post, "/v1/upload", std::string((1 << 20) + 1, 'x'));
    check_openai_error(res, 413, "invalid_request_error", "request_too_large");
    CHECK(std::string(res["x-request-id"]).starts_with("req_"));
    CHECK_FALSE(res.keep_alive());
}

TEST_CASE("hundreds of concurrent connections")
{
    watchdog dog;
    server s;
    s.on("GET", "/v1/n",
         [](const openai::testing::request& r) { return response::json(200, std::to_string(r.connection)); });
    std::vector<std::unique_ptr<client>> clients;
    for (int i = 0; i < 300; ++i)
    {
        clients.push_back(std::make_unique<client>(s.port()));
        clients.back()->send(http::verb::get, "/v1/n");
    }
    std::vector<bool> seen(301, false);
    for (auto& c : clients)
    {
        auto n = std::stoul(c->receive().body());
        REQUIRE(n >= 1);
        REQUIRE(n <= 300);
        CHECK_FALSE(seen[n]);
        seen[n] = true;
    }
    CHECK(s.request_count() == 300);
}

// ---------------------------------------------------------------------------------------------
// TLS

namespace {

struct tls_result
{
    beast::error_code handshake;
    long verify_result = X509_V_OK;
    std::string body;
};

/// Connects to 127.0.0.1:port, verifies the server against `ca_pem` and `host`, and GETs `target`.
tls_result tls_get(std::uint16_t port, const std::string& ca_pem, const std::string& host, const std::string& target)
{
    asio::ssl::context ctx(asio::ssl::context::tls_client);
    ctx.add_certificate_authority(asio::buffer(ca_pem));
    ctx.set_verify_mode(asio::ssl::verify_peer);
    asio::ssl::stream<tcp::socket> stream(client_context(), ctx);
    stream.set_verify_callback(asio::ssl::host_name_verification(host));
    beast::error_code ec;
    asio::ip::make_address(host, ec);
    if (ec)  // SNI carries DNS names only
        SSL_set_tlsext_host_name(stream.native_handle(), host.c_str());
    stream.next_layer().connect({asio::ip::make_address("127.0.0.1"), port});

    tls_result result;
    stream.handshake(asio::ssl::stream_base::client, result.handshake);
    result.verify_result = SSL_get_verify_result(stream.native_handle());
    if (!result.handshake)
    {
        http::request<http::empty_body> req(http::verb::get, target, 11);
        req.set(http::field::host, host);
        http::write(stream, req);
        beast::flat_buffer buffer;
        message res;
        http::read(stream, buffer, res);
        result.body = res.body();
    }
    return result;
}

}  // namespace

TEST_CASE("certificates: PEM output of the CA and issued certificates")
{
    auto ca = openai::testing::certificate_authority::create();
    CHECK(ca.certificate.starts_with("-----BEGIN CERTIFICATE-----"));
    CHECK(ca.private_key.starts_with("-----BEGIN PRIVATE KEY-----"));
    auto leaf = ca.issue();
    CHECK(leaf.certificate.starts_with("-----BEGIN CERTIFICATE-----"));
    CHECK(leaf.ca_certificate == ca.certificate);
    CHECK(leaf.certificate != ca.certificate);
    auto self = openai::testing::self_signed_certificate();
    CHECK(self.ca_certificate == self.certificate);

    openai::testing::certificate_options bad;
    bad.ip_addresses = {"not-an-ip"};
    CHECK_THROWS_AS(ca.issue(bad), std::invalid_argument);
}

TEST_CASE("TLS: handshake and host name verified against the issuing CA")
{
    watchdog dog;
    auto ca = openai::testing::certificate_authority::create();
    auto key = ca.issue();  // localhost and 127.0.0.1
    // Constructed in place: the server is neither copyable nor movable.
    openai::testing::server_options opts;
    opts.tls = true;
    opts.certificate_chain = key.certificate;
    opts.private_key = key.private_key;
    server s(opts);
    openai::testing::add_openai_routes(s);
    CHECK(s.base_url("localhost") == "https://localhost:" + std::to_string(s.port()) + "/v1");

    SUBCASE("trusted CA, DNS name")
    {
        auto r = tls_get(s.port(), ca.certificate, "localhost", "/v1/models/gpt-4o");
        REQUIRE_MESSAGE(!r.handshake, r.handshake.message());
        CHECK(json::parse(r.body).at("id").as_string() == "gpt-4o");
    }
    SUBCASE("trusted CA, IP address")
    {
        auto r = tls_get(s.port(), ca.certificate, "127.0.0.1", "/v1/models");
        REQUIRE_MESSAGE(!r.handshake, r.handshake.message());
        CHECK(json::parse(r.body).at("object").as_string() == "list");
    }
    SUBCASE("wrong host name")
    {
        CHECK(tls_get(s.port(), ca.certificate, "example.com", "/v1/models").handshake);
    }
    SUBCASE("another CA")
    {
        auto other = openai::testing::certificate_authority::create("another CA");
        auto r = tls_get(s.port(), other.certificate, "localhost", "/v1/models");
        CHECK(r.handshake);
        CHECK(r.verify_result == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    }
}

TEST_CASE("TLS: expired and self-signed certificates")
{
    watchdog dog;
    auto ca = openai::testing::certificate_authority::create();
    {
        openai::testing::certificate_options expired;
        expired.not_before = -48h;
        expired.not_after = -24h;
        auto key = ca.issue(expired);
        openai::testing::server_options opts;
        opts.tls = true;
        opts.certificate_chain = key.certificate;
        opts.private_key = key.private_key;
        server s(opts);
        auto r = tls_get(s.port(), ca.certificate, "localhost", "/");
        CHECK(r.handshake);
        CHECK(r.verify_result == X509_V_ERR_CERT_HAS_EXPIRED);
    }
    {
        auto self = openai::testing::self_signed_certificate();
        openai::testing::server_options opts;
        opts.tls = true;
        opts.certificate_chain = self.certificate;
        opts.private_key = self.private_key;
        server s(opts);
        s.enqueue("GET", "/v1/x", response::json(200, "\"ok\""));
        auto trusted = tls_get(s.port(), self.ca_certificate, "localhost", "/v1/x");
        REQUIRE_MESSAGE(!trusted.handshake, trusted.handshake.message());
        CHECK(trusted.body == "\"ok\"");
        auto untrusted = tls_get(s.port(), ca.certificate, "localhost", "/v1/x");
        CHECK(untrusted.handshake);
        CHECK(untrusted.verify_result == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
    }
    openai::testing::server_options no_key;
    no_key.tls = true;
    CHECK_THROWS_AS(server{no_key}, std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// Default OpenAI routes

TEST_CASE("default routes: chat completions")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());

    auto res = c.call(http::verb::post, "/v1/chat/completions",
                      R"({"model":"gpt-4o-mini","messages":[{"role":"system","content":"Be brief."},
                          {"role":"user","content":"first"},{"role":"assistant","content":"ok"},
                          {"role":"user","content":"Hello there"}]})");
    CHECK(res.result_int() == 200);
    auto body = json_body(res);
    CHECK(body.at("object").as_string() == "chat.completion");
    CHECK(body.at("model").as_string() == "gpt-4o-mini");
    CHECK(std::string(body.at("id").as_string()).starts_with("chatcmpl-"));
    CHECK(body.at("created").as_int64() > 1700000000);
    const auto& choice = body.at("choices").as_array().at(0).as_object();
    CHECK(choice.at("index").as_int64() == 0);
    CHECK(choice.at("finish_reason").as_string() == "stop");
    CHECK(choice.at("message").at("role").as_string() == "assistant");
    CHECK(choice.at("message").at("content").as_string() == "You said: Hello there");
    const auto& usage = body.at("usage").as_object();
    CHECK(usage.at("prompt_tokens").as_int64() > 0);
    CHECK(usage.at("completion_tokens").as_int64() > 0);
    CHECK(usage.at("total_tokens").as_int64() ==
          usage.at("prompt_tokens").as_int64() + usage.at("completion_tokens").as_int64());

    // Text parts, and n choices.
    auto parts = json_body(c.call(http::verb::post, "/v1/chat/completions",
                                  R"({"model":"m","n":2,"messages":[{"role":"user","content":[
                                      {"type":"text","text":"one"},{"type":"image_url","image_url":{"url":"x"}},
                                      {"type":"text","text":"two"}]}]})"));
    REQUIRE(parts.at("choices").as_array().size() == 2);
    CHECK(parts.at("choices").at(1).at("index").as_int64() == 1);
    CHECK(parts.at("choices").at(1).at("message").at("content").as_string() == "You said: one\ntwo");

    check_openai_error(c.call(http::verb::post, "/v1/chat/completions", "{not json"), 400, "invalid_request_error", "");
    auto missing = c.call(http::verb::post, "/v1/chat/completions", R"({"model":"m"})");
    check_openai_error(missing, 400, "invalid_request_error", "missing_required_parameter");
    CHECK(json_body(missing).at("error").at("param").as_string() == "messages");
    check_openai_error(c.call(http::verb::post, "/v1/chat/completions", R"({"model":"m","messages":[],"n":"2"})"), 400,
                       "invalid_request_error", "invalid_type");
}

TEST_CASE("default routes: streamed chat completion as server-sent events")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());
    auto res = c.call(http::verb::post, "/v1/chat/completions",
                      R"({"model":"m","stream":true,"stream_options":{"include_usage":true},
                          "messages":[{"role":"user","content":"hi there"}]})");
    CHECK(res.result_int() == 200);
    CHECK(res.chunked());
    CHECK(std::string(res[http::field::content_type]).starts_with("text/event-stream"));

    std::string text, body = res.body();
    std::vector<std::string> events;
    for (std::size_t pos = 0; pos < body.size();)
    {
        auto end = body.find("\n\n", pos);
        REQUIRE(end != std::string::npos);
        std::string event = body.substr(pos, end - pos);
        REQUIRE(event.starts_with("data: "));
        events.push_back(event.substr(6));
        pos = end + 2;
    }
    REQUIRE(events.size() >= 4);
    CHECK(events.back() == "[DONE]");
    events.pop_back();
    bool finished = false;
    for (const auto& e : events)
    {
        auto chunk = json::parse(e).as_object();
        CHECK(chunk.at("object").as_string() == "chat.completion.chunk");
        for (const auto& ch : chunk.at("choices").as_array())
        {
            if (const auto* content = ch.at("delta").as_object().if_contains("content"))
                text += content->as_string();
            finished = finished || ch.at("finish_reason") == "stop";
        }
    }
    CHECK(text == "You said: hi there");
    CHECK(finished);
    auto last = json::parse(events.back()).as_object();
    CHECK(last.at("choices").as_array().empty());
    CHECK(last.at("usage").at("total_tokens").as_int64() > 0);
}

TEST_CASE("default routes: completions")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());
    auto body = json_body(
        c.call(http::verb::post, "/v1/completions", R"({"model":"gpt-3.5-turbo-instruct","prompt":"Say this"})"));
    CHECK(body.at("object").as_string() == "text_completion");
    CHECK(body.at("choices").at(0).at("text").as_string() == "Say this");
    CHECK(body.at("choices").at(0).at("finish_reason").as_string() == "stop");
    CHECK(body.at("usage").at("prompt_tokens").as_int64() == 2);

    auto many = json_body(c.call(http::verb::post, "/v1/completions", R"({"model":"m","prompt":["a","b"]})"));
    REQUIRE(many.at("choices").as_array().size() == 2);
    CHECK(many.at("choices").at(1).at("text").as_string() == "b");
    CHECK(many.at("choices").at(1).at("index").as_int64() == 1);

    auto tokens = json_body(c.call(http::verb::post, "/v1/completions", R"({"model":"m","prompt":[1,2,3]})"));
    CHECK(tokens.at("choices").at(0).at("text").as_string() == "1 2 3");
    check_openai_error(c.call(http::verb::post, "/v1/completions", R"({"prompt":"x"})"), 400, "invalid_request_error",
                       "missing_required_parameter");
}

TEST_CASE("default routes: embeddings are deterministic unit vectors of the asked dimensions")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());

    auto floats = [&](const json::value& v) {
        std::vector<float> out;
        for (const auto& x : v.as_array())
            out.push_back(float(x.to_number<double>()));
        return out;
    };
    auto body =
        json_body(c.call(http::verb::post, "/v1/embeddings",
                         R"({"model":"text-embedding-3-small","input":["alpha","beta","alpha"],"dimensions":8})"));
    CHECK(body.at("object").as_string() == "list");
    CHECK(body.at("model").as_string() == "text-embedding-3-small");
    const auto& data = body.at("data").as_array();
    REQUIRE(data.size() == 3);
    auto a = floats(data.at(0).at("embedding"));
    auto b = floats(data.at(1).at("embedding"));
    auto a2 = floats(data.at(2).at("embedding"));
    CHECK(data.at(2).at("index").as_int64() == 2);
    CHECK(data.at(0).at("object").as_string() == "embedding");
    REQUIRE(a.size() == 8);
    CHECK(a == a2);
    CHECK(a != b);
    double norm = 0;
    for (float x : a)
        norm += double(x) * x;
    CHECK(std::sqrt(norm) == doctest::Approx(1.0).epsilon(1e-5));
    CHECK(body.at("usage").at("prompt_tokens").as_int64() == 5);  // about 4 characters a token: 2 + 1 + 2

    // Default dimensions, token input.
    auto def = json_body(c.call(http::verb::post, "/v1/embeddings", R"({"model":"m","input":[[1,2],[3]]})"));
    REQUIRE(def.at("data").as_array().size() == 2);
    CHECK(def.at("data").at(0).at("embedding").as_array().size() == 1536);
    CHECK(def.at("usage").at("total_tokens").as_int64() == 3);

    // base64: little-endian float32, the same values as the float form.
    auto b64 = json_body(c.call(http::verb::post, "/v1/embeddings",
                                R"({"model":"m","input":"alpha","dimensions":8,"encoding_format":"base64"})"));
    std::string bytes = base64_decode(b64.at("data").at(0).at("embedding").as_string());
    REQUIRE(bytes.size() == 8 * 4);
    for (std::size_t i = 0; i < 8; ++i)
        CHECK(float_le(bytes, i) == a[i]);
    auto big = json_body(c.call(http::verb::post, "/v1/embeddings",
                                R"({"model":"m","input":"x","dimensions":3072,"encoding_format":"base64"})"));
    CHECK(base64_decode(big.at("data").at(0).at("embedding").as_string()).size() == 3072 * 4);

    check_openai_error(c.call(http::verb::post, "/v1/embeddings", R"({"model":"m","input":"x","dimensions":0})"), 400,
                       "invalid_request_error", "invalid_value");
    check_openai_error(c.call(http::verb::post, "/v1/embeddings", R"({"model":"m","input":[]})"), 400,
                       "invalid_request_error", "invalid_value");
    check_openai_error(c.call(http::verb::post, "/v1/embeddings", "[1,2"), 400, "invalid_request_error", "");
}

TEST_CASE("default routes: image generations return a real PNG")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());
    const std::string signature = "\x89PNG\r\n\x1a\n";

    auto b64 = json_body(
        c.call(http::verb::post, "/v1/images/generations", R"({"prompt":"a cat","n":3,"response_format":"b64_json"})"));
    CHECK(b64.at("created").as_int64() > 1700000000);
    const auto& data = b64.at("data").as_array();
    REQUIRE(data.size() == 3);
    std::string png = base64_decode(data.at(0).at("b64_json").as_string());
    CHECK(png.starts_with(signature));
    CHECK(png.substr(12, 4) == "IHDR");
    CHECK(png.ends_with(std::string("IEND\xAE\x42\x60\x82", 8)));

    auto url = json_body(c.call(http::verb::post, "/v1/images/generations", R"({"prompt":"a dog"})"));
    REQUIRE(url.at("data").as_array().size() == 1);
    std::string u(url.at("data").at(0).at("url").as_string());
    const std::string prefix = "data:image/png;base64,";
    REQUIRE(u.starts_with(prefix));
    CHECK(base64_decode(u.substr(prefix.size())) == png);

    check_openai_error(c.call(http::verb::post, "/v1/images/generations", R"({"n":1})"), 400, "invalid_request_error",
                       "missing_required_parameter");
}

TEST_CASE("default routes: models")
{
    watchdog dog;
    server s;
    openai::testing::add_openai_routes(s);
    client c(s.port());

    auto list = json_body(c.call(http::verb::get, "/v1/models"));
    CHECK(list.at("object").as_string() == "list");
    const auto& data = list.at("data").as_array();
    REQUIRE(data.size() >= 3);
    for (const auto& m : data)
    {
        CHECK(m.at("object").as_string() == "model");
        CHECK(m.at("id").is_string());
        CHECK(m.at("created").is_int64());
        CHECK(m.at("owned_by").is_string());
    }

    std::string first(data.at(0).at("id").as_string());
    auto one = json_body(c.call(http::verb::get, "/v1/models/" + first));
    CHECK(one.at("id").as_string() == first);
    CHECK(one.at("object").as_string() == "model");

    auto missing = c.call(http::verb::get, "/v1/models/no-such-model");
    check_openai_error(missing, 404, "invalid_request_error", "model_not_found");
    CHECK(json_body(missing).at("error").at("param").as_string() == "model");

    auto deleted = json_body(c.call(http::verb::delete_, "/v1/models/ft%3Agpt-4o-mini%3Aacme%3A%3Aabc123"));
    CHECK(deleted.at("id").as_string() == "ft:gpt-4o-mini:acme::abc123");
    CHECK(deleted.at("object").as_string() == "model");
    CHECK(deleted.at("deleted").as_bool());
}
