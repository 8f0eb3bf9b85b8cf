// An in-process HTTP/1.1 server speaking the OpenAI wire format, for tests and local demos.
//
// It runs its own io_context on its own thread and listens on 127.0.0.1 (a free port unless told
// one), plain or TLS. Each connection is one C++20 coroutine; requests are answered, in order of
// precedence, by scripted responses queued with `enqueue`, by handlers registered with `on`, or
// with an OpenAI-shaped 404. Scripted responses can misbehave on purpose (delay, stall, reset,
// close, raw bytes, chunked streams) so clients' error paths can be exercised.
//
// Handlers run on a small thread pool, not on the network thread: a slow or blocking handler holds
// up only its own connection. `stop()` (and the destructor) close the listener and every live
// connection and return promptly; they do wait for handler calls already running to return.
//
// Needs Boost.JSON compiled once into the program (boost/json/src.hpp).
#ifndef OPENAI_TESTING_SERVER_HPP
#define OPENAI_TESTING_SERVER_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

// g++ 12 at -O2 and above may inline Asio's operator new of a coroutine frame (the recycling
// allocator of awaitable_frame_base) into this server's coroutines but not the matching operator
// delete, then report the pair as mismatched (-Wmismatched-new-delete), in any program built
// with -Wall. They are the class's own pair: silenced for this header's code only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

OPENAI_BEGIN_NAMESPACE
namespace testing {

/// One request as the server received it.
struct request
{
    std::string method;       ///< "GET", "POST", ...
    std::string target;       ///< As sent: path and query string.
    std::string path;         ///< target without the query string, e.g. "/v1/chat/completions".
    openai::headers headers;  ///< The request's header fields, in order.
    std::string body;         ///< The request body, dechunked.
    /// Which connection it came on (1 for the first accepted, ...): tells keep-alive reuse apart
    /// from reconnection.
    std::uint64_t connection = 0;
};

/// How to answer a request. The defaults make a plain 200; the other members inject faults.
struct response
{
    /// The HTTP status.
    int status = 200;
    /// Sent as given. Content-Type defaults to application/json when there is a body;
    /// x-request-id defaults to "req_<n>". A Content-Length set here is sent unchanged (even if
    /// wrong); a Connection field set here overrides the keep-alive decision.
    openai::headers headers;
    /// The body; ignored when `chunks` is set.
    std::string body;

    /// Wait this long before answering (or before stalling, resetting, ...). Other connections
    /// are served meanwhile.
    std::chrono::milliseconds delay{};
    /// Write these bytes verbatim instead of a formatted response: garbage, a truncated message,
    /// hand-made chunked framing. Combine with `close` when the client must not wait for more.
    std::optional<std::string> raw;
    /// Close the connection after writing, without announcing it with "Connection: close" (add
    /// that header to announce it): a client that reuses the connection finds it dead.
    bool close = false;
    /// Abort the connection with a TCP RST (SO_LINGER 0) instead of answering; with `raw`, right
    /// after writing those bytes (a reset in the middle of the headers or the body).
    bool reset = false;
    /// When not empty, send the body with Transfer-Encoding: chunked, one chunk per element (empty
    /// elements are skipped: an empty chunk would end the body), waiting `chunk_interval` between
    /// chunks. `body` is then ignored. This is how server-sent-event streams are scripted.
    std::vector<std::string> chunks;
    /// The pause between two chunks of `chunks`.
    std::chrono::milliseconds chunk_interval{};
    /// Read the request and never answer, until the connection or the server is closed.
    bool stall = false;

    /// A response with a JSON body.
    static response json(int status, std::string body)
    {
        response r;
        r.status = status;
        r.headers.set("Content-Type", "application/json");
        r.body = std::move(body);
        return r;
    }

