// The transport over a pool of keep-alive connections, whatever they talk over: `Stream` is a
// basic_connection's stream (see http_connection.hpp), and `Connector` opens connections, with
//   boost::asio::awaitable<std::tuple<error_code, std::unique_ptr<basic_connection<Stream>>>>
//   connect(const exchange_limits&);
// The network transport is basic_beast_transport<tcp_or_tls_stream, connector>; the tests use
// an in-memory stream, to fail each read and write in turn.
//
// A connection goes back to the pool only when its answer was read completely and it is
// keep-alive; after any failure, a timeout, or a stream abandoned before its end, it is closed.
#ifndef OPENAI_DETAIL_BASIC_BEAST_TRANSPORT_HPP
#define OPENAI_DETAIL_BASIC_BEAST_TRANSPORT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/connection_pool.hpp>
#include <openai/detail/deadline_watchdog.hpp>
#include <openai/detail/http_connection.hpp>
#include <openai/detail/http_exchange.hpp>
#include <openai/detail/transport.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string_view>
#include <tuple>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class Stream, class Connector>
class basic_beast_transport : public transport
{
public:
    using connection = basic_connection<Stream>;
    using connection_ptr = std::unique_ptr<connection>;

    basic_beast_transport(const boost::asio::any_io_executor& ex, Connector connector, std::size_t max_connections)
        : pool_(ex, max_connections), connector_(std::move(connector)), watchdog_(ex)
    {}
    basic_beast_transport(const basic_beast_transport&) = delete;
    basic_beast_transport& operator=(const basic_beast_transport&) = delete;
    basic_beast_transport(basic_beast_transport&&) = delete;
    basic_beast_transport& operator=(basic_beast_transport&&) = delete;
    ~basic_beast_transport() override = default;

    boost::asio::awaitable<error_code> exchange(http_request& req, http_response& res,
                                                const exchange_limits& limits) override
    {
        for (;;)
        {
            error_code ec;
            connection_ptr conn = pool_.take_idle();  // the common case, without a coroutine frame
            if (!conn)
                std::tie(ec, conn) = co_await acquire(limits);
            if (ec)
                co_return ec;
            const bool reused = conn->exchanges > 0;
            bool got_some = false;
            {
                deadline_watchdog::scope watching(watchdog_, conn->watch, limits.deadline, conn->stream);
                auto round = conn->stream.visit([&](auto& stream) {
                    return round_trip(stream, conn->buffer, conn->request_head, req, res, limits, got_some);
                });
                ec = co_await std::move(round);
            }
            // Expired: the watchdog closed the stream, maybe just after the answer was complete.
            if (ec)
                ec = timeout_if_expired(ec, conn->watch);

            if (!ec)
            {
                ++conn->exchanges;
                const bool reusable = res.keep_alive() && !conn->watch.expired;
                pool_.release(std::move(conn), reusable);
                co_return error_code{};
            }
            pool_.release(std::move(conn), false);
            // A kept-alive connection the server closed meanwhile: nothing was processed, so the
            // request goes again, on the next idle connection or a fresh one (each stale one is
            // dropped, so this ends).
            if (reused && !got_some && is_stale_connection_error(ec))
                continue;
            co_return ec;
        }
    }

    boost::asio::awaitable<error_code> open(http_request& req, http_response& res, std::unique_ptr<body_reader>& body,
                                            const exchange_limits& limits) override
    {
        for (;;)
        {
            error_code ec;
            connection_ptr conn = pool_.take_idle();
            if (!conn)
                std::tie(ec, conn) = co_await acquire(limits);
            if (ec)
                co_return ec;
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

    /// Connections open now, idle or busy (for tests and metrics).
    std::size_t open_connections() const noexcept { return pool_.open_connections(); }
    std::size_t idle_connections() const noexcept { return pool_.idle_connections(); }

    /// Exchanges and streams whose deadline is watched now (for tests).
    std::size_t watched() const noexcept { return watchdog_.watched(); }

private:
    class streaming_body;

    // A new connection, or the first one released (not a coroutine: no frame of its own).
    boost::asio::awaitable<std::tuple<error_code, connection_ptr>> acquire(const exchange_limits& limits)
    {
        return pool_.acquire(limits.deadline, [this, &limits] { return connector_.connect(limits); });
    }

    connection_pool<connection> pool_;
    Connector connector_;
    deadline_watchdog watchdog_;  // bounds exchanges and streams (connecting uses the stream's timer)
};

// The body of a streaming answer, read from a connection it owns until the body completes.
// The transport's watchdog bounds the request and each read; between reads the watch is idle,
// so a stream its consumer does not read is never timed out. The bytes handed out live in the
// connection's storage: a complete body's connection goes back to the pool at the next call or
// at the reader's destruction, once they are no longer viewed.
template <class Stream, class Connector>
class basic_beast_transport<Stream, Connector>::streaming_body final : public body_reader
{
public:
    streaming_body(basic_beast_transport& owner, connection_ptr conn) : owner_(owner), conn_(std::move(conn))
    {
        parser_.header_limit(64 * 1024);
        parser_.body_limit(boost::none);  // a stream may run for hours; error bodies are bounded by the caller
    }

    ~streaming_body() override { release(); }
    streaming_body(const streaming_body&) = delete;
    streaming_body& operator=(const streaming_body&) = delete;

    boost::asio::awaitable<error_code> start(http_request& req, http_response& res, const exchange_limits& limits,
                                             bool& got_some)
    {
        watch_until(limits.deadline);
        auto exchange = conn_->stream.visit([&](auto& stream) {
            return write_and_read_header(stream, conn_->buffer, conn_->request_head, req, parser_, got_some);
        });
        if (auto ec = co_await std::move(exchange))
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

    boost::asio::awaitable<error_code> read_some(std::string_view& bytes, bool& done,
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
        auto piece = conn_->stream.visit(
            [&](auto& stream) { return read_body_piece(stream, conn_->buffer, parser_, conn_->body_bytes, bytes); });
        if (auto ec = co_await std::move(piece))
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
        if (!conn_)
            return;
        reusable_ = false;
        conn_->stream.close();
    }

private:
    void watch_until(deadline_watchdog::clock::time_point deadline)
    {
        if (watching_)
        {
            owner_.watchdog_.set(conn_->watch, deadline);
            return;
        }
        owner_.watchdog_.start(conn_->watch, deadline, conn_->stream);
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

    // Gives the connection back to the pool, which keeps it only after a complete body.
    void release()
    {
        unwatch();
        owner_.pool_.release(std::move(conn_), reusable_);
    }

    // Before the connection goes back to the pool: the watch lives in it.
    void unwatch() noexcept
    {
        if (!watching_)
            return;
        owner_.watchdog_.stop(conn_->watch);
        watching_ = false;
    }

    basic_beast_transport& owner_;
    connection_ptr conn_;    // null once released
    bool complete_ = false;  // the body is complete: no more reads
    bool reusable_ = false;  // complete, and the connection can serve another request
    bool watching_ = false;
    streaming_parser parser_;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
