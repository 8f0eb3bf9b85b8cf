#ifndef OPENAI_IMPL_BEAST_TRANSPORT_IPP
#define OPENAI_IMPL_BEAST_TRANSPORT_IPP

#include <openai/detail/beast_transport.hpp>
#include <openai/detail/request_head.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <array>

#if !defined(_WIN32)
#include <cerrno>
#include <sys/socket.h>
#endif

OPENAI_BEGIN_NAMESPACE
namespace detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

OPENAI_DECL std::shared_ptr<asio::ssl::context> make_default_ssl_context()
{
    // tls_client (not tlsv12_client, which caps at 1.2) with a 1.2 floor allows TLS 1.3.
    auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    ctx->set_default_verify_paths();
    ctx->set_verify_mode(asio::ssl::verify_peer);
    return ctx;
}

OPENAI_DECL beast_transport::beast_transport(asio::any_io_executor ex, base_url url,
                                             std::shared_ptr<asio::ssl::context> ssl_ctx, std::size_t max_connections)
    : ex_(std::move(ex)), url_(std::move(url)), ssl_ctx_(std::move(ssl_ctx)),
      max_connections_(std::max<std::size_t>(max_connections, 1)), watchdog_(ex_)
{
    if (url_.tls && !ssl_ctx_)
        ssl_ctx_ = make_default_ssl_context();
}

OPENAI_DECL beast_transport::~beast_transport() = default;

// Whether an idle connection was closed by the server since its last answer: a cheap
// non-blocking peek, so a dead connection is replaced before a request is written to it.
inline bool idle_connection_is_closed(asio::ip::tcp::socket& socket, bool tls)
{
#if defined(_WIN32)
    (void)socket;
    (void)tls;
    return false;  // the retry on a fresh connection covers it
#else
    char byte = 0;
    auto n = ::recv(socket.native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0)
        return true;  // orderly shutdown
    if (n < 0)
        return errno != EAGAIN && errno != EWOULDBLOCK;
    return !tls;  // unsolicited bytes: TLS may send session tickets, plain HTTP sends nothing
#endif
}

// Errors that mean a reused connection had been closed by the server before our request.
inline bool is_stale_connection_error(const error_code& ec)
{
    return ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset ||
           ec == asio::error::broken_pipe || ec == asio::ssl::error::stream_truncated;
}

// Beast reads no more than the buffer's free capacity per call (at least 512 bytes), and a
// connection's buffer only grows to fit a response's header: a large body or a stream would take
// a system call per few hundred bytes. Bodies get a buffer of up to 256 KiB (streams 16 KiB,
// growing to 64 KiB while their reads fill it). A buffer widened past a stream's size shrinks
// back afterwards, so that the connections kept in the pool stay small; one a stream grew keeps
// its size, since the next stream on the connection would grow it again (an allocation, a copy,
// and fresh pages from the kernel every time).
constexpr std::size_t body_read_size = std::size_t{256} * 1024;
constexpr std::size_t pooled_buffer_size = std::size_t{16} * 1024;
constexpr std::size_t stream_read_size = std::size_t{64} * 1024;

// What the buffer holds is parsed before the next read, which then has the whole capacity: so a
// buffer is widened to the body's length, up to `read_size`, whatever it holds now.
inline void widen_for_body(beast::flat_buffer& buffer, boost::optional<std::uint64_t> content_length,
                           std::size_t read_size = body_read_size)
{
    const std::uint64_t wanted = std::min<std::uint64_t>(content_length.value_or(read_size), read_size);
    if (buffer.capacity() < wanted)
        buffer.reserve(static_cast<std::size_t>(wanted));
}

inline void narrow_after_body(beast::flat_buffer& buffer)
{
    if (buffer.capacity() > stream_read_size)
    {
        buffer.shrink_to_fit();
        buffer.reserve(pooled_buffer_size);
    }
}

// Writes the request: its head, serialized into `head` (storage reused from request to
// request), and its body, in one gather write. Beast's serializer produces the same bytes with
// a buffer per token, at several times the cost.
template <class Stream>
asio::awaitable<error_code> write_request(Stream& stream, http_request& req, std::string& head)
{
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    if (req.chunked())
    {
        auto [ec, written] = co_await http::async_write(stream, req, use_tuple);
        (void)written;
        co_return ec;
    }
    serialize_request_head(req, head);
    const std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(req.body())};
    auto [ec, written] = co_await asio::async_write(stream, buffers, use_tuple);
    (void)written;
    co_return ec;
}

