// Opens the transport's connections: resolves the host (cached), connects over TCP and, for an
// https base URL, makes the TLS handshake, all within the connect timeout.
#ifndef OPENAI_DETAIL_CONNECTOR_HPP
#define OPENAI_DETAIL_CONNECTOR_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/http_connection.hpp>
#include <openai/detail/tcp_or_tls_stream.hpp>
#include <openai/detail/transport.hpp>
#include <openai/detail/url.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <chrono>
#include <memory>
#include <tuple>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// A TLS context that verifies servers against the system trust store, TLS 1.2 or newer.
OPENAI_DECL std::shared_ptr<boost::asio::ssl::context> make_default_ssl_context();

class connector
{
public:
    using connection = basic_connection<tcp_or_tls_stream>;

    /// For an https URL without `ssl_ctx`, the default context is made.
    OPENAI_DECL connector(boost::asio::any_io_executor ex, base_url url,
                          std::shared_ptr<boost::asio::ssl::context> ssl_ctx);

    /// A connection to the URL's host, ready for a request, by limits.connect_timeout (and
    /// limits.deadline): the timeout's error is beast::error::timeout.
    OPENAI_DECL boost::asio::awaitable<std::tuple<error_code, std::unique_ptr<connection>>> connect(
        const exchange_limits& limits);

private:
    OPENAI_DECL boost::asio::awaitable<error_code> resolve(std::chrono::steady_clock::time_point deadline);

    boost::asio::any_io_executor ex_;
    base_url url_;
    std::shared_ptr<boost::asio::ssl::context> ssl_ctx_;
    std::vector<boost::asio::ip::tcp::endpoint> endpoints_;  // cached resolution
    std::chrono::steady_clock::time_point endpoints_expiry_{};
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/connector.ipp>
#endif

#endif
