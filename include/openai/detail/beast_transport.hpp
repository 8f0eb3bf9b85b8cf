// The network transport: Beast over TCP or TLS, with a bounded pool of keep-alive connections.
#ifndef OPENAI_DETAIL_BEAST_TRANSPORT_HPP
#define OPENAI_DETAIL_BEAST_TRANSPORT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/deadline_watchdog.hpp>
#include <openai/detail/transport.hpp>
#include <openai/detail/url.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include <chrono>
#include <list>
#include <memory>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// Where the parser writes a stream's body: grown without zero-filling, and kept for a
// connection's life, so that streams read one after another allocate nothing.
class body_storage
{
public:
    // At least `n` bytes; what they held before is not kept.
    char* room(std::size_t n)
    {
        if (n > size_)
        {
            constexpr std::size_t page = 4096;
            const std::size_t size = (n + page - 1) / page * page;
            bytes_ = std::make_unique_for_overwrite<char[]>(size);
            size_ = size;
        }
        return bytes_.get();
    }
    const char* data() const noexcept { return bytes_.get(); }
    std::size_t size() const noexcept { return size_; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_ = 0;
};

/// A TLS context that verifies servers against the system trust store, TLS 1.2 or newer.
OPENAI_DECL std::shared_ptr<boost::asio::ssl::context> make_default_ssl_context();

class beast_transport final : public transport
{
public:
    OPENAI_DECL beast_transport(boost::asio::any_io_executor ex, base_url url,
                                std::shared_ptr<boost::asio::ssl::context> ssl_ctx, std::size_t max_connections);
    OPENAI_DECL ~beast_transport() override;
    beast_transport(const beast_transport&) = delete;
    beast_transport& operator=(const beast_transport&) = delete;

    OPENAI_DECL boost::asio::awaitable<error_code> exchange(http_request& req, http_response& res,
                                                            const exchange_limits& limits) override;

    OPENAI_DECL boost::asio::awaitable<error_code> open(http_request& req, http_response& res,
                                                        std::unique_ptr<body_reader>& body,
                                                        const exchange_limits& limits) override;

    /// Connections open now, idle or busy (for tests and metrics).
    std::size_t open_connections() const noexcept { return open_; }
    std::size_t idle_connections() const noexcept { return idle_.size(); }

private:
    using tls_stream = boost::asio::ssl::stream<boost::beast::tcp_stream>;

    struct connection
    {
        explicit connection(const boost::asio::any_io_executor& ex)
            : stream(std::in_place_type<boost::beast::tcp_stream>, ex)
        {}
        connection(const boost::asio::any_io_executor& ex, boost::asio::ssl::context& ctx)
            : stream(std::in_place_type<tls_stream>, ex, ctx)
        {}

        std::variant<boost::beast::tcp_stream, tls_stream> stream;
        boost::beast::flat_buffer buffer;
        std::string request_head;   // the serialized request line and fields, storage reused
        body_storage body_bytes;    // a stream's body, as the parser hands it out
        std::size_t exchanges = 0;  // completed on this connection
        std::chrono::steady_clock::time_point idle_since{};
        deadline_watchdog::watch watch;  // the deadline of the exchange or stream in progress
    };
    using connection_ptr = std::unique_ptr<connection>;
    class streaming_body;

    connection_ptr take_idle();
    boost::asio::awaitable<std::tuple<error_code, connection_ptr>> acquire(const exchange_limits& limits);
    boost::asio::awaitable<std::tuple<error_code, connection_ptr>> connect(const exchange_limits& limits);
    boost::asio::awaitable<error_code> resolve(std::chrono::steady_clock::time_point deadline);
    void release(connection_ptr conn, bool reusable);
    void wake_one_waiter() noexcept;

    boost::asio::any_io_executor ex_;
    base_url url_;
    std::shared_ptr<boost::asio::ssl::context> ssl_ctx_;
    std::size_t max_connections_;
    std::size_t open_ = 0;
    std::vector<connection_ptr> idle_;                       // most recently used last
    std::list<boost::asio::steady_timer*> waiters_;          // requests waiting for a free slot
    std::vector<boost::asio::ip::tcp::endpoint> endpoints_;  // cached resolution
    std::chrono::steady_clock::time_point endpoints_expiry_{};
    deadline_watchdog watchdog_;  // bounds exchanges and streams (connecting uses the stream's timer)
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/beast_transport.ipp>
#endif

#endif