// A failure after the watchdog closed the socket is the deadline's, whatever the socket said.
inline error_code timeout_if_expired(const error_code& ec, const deadline_watchdog::watch& w)
{
    return w.expired ? make_error_code(beast::error::timeout) : ec;
}

// One request and its answer; the caller bounds it (the deadline watchdog closes the socket).
template <class Stream>
asio::awaitable<error_code> round_trip(Stream& stream, beast::flat_buffer& buffer, std::string& head, http_request& req,
                                       http_response& res, const exchange_limits& limits, bool& got_some)
{
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    if (auto write_ec = co_await write_request(stream, req, head))
        co_return write_ec;

    http::response_parser<response_body> parser;
    parser.header_limit(64 * 1024);
    parser.body_limit(static_cast<std::uint64_t>(limits.max_response_bytes));
    auto [header_ec, header_bytes] = co_await http::async_read_header(stream, buffer, parser, use_tuple);
    (void)header_bytes;
    got_some = parser.got_some();
    if (header_ec)  // a Content-Length over the limit fails here already
        co_return header_ec == http::error::body_limit ? make_error_code(errc::response_too_large) : header_ec;
    if (!parser.is_done())
        widen_for_body(buffer, parser.content_length());
    auto [read_ec, read] = co_await http::async_read(stream, buffer, parser, use_tuple);
    (void)read;
    narrow_after_body(buffer);
    if (read_ec)
        co_return read_ec == http::error::body_limit ? make_error_code(errc::response_too_large) : read_ec;
    res = parser.release();
    co_return error_code{};
}

OPENAI_DECL asio::awaitable<error_code> beast_transport::exchange(http_request& req, http_response& res,
                                                                  const exchange_limits& limits)
{
    for (;;)
    {
        error_code ec;
        connection_ptr conn = take_idle();  // the common case, without a coroutine frame
        if (!conn)
        {
            std::tie(ec, conn) = co_await acquire(limits);
            if (ec)
                co_return ec;
        }
        const bool reused = conn->exchanges > 0;
        bool got_some = false;
        {
            auto& socket = std::visit(
                [](auto& s) -> asio::ip::tcp::socket& { return beast::get_lowest_layer(s).socket(); }, conn->stream);
            deadline_watchdog::scope watching(watchdog_, conn->watch, limits.deadline, socket);
            if (auto* plain = std::get_if<beast::tcp_stream>(&conn->stream))
                ec = co_await round_trip(*plain, conn->buffer, conn->request_head, req, res, limits, got_some);
            else
                ec = co_await round_trip(std::get<tls_stream>(conn->stream), conn->buffer, conn->request_head, req, res,
                                         limits, got_some);
        }
        // Expired: the watchdog closed the socket, maybe just after the answer was complete.
        if (ec)
            ec = timeout_if_expired(ec, conn->watch);

        if (!ec)
        {
            ++conn->exchanges;
            const bool reusable = res.keep_alive() && !conn->watch.expired;
            release(std::move(conn), reusable);
            co_return error_code{};
        }
        release(std::move(conn), false);
        // A kept-alive connection the server closed meanwhile: nothing was processed, so the
        // request goes again, on the next idle connection or a fresh one (each stale one is
        // dropped, so this ends).
        if (reused && !got_some && is_stale_connection_error(ec))
            continue;
        co_return ec;
    }
}

using streaming_parser = http::response_parser<http::buffer_body>;

// The caller bounds these two (the deadline watchdog closes the socket).
template <class Stream>
asio::awaitable<error_code> write_and_read_header(Stream& stream, beast::flat_buffer& buffer, std::string& head,
                                                  http_request& req, streaming_parser& parser, bool& got_some)
{
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    if (auto write_ec = co_await write_request(stream, req, head))
        co_return write_ec;
    auto [read_ec, read] = co_await http::async_read_header(stream, buffer, parser, use_tuple);
    (void)read;
    got_some = parser.got_some();
    co_return read_ec;
}

// Reads until some body bytes arrived (`bytes` views them in `storage`) or the body is complete.
// The parser writes the body into `storage`, with room for all that is buffered and for one
// read: each call then empties the buffer, and the next one reads from the socket. (Beast
// completes a call that needed no read through the executor, a trip through the queue and a
// reactor poll; a smaller room would need such a call after every read, to take what did not
// fit.)
template <class Stream>
asio::awaitable<error_code> read_body_piece(Stream& stream, beast::flat_buffer& buffer, streaming_parser& parser,
                                            body_storage& storage, std::string_view& bytes)
{
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    constexpr std::size_t least_read = 512;  // Beast reads at least this much, growing the buffer
    bytes = {};
    while (!parser.is_done())
    {
        const std::size_t room = buffer.size() + std::max(buffer.capacity() - buffer.size(), least_read);
        auto& body = parser.get().body();
        body.data = storage.room(room);
        body.size = storage.size();
        auto [ec, n] = co_await http::async_read_some(stream, buffer, parser, use_tuple);
        if (ec && ec != http::error::need_buffer)
            co_return ec;
        // A read that filled the buffer: the data comes faster than it is read (a local server,
        // a replay), so the next reads take more at a time, up to stream_read_size.
        if (n >= buffer.capacity() && buffer.capacity() < stream_read_size)
            buffer.reserve(std::min(2 * buffer.capacity(), stream_read_size));
        if (const std::size_t got = storage.size() - parser.get().body().size; got > 0)
        {
            bytes = std::string_view(storage.data(), got);
            break;
        }
    }
    co_return error_code{};
}

// The body of a streaming answer, read from a connection it owns until the body completes.
// The transport's watchdog bounds the request and each read; between reads the watch is idle,
// so a stream its consumer does not read is never timed out. The bytes handed out live in the
// connection's storage: a complete body's connection goes back to the pool at the next call or
// at the reader's destruction, once they are no longer viewed.
class beast_transport::streaming_body final : public body_reader
{
public:
    streaming_body(beast_transport& owner, connection_ptr conn) : owner_(owner), conn_(std::move(conn))
    {
        parser_.header_limit(64 * 1024);
        parser_.body_limit(boost::none);  // a stream may run for hours; error bodies are bounded by the caller
    }

    ~streaming_body() override { release(); }
    streaming_body(const streaming_body&) = delete;
    streaming_body& operator=(const streaming_body&) = delete;

    asio::awaitable<error_code> start(http_request& req, http_response& res, const exchange_limits& limits,
                                      bool& got_some)
    {
        watch_until(limits.deadline);
        error_code ec;
        if (auto* plain = std::get_if<beast::tcp_stream>(&conn_->stream))
            ec = co_await write_and_read_header(*plain, conn_->buffer, conn_->request_head, req, parser_, got_some);
        else
            ec = co_await write_and_read_header(std::get<tls_stream>(conn_->stream), conn_->buffer, conn_->request_head,
                                                req, parser_, got_some);
        if (ec)
            co_return timeout_if_expired(ec, conn_->watch);
        idle();
        if (!parser_.is_done())
            widen_for_body(conn_->buffer, parser_.content_length(), pooled_buffer_size);
        else
            complete();
        const auto& header = parser_.get();
        res.result(header.result_int());
        res.version(header.version());
        for (const auto& field : header)
            res.insert(field.name_string(), field.value());
        co_return error_code{};
    }

    asio::awaitable<error_code> read_some(std::string_view& bytes, bool& done,
                                          std::chrono::steady_clock::time_point deadline) override
    {
        bytes = {};
        if (!conn_ || complete_)
        {
            release();  // the last bytes handed out are no longer viewed
            done = true;
            co_return error_code{};
        }
        watch_until(deadline);
        error_code ec;
        if (auto* plain = std::get_if<beast::tcp_stream>(&conn_->stream))
            ec = co_await read_body_piece(*plain, conn_->buffer, parser_, conn_->body_bytes, bytes);
        else
            ec = co_await read_body_piece(std::get<tls_stream>(conn_->stream), conn_->buffer, parser_,
                                          conn_->body_bytes, bytes);
        if (ec)
            co_return fail(ec);  // read_body_piece left `bytes` empty
        if (parser_.is_done())
        {
            done = true;
            complete();
            if (bytes.empty())
                release();
        }
        else
            idle();
        co_return error_code{};
    }

    bool ends_at_close() const noexcept override { return parser_.need_eof(); }

    void close() noexcept override
    {
        // get_if, not std::visit: visit may throw bad_variant_access, and close() is noexcept.
        if (!conn_)
            return;
        reusable_ = false;
        if (auto* plain = std::get_if<beast::tcp_stream>(&conn_->stream))
            plain->close();
        else if (auto* tls = std::get_if<tls_stream>(&conn_->stream))
            beast::get_lowest_layer(*tls).close();
    }

private:
    void watch_until(deadline_watchdog::clock::time_point deadline)
    {
        if (watching_)
        {
            owner_.watchdog_.set(conn_->watch, deadline);
            return;
        }
        auto& socket = std::visit([](auto& s) -> asio::ip::tcp::socket& { return beast::get_lowest_layer(s).socket(); },
                                  conn_->stream);
        owner_.watchdog_.start(conn_->watch, deadline, socket);
        watching_ = true;
    }