    /// An OpenAI error: {"error":{"message":...,"type":...,"param":...,"code":...}}, with param
    /// and code null when empty.
    static response error(int status, const std::string& type, const std::string& code, const std::string& message,
                          const std::string& param = "")
    {
        boost::json::object e;
        e["message"] = message;
        e["type"] = type;
        e["param"] = param.empty() ? boost::json::value(nullptr) : boost::json::value(param);
        e["code"] = code.empty() ? boost::json::value(nullptr) : boost::json::value(code);
        boost::json::object root;
        root["error"] = std::move(e);
        return json(status, boost::json::serialize(root));
    }
};

/// Configuration of a server.
struct server_options
{
    /// Serve HTTPS with `certificate_chain` and `private_key` (PEM; see certificates.hpp).
    bool tls = false;
    /// PEM certificate chain, the server's certificate first (with `tls`).
    std::string certificate_chain;
    /// PEM private key of that certificate (with `tls`).
    std::string private_key;
    /// 0 picks a free port.
    std::uint16_t port = 0;
    /// Largest request body accepted; larger ones get 413 and the connection is closed.
    std::uint64_t max_body = 64ull * 1024 * 1024;
    /// Threads running `on` handlers.
    std::size_t handler_threads = 2;
};

namespace server_detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;

// Completion token giving (error_code, results...) instead of throwing: every failure here is an
// expected outcome (client gone, server stopping), not an exceptional one.
inline constexpr auto nothrow = asio::as_tuple(asio::use_awaitable);

/// The path part of a request target.
inline std::string_view path_of(std::string_view target)
{
    return target.substr(0, target.find('?'));
}

/// Whether `path` matches `pattern`, where a pattern segment "{name}" matches any one non-empty
/// segment ("/v1/models/{id}" matches "/v1/models/gpt-4o").
inline bool path_matches(std::string_view pattern, std::string_view path)
{
    while (!pattern.empty() || !path.empty())
    {
        if (pattern.empty() || path.empty() || pattern[0] != '/' || path[0] != '/')
            return false;
        pattern.remove_prefix(1);
        path.remove_prefix(1);
        auto p_end = std::min(pattern.find('/'), pattern.size());
        auto s_end = std::min(path.find('/'), path.size());
        std::string_view p = pattern.substr(0, p_end), s = path.substr(0, s_end);
        bool wildcard = p.size() >= 2 && p.front() == '{' && p.back() == '}';
        if (wildcard ? s.empty() : p != s)
            return false;
        pattern.remove_prefix(p_end);
        path.remove_prefix(s_end);
    }
    return true;
}

/// Whether a Connection field value holds the "close" token.
inline bool says_close(std::string_view value)
{
    for (std::size_t i = 0; i + 5 <= value.size(); ++i)
        if (openai::detail::iequals(value.substr(i, 5), "close"))
            return true;
    return false;
}

/// One accepted connection, as stop() sees it: enough to close it and wake it up. Touched only
/// on the network thread.
struct connection
{
    asio::ip::tcp::socket* socket = nullptr;
    asio::steady_timer* timer = nullptr;
    bool closed = false;

    void close()
    {
        closed = true;
        boost::system::error_code ignored;
        socket->close(ignored);
        timer->cancel();
    }
};

}  // namespace server_detail

/// The server. Starts listening in the constructor; stops in stop() or the destructor.
class server
{
public:
    /// Its configuration.
    using options = server_options;
    /// What `on` registers: answers one request; called on a handler thread.
    using handler = std::function<response(const request&)>;

    /// Listens on 127.0.0.1 at once and serves on its own thread. Throws std::invalid_argument
    /// when `tls` lacks a certificate or key, and the Asio or TLS error when the port, the
    /// certificate or the key cannot be used.
    // Two constructors, not a defaulted `options`: g++ 12 destroys a defaulted aggregate
    // argument twice when the call is inside a co_await expression.
    server() : server(options()) {}

    /// As above, with options.
    explicit server(options opts) : options_(std::move(opts))
    {
        namespace asio = server_detail::asio;
        if (options_.tls)
        {
            if (options_.certificate_chain.empty() || options_.private_key.empty())
                throw std::invalid_argument("openai::testing::server: tls needs certificate_chain and private_key");
            ssl_.emplace(asio::ssl::context::tls_server);
            ssl_->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                              asio::ssl::context::no_sslv3 | asio::ssl::context::single_dh_use);
            SSL_CTX_set_min_proto_version(ssl_->native_handle(), TLS1_2_VERSION);
            ssl_->use_certificate_chain(asio::buffer(options_.certificate_chain));
            ssl_->use_private_key(asio::buffer(options_.private_key), asio::ssl::context::pem);
        }

        // Bind synchronously so port() is valid as soon as the constructor returns.
        asio::ip::tcp::endpoint endpoint(asio::ip::make_address_v4("127.0.0.1"), options_.port);
        acceptor_.open(endpoint.protocol());
        acceptor_.set_option(asio::socket_base::reuse_address(true));
        acceptor_.bind(endpoint);
        acceptor_.listen(asio::socket_base::max_listen_connections);
        port_ = acceptor_.local_endpoint().port();

