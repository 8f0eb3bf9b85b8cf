// The stream of a network connection: Beast's TCP stream, or TLS over it, chosen per base URL.
#ifndef OPENAI_DETAIL_TCP_OR_TLS_STREAM_HPP
#define OPENAI_DETAIL_TCP_OR_TLS_STREAM_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include <utility>
#include <variant>

OPENAI_BEGIN_NAMESPACE
namespace detail {

class tcp_or_tls_stream
{
public:
    using tls_stream = boost::asio::ssl::stream<boost::beast::tcp_stream>;

    explicit tcp_or_tls_stream(const boost::asio::any_io_executor& ex)
        : stream_(std::in_place_type<boost::beast::tcp_stream>, ex)
    {}
    tcp_or_tls_stream(const boost::asio::any_io_executor& ex, boost::asio::ssl::context& ctx)
        : stream_(std::in_place_type<tls_stream>, ex, ctx)
    {}

    /// Calls `f` with the stream it holds, plain or TLS: what `f` does is compiled for each, and
    /// the choice is made once a call, not once a read.
    template <class F>
    decltype(auto) visit(F&& f)
    {
        if (auto* plain = std::get_if<boost::beast::tcp_stream>(&stream_))
            return std::forward<F>(f)(*plain);
        return std::forward<F>(f)(std::get<tls_stream>(stream_));
    }

    /// The TCP stream, under TLS or not.
    boost::beast::tcp_stream& tcp() noexcept
    {
        if (auto* plain = std::get_if<boost::beast::tcp_stream>(&stream_))
            return *plain;
        return std::get_if<tls_stream>(&stream_)->next_layer();
    }

    /// The TLS stream, or null for plain TCP.
    tls_stream* tls() noexcept { return std::get_if<tls_stream>(&stream_); }

    /// Whether the server closed the connection while it was idle: a cheap non-blocking peek,
    /// so a dead connection is replaced before a request is written to it.
    OPENAI_DECL bool peer_closed() noexcept;

    /// Closes the socket, which ends any read or write in progress.
    void close() noexcept
    {
        error_code ignored;
        tcp().socket().close(ignored);
    }

private:
    std::variant<boost::beast::tcp_stream, tls_stream> stream_;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/tcp_or_tls_stream.ipp>
#endif

#endif