    // Between reads: never timed out, however long the consumer takes.
    void idle() { owner_.watchdog_.set(conn_->watch, deadline_watchdog::clock::time_point::max()); }

    // The body is complete: no more reads; the connection is kept when released, if it can be.
    void complete()
    {
        ++conn_->exchanges;
        narrow_after_body(conn_->buffer);
        complete_ = true;
        reusable_ = parser_.keep_alive() && !conn_->watch.expired;
        unwatch();
    }

    // A read failed: the connection is closed, never pooled.
    error_code fail(error_code ec)
    {
        ec = timeout_if_expired(ec, conn_->watch);
        release();
        return ec;
    }

    // Gives the connection back to the transport, which keeps it only after a complete body.
    void release()
    {
        unwatch();
        owner_.release(std::move(conn_), reusable_);
    }

    // Before the connection goes back to the transport: the watch lives in it.
    void unwatch() noexcept
    {
        if (!watching_)
            return;
        owner_.watchdog_.stop(conn_->watch);
        watching_ = false;
    }

    beast_transport& owner_;
    connection_ptr conn_;    // null once released
    bool complete_ = false;  // the body is complete: no more reads
    bool reusable_ = false;  // complete, and the connection can serve another request
    bool watching_ = false;
    streaming_parser parser_;
};

OPENAI_DECL asio::awaitable<error_code> beast_transport::open(http_request& req, http_response& res,
                                                              std::unique_ptr<body_reader>& body,
                                                              const exchange_limits& limits)
{
    for (;;)
    {
        error_code ec;
        connection_ptr conn = take_idle();
        if (!conn)
        {
            std::tie(ec, conn) = co_await acquire(limits);
            if (ec)
                co_return ec;
        }
        const bool reused = conn->exchanges > 0;
        auto reader = std::make_unique<streaming_body>(*this, std::move(conn));
        bool got_some = false;
        ec = co_await reader->start(req, res, limits, got_some);
        if (ec)
        {
            reader.reset();
            // As in exchange(): a kept-alive connection the server had closed meanwhile.
            if (reused && !got_some && is_stale_connection_error(ec))
                continue;
            co_return ec;
        }
        if (res.result_int() >= 200 && res.result_int() < 300)
        {
            body = std::move(reader);
            co_return error_code{};
        }
        // An error answer: read all of it (bounded) so it can be reported.
        for (bool done = false; !done;)
        {
            std::string_view bytes;
            if (auto read_ec = co_await reader->read_some(bytes, done, limits.deadline))
                co_return read_ec;
            res.body().append(bytes);
            if (res.body().size() > limits.max_response_bytes)
                co_return make_error_code(errc::response_too_large);
        }
        co_return error_code{};
    }
}

OPENAI_DECL beast_transport::connection_ptr beast_transport::take_idle()
{
    // A connection idle this briefly is almost never closed by its server: it goes without the
    // check (a system call), and the rare one that was is caught by the stale-connection retry.
    constexpr auto check_after = std::chrono::seconds(1);
    const auto now = idle_.empty() ? std::chrono::steady_clock::time_point{} : std::chrono::steady_clock::now();
    while (!idle_.empty())
    {
        connection_ptr conn = std::move(idle_.back());
        idle_.pop_back();
        if (now - conn->idle_since < check_after)
            return conn;
        auto& socket = std::visit([](auto& s) -> asio::ip::tcp::socket& { return beast::get_lowest_layer(s).socket(); },
                                  conn->stream);
        if (!idle_connection_is_closed(socket, url_.tls))
            return conn;
        --open_;
    }
    return nullptr;
}

OPENAI_DECL asio::awaitable<std::tuple<error_code, beast_transport::connection_ptr>> beast_transport::acquire(
    const exchange_limits& limits)
{
    for (;;)
    {
        if (connection_ptr conn = take_idle())
            co_return std::tuple(error_code{}, std::move(conn));
        if (open_ < max_connections_)
        {
            ++open_;
            auto [ec, conn] = co_await connect(limits);
            if (ec)
            {
                --open_;
                wake_one_waiter();
            }
            co_return std::tuple(ec, std::move(conn));
        }

        // Every connection is busy: wait for one to be released, until the deadline.
        asio::steady_timer wakeup(ex_, limits.deadline);
        auto position = waiters_.insert(waiters_.end(), &wakeup);
        auto [ec] = co_await wakeup.async_wait(asio::as_tuple(asio::use_awaitable));
        if (!ec)
        {
            waiters_.erase(position);
            co_return std::tuple(make_error_code(beast::error::timeout), connection_ptr());
        }
        auto state = co_await asio::this_coro::cancellation_state;
        if (state.cancelled() != asio::cancellation_type::none)
        {
            waiters_.remove(&wakeup);  // cancelled by the caller, maybe still queued
            co_return std::tuple(make_error_code(asio::error::operation_aborted), connection_ptr());
        }
        // woken by release(): it removed us from the queue; try again
    }
}

OPENAI_DECL asio::awaitable<error_code> beast_transport::resolve(std::chrono::steady_clock::time_point deadline)
{
    using namespace asio::experimental::awaitable_operators;
    auto now = std::chrono::steady_clock::now();
    if (!endpoints_.empty() && now < endpoints_expiry_)
        co_return error_code{};

    auto port = static_cast<unsigned short>(std::stoul(url_.port));
    error_code ec;
    auto address = asio::ip::make_address(url_.host, ec);
    if (!ec)
    {
        endpoints_.assign(1, asio::ip::tcp::endpoint(address, port));
        endpoints_expiry_ = std::chrono::steady_clock::time_point::max();
        co_return error_code{};
    }

    asio::ip::tcp::resolver resolver(ex_);
    asio::steady_timer timer(ex_, deadline);
    auto result = co_await (resolver.async_resolve(url_.host, url_.port, asio::as_tuple(asio::use_awaitable)) ||
                            timer.async_wait(asio::as_tuple(asio::use_awaitable)));
    if (result.index() == 1)
        co_return make_error_code(beast::error::timeout);
    auto& [resolve_ec, results] = std::get<0>(result);
    if (resolve_ec)
        co_return resolve_ec;
    endpoints_.clear();
    for (const auto& entry : results)
        endpoints_.push_back(entry.endpoint());
    endpoints_expiry_ = now + std::chrono::seconds(60);
    co_return error_code{};
}

OPENAI_DECL asio::awaitable<std::tuple<error_code, beast_transport::connection_ptr>> beast_transport::connect(
    const exchange_limits& limits)
{
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    auto deadline = std::min(limits.deadline, std::chrono::steady_clock::now() + limits.connect_timeout);

    if (auto ec = co_await resolve(deadline))
        co_return std::tuple(ec, connection_ptr());

    auto conn = url_.tls ? std::make_unique<connection>(ex_, *ssl_ctx_) : std::make_unique<connection>(ex_);
    auto& tcp = std::visit([](auto& s) -> beast::tcp_stream& { return beast::get_lowest_layer(s); }, conn->stream);

    tcp.expires_at(deadline);
    auto [connect_ec, endpoint] = co_await tcp.async_connect(endpoints_, use_tuple);
    (void)endpoint;
    if (connect_ec)
    {
        endpoints_.clear();  // resolve again next time: the address may have changed
        co_return std::tuple(connect_ec, connection_ptr());
    }
    error_code ignored;
    tcp.socket().set_option(asio::ip::tcp::no_delay(true), ignored);

    if (auto* tls = std::get_if<tls_stream>(&conn->stream))
    {
        error_code not_ip;
        asio::ip::make_address(url_.host, not_ip);
        // SNI, for servers hosting several names; not sent for IP literals (RFC 6066).
        if (not_ip && !SSL_set_tlsext_host_name(tls->native_handle(), url_.host.c_str()))
            co_return std::tuple(error_code(static_cast<int>(::ERR_get_error()), asio::error::get_ssl_category()),
                                 connection_ptr());
        tls->set_verify_callback(asio::ssl::host_name_verification(url_.host));
        auto [handshake_ec] = co_await tls->async_handshake(asio::ssl::stream_base::client, use_tuple);
        if (handshake_ec)
            co_return std::tuple(handshake_ec, connection_ptr());
    }
    tcp.expires_never();
    co_return std::tuple(error_code{}, std::move(conn));
}

OPENAI_DECL void beast_transport::release(connection_ptr conn, bool reusable)
{
    if (!conn)
        return;
    if (reusable)
    {
        conn->idle_since = std::chrono::steady_clock::now();
        idle_.push_back(std::move(conn));
    }
    else
        --open_;
    wake_one_waiter();
}

OPENAI_DECL void beast_transport::wake_one_waiter() noexcept
{
    if (!waiters_.empty())
    {
        // Asio's cancel() never fails but is declared to throw, and release() runs in destructors.
        try
        {
            waiters_.front()->cancel();
        }
        catch (...)
        {}
        waiters_.pop_front();
    }
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