        asio::co_spawn(ioc_, accept_loop(), asio::detached);
        pool_.emplace(options_.handler_threads == 0 ? 1 : options_.handler_threads);
        thread_ = std::thread([this] {
            try
            {
                ioc_.run();
            }
            catch (...)
            {  // nothing here throws by design; never let the thread terminate the process
            }
            done_promise_.set_value();
        });
    }

    /// Neither copyable nor movable.
    server(const server&) = delete;
    server& operator=(const server&) = delete;

    /// Calls stop().
    // stop() throws only if locking, posting to or joining the threads fails; they would then outlive
    // the server, so the process had better end, as std::thread's destructor would end it.
    // NOLINTNEXTLINE(bugprone-exception-escape): see above
    ~server() { stop(); }

    /// The port listened on (the free one picked when options::port is 0).
    std::uint16_t port() const noexcept { return port_; }
    /// Whether it serves HTTPS.
    bool tls() const noexcept { return options_.tls; }

    /// "http://127.0.0.1:PORT/v1" (https when serving TLS). Pass "localhost" when the client
    /// verifies a certificate issued for that name.
    std::string base_url(std::string_view host) const
    {
        std::string url = options_.tls ? "https://" : "http://";
        url += host;
        // Appended piece by piece: g++ 12 at -O3 reports ":" + std::string as overlapping copies
        // (-Wrestrict, a false positive).
        url += ':';
        url += std::to_string(port_);
        url += "/v1";
        return url;
    }

    /// "http://127.0.0.1:PORT/v1" (https when serving TLS).
    // Overloads, not a defaulted std::string: see the constructors.
    std::string base_url() const { return base_url("127.0.0.1"); }

    /// Answers requests for `method` and `path` with `fn`, called on a handler thread. `path`
    /// may hold "{name}" segments matching any one segment. Registering the same method and path
    /// again replaces the handler; otherwise the latest registration that matches wins.
    void on(std::string method, std::string path, handler fn)
    {
        std::lock_guard lock(mutex_);
        std::erase_if(handlers_, [&](const route& r) { return r.method == method && r.path == path; });
        handlers_.push_back({std::move(method), std::move(path), std::make_shared<const handler>(std::move(fn))});
    }

    /// Answers the next request for `method` and `path` (which may hold "{name}" segments too)
    /// with `r`, once. Queued responses of a route are used first in, first out, before any `on`
    /// handler.
    void enqueue(std::string method, std::string path, response r)
    {
        std::lock_guard lock(mutex_);
        for (auto& s : scripts_)
            if (s.method == method && s.path == path)
            {
                s.queue.push_back(std::move(r));
                return;
            }
        scripts_.push_back({std::move(method), std::move(path), {}});
        scripts_.back().queue.push_back(std::move(r));
    }

    /// Copies of every request received so far, in arrival order.
    std::vector<request> requests() const
    {
        std::lock_guard lock(mutex_);
        return log_;
    }

    /// How many requests are in the log.
    std::size_t request_count() const
    {
        std::lock_guard lock(mutex_);
        return log_.size();
    }

    /// Empties the log.
    void clear_requests()
    {
        std::lock_guard lock(mutex_);
        log_.clear();
    }

    /// Waits until at least `n` requests are in the log; false on timeout.
    bool wait_for_requests(std::size_t n, std::chrono::milliseconds timeout) const
    {
        std::unique_lock lock(mutex_);
        return logged_.wait_for(lock, timeout, [&] { return log_.size() >= n; });
    }

    /// Closes the listener and every connection, and joins the network thread and the handler
    /// threads (handler calls already running finish first). Idempotent. Must not be called from
    /// a handler.
    void stop()
    {
        std::lock_guard lock(stop_mutex_);
        if (!thread_.joinable())
            return;
        server_detail::asio::post(ioc_, [this] { shut_down(); });
        // Every coroutine ends once its socket and timer are closed, and run() then returns. The
        // timeout is a safety net so a bug here can never hang a test run.
        if (done_.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
            ioc_.stop();
        thread_.join();
        pool_->join();
    }

private:
    using tcp = server_detail::asio::ip::tcp;
    using awaitable = server_detail::asio::awaitable<void>;

    struct route
    {
        std::string method, path;
        std::shared_ptr<const handler> fn;
    };
    struct script
    {
        std::string method, path;
        std::deque<response> queue;
    };

    // Network thread only.
    void shut_down()
    {
        shutting_down_ = true;
        boost::system::error_code ignored;
        acceptor_.close(ignored);
        for (auto* c : connections_)
            c->close();
    }

    awaitable accept_loop()
    {
        namespace asio = server_detail::asio;
        for (;;)
        {
            auto [ec, socket] = co_await acceptor_.async_accept(server_detail::nothrow);
            if (shutting_down_)
                co_return;
            if (ec)
            {
                // Out of descriptors and the like: back off briefly instead of spinning.
                asio::steady_timer pause(ioc_, std::chrono::milliseconds(20));
                co_await pause.async_wait(server_detail::nothrow);
                continue;
            }
            asio::co_spawn(ioc_, session(std::move(socket), ++connections_accepted_), asio::detached);
        }
    }

    awaitable session(tcp::socket socket, std::uint64_t id)
    {
        namespace asio = server_detail::asio;
        asio::steady_timer timer(ioc_);
        server_detail::connection conn{&socket, &timer};
        // Registered for the lifetime of this frame, so stop() can reach it.
        connections_.insert(&conn);
        class unregister
        {
        public:
            unregister(std::unordered_set<server_detail::connection*>& set, server_detail::connection* c)
                : set_(set), c_(c)
            {}
            ~unregister() { set_.erase(c_); }
            unregister(const unregister&) = delete;
            unregister& operator=(const unregister&) = delete;

        private:
            std::unordered_set<server_detail::connection*>& set_;
            server_detail::connection* c_;
        } guard{connections_, &conn};
        if (shutting_down_)  // shut_down() ran between the accept and this registration
            co_return;

        boost::system::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        if (ssl_)
        {
            asio::ssl::stream<tcp::socket&> stream(socket, *ssl_);
            auto [ec] = co_await stream.async_handshake(asio::ssl::stream_base::server, server_detail::nothrow);
            if (!ec)
                co_await serve(stream, conn, id);
        }
        else
        {
            co_await serve(socket, conn, id);
        }
    }

    // Sleeps on the connection's timer unless it is closed; false when it is (or becomes) closed.
    static server_detail::asio::awaitable<bool> sleep(server_detail::connection& conn,
                                                      std::chrono::steady_clock::duration d, bool forever = false)
    {
        if (conn.closed)
            co_return false;
        if (forever)
            conn.timer->expires_at(std::chrono::steady_clock::time_point::max());
        else
            conn.timer->expires_after(d);
        co_await conn.timer->async_wait(server_detail::nothrow);
        co_return !conn.closed;
    }

    template <class Stream>
    awaitable serve(Stream& stream, server_detail::connection& conn, std::uint64_t id)
    {
        namespace asio = server_detail::asio;
        namespace http = server_detail::http;
        using server_detail::nothrow;
        boost::beast::flat_buffer buffer;
        for (;;)
        {
            // A parser reads one message only, so each request gets a fresh one.
            http::request_parser<http::string_body> parser;
            parser.body_limit(options_.max_body);
            parser.header_limit(1024 * 1024);

            auto [ec, n] = co_await http::async_read_header(stream, buffer, parser, nothrow);
            if (!ec && parser.get()[http::field::expect] == "100-continue")
            {
                // curl and others wait for this before sending a large body.
                static constexpr std::string_view cont = "HTTP/1.1 100 Continue\r\n\r\n";
                std::tie(ec, n) = co_await asio::async_write(stream, asio::buffer(cont), nothrow);
            }
            if (!ec)
                std::tie(ec, n) = co_await http::async_read(stream, buffer, parser, nothrow);
            if (ec)
            {
                // Beast's parse errors are answered; anything else means the client left, the
                // socket failed or we are stopping.
                if (conn.closed || ec.category() != http::make_error_code(http::error::body_limit).category() ||
                    ec == http::error::end_of_stream || ec == http::error::partial_message)
                    co_return;
                // Malformed or too large: say so the OpenAI way, then hang up.
                response r =
                    ec == http::error::body_limit
                        ? response::error(413, "invalid_request_error", "request_too_large",
                                          "Request body larger than " + std::to_string(options_.max_body) + " bytes")
                        : response::error(400, "invalid_request_error", "", "Malformed HTTP request: " + ec.message());
                r.headers.set("Connection", "close");
                add_default_headers(r);
                co_await write_formatted(stream, r, 11, false);
                co_await linger_close(stream, conn);
                co_return;
            }

            auto& msg = parser.get();
            request req;
            req.method = std::string(msg.method_string());
            req.target = std::string(msg.target());
            req.path = std::string(server_detail::path_of(req.target));
            for (const auto& field : msg)
                req.headers.insert(std::string(field.name_string()), std::string(field.value()));
            req.body = std::move(msg.body());
            req.connection = id;
            bool keep_alive = msg.keep_alive();
            unsigned version = msg.version();

            response r = co_await respond(req);
            if (conn.closed)
                co_return;
            if (r.delay.count() > 0 && !co_await sleep(conn, r.delay))
                co_return;
            if (r.stall)
            {
                co_await sleep(conn, {}, true);
                co_return;
            }
            auto& socket = boost::beast::get_lowest_layer(stream);
            auto abort_connection = [&socket] {
                boost::system::error_code ignored;
                socket.set_option(asio::socket_base::linger(true, 0), ignored);
                socket.close(ignored);
            };
            if (r.reset && !r.raw)
            {
                abort_connection();
                co_return;
            }

            if (r.raw)
            {
                std::tie(ec, n) = co_await asio::async_write(stream, asio::buffer(*r.raw), nothrow);
            }
            else
            {
                add_default_headers(r);
                // Plain if/else, not ?: : GCC 12 evaluates both co_await operands of a conditional.
                if (r.chunks.empty())
                    ec = co_await write_formatted(stream, r, version, keep_alive);
                else
                    ec = co_await write_chunked(stream, r, conn, version, keep_alive);
            }
            if (ec || conn.closed)
                co_return;
            if (r.reset)
            {
                abort_connection();
                co_return;
            }
            auto connection_field = r.headers.find("Connection");
            if (r.close || (connection_field && !r.raw ? server_detail::says_close(*connection_field) : !keep_alive))
            {
                boost::system::error_code ignored;
                socket.shutdown(tcp::socket::shutdown_both, ignored);
                socket.close(ignored);
                co_return;
            }
        }
    }

    // Finds the answer for `req`, logging it first so stalled requests are logged too.
    server_detail::asio::awaitable<response> respond(request& req)
    {
        namespace asio = server_detail::asio;
        std::shared_ptr<const handler> fn;
        {
            std::lock_guard lock(mutex_);
            log_.push_back(req);
            logged_.notify_all();
            for (auto& s : scripts_)
                if (!s.queue.empty() && s.method == req.method && server_detail::path_matches(s.path, req.path))
                {
                    response r = std::move(s.queue.front());
                    s.queue.pop_front();
                    co_return r;
                }
            for (auto it = handlers_.rbegin(); it != handlers_.rend() && !fn; ++it)
                if (it->method == req.method && server_detail::path_matches(it->path, req.path))
                    fn = it->fn;
        }
        if (!fn)
            co_return response::error(404, "invalid_request_error", "",
                                      "Invalid URL (" + req.method + " " + req.path + ")");
        // Run on the pool so a slow handler holds up only this connection. No lambda or other
        // temporary in the co_await expression: GCC 12 destroys some of those twice.
        auto work = call_handler(std::move(fn), req);
        response r = co_await asio::co_spawn(pool_->get_executor(), std::move(work), asio::use_awaitable);
        co_return r;
    }

    static server_detail::asio::awaitable<response> call_handler(std::shared_ptr<const handler> fn, const request& req)
    {
        try
        {
            co_return (*fn)(req);
        }
        catch (const std::exception& e)
        {
            co_return response::error(500, "server_error", "", std::string("handler threw: ") + e.what());
        }
        catch (...)
        {
            co_return response::error(500, "server_error", "", "handler threw");
        }
    }

    void add_default_headers(response& r)
    {
        if ((!r.body.empty() || !r.chunks.empty()) && !r.headers.contains("Content-Type"))
            r.headers.set("Content-Type", "application/json");
        if (!r.headers.contains("x-request-id"))
            r.headers.set("x-request-id", "req_" + std::to_string(++request_ids_));
    }

    template <class Message>
    static void copy_headers(Message& m, const response& r, bool keep_alive)
    {
        for (const auto& [name, value] : r.headers)
            m.insert(name, value);
        if (!r.headers.contains("Connection"))
            m.keep_alive(keep_alive);
    }

    template <class Stream>
    server_detail::asio::awaitable<boost::system::error_code> write_formatted(Stream& stream, const response& r,
                                                                              unsigned version, bool keep_alive)
    {
        namespace http = server_detail::http;
        http::response<http::string_body> m;
        m.version(version);
        m.result(static_cast<unsigned>(r.status));
        copy_headers(m, r, keep_alive);
        m.body() = r.body;
        if (!r.headers.contains("Content-Length") && !r.headers.contains("Transfer-Encoding"))
            m.prepare_payload();
        auto [ec, n] = co_await http::async_write(stream, m, server_detail::nothrow);
        co_return ec;
    }

    template <class Stream>
    server_detail::asio::awaitable<boost::system::error_code> write_chunked(Stream& stream, const response& r,
                                                                            server_detail::connection& conn,
                                                                            unsigned version, bool keep_alive)
    {
        namespace asio = server_detail::asio;
        namespace http = server_detail::http;
        using server_detail::nothrow;
        http::response<http::empty_body> m;
        m.version(version);
        m.result(static_cast<unsigned>(r.status));
        copy_headers(m, r, keep_alive);
        m.chunked(true);
        http::response_serializer<http::empty_body> sr(m);
        auto [ec, n] = co_await http::async_write_header(stream, sr, nothrow);
        bool first = true;
        for (const auto& chunk : r.chunks)
        {
            if (ec)
                co_return ec;
            if (chunk.empty())
                continue;
            if (!first && r.chunk_interval.count() > 0 && !co_await sleep(conn, r.chunk_interval))
                co_return asio::error::operation_aborted;
            first = false;
            auto framed = http::make_chunk(asio::buffer(chunk));
            std::tie(ec, n) = co_await asio::async_write(stream, framed, nothrow);
        }
        if (!ec)
        {
            auto last = http::make_chunk_last();
            std::tie(ec, n) = co_await asio::async_write(stream, last, nothrow);
        }
        co_return ec;
    }

    // After an error response with the request body possibly unread: closing at once would make
    // the kernel send RST and the client could lose the response. Stop sending, then drain what
    // the client still sends for a short while.
    template <class Stream>
    server_detail::asio::awaitable<void> linger_close(Stream& stream, server_detail::connection& conn)
    {
        namespace asio = server_detail::asio;
        using namespace asio::experimental::awaitable_operators;
        auto& socket = boost::beast::get_lowest_layer(stream);
        boost::system::error_code ignored;
        socket.shutdown(tcp::socket::shutdown_send, ignored);
        if (conn.closed)
            co_return;
        // Whichever ends first cancels the other: the client closing, or a one second deadline.
        conn.timer->expires_after(std::chrono::seconds(1));
        co_await (drain(socket) || conn.timer->async_wait(server_detail::nothrow));
        socket.close(ignored);
    }

    static server_detail::asio::awaitable<void> drain(tcp::socket& socket)
    {
        std::vector<char> sink(16384);
        for (;;)
        {
            auto [ec, n] = co_await socket.async_read_some(server_detail::asio::buffer(sink), server_detail::nothrow);
            if (ec)
                co_return;
        }
    }

    options options_;
    std::uint16_t port_ = 0;

    mutable std::mutex mutex_;  // guards handlers_, scripts_, log_
    mutable std::condition_variable logged_;
    std::vector<route> handlers_;
    std::vector<script> scripts_;
    std::vector<request> log_;
    std::atomic<std::uint64_t> request_ids_{0};

    // Network thread only.
    std::unordered_set<server_detail::connection*> connections_;
    std::uint64_t connections_accepted_ = 0;
    bool shutting_down_ = false;

    std::optional<server_detail::asio::ssl::context> ssl_;
    // Declared after everything its pending coroutines use, so those outlive it.
    server_detail::asio::io_context ioc_{1};
    tcp::acceptor acceptor_{ioc_};
    std::optional<server_detail::asio::thread_pool> pool_;
    std::promise<void> done_promise_;
    std::future<void> done_ = done_promise_.get_future();
    std::mutex stop_mutex_;
    std::thread thread_;
};

}  // namespace testing
OPENAI_END_NAMESPACE

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif
