// The network transport: Beast over TCP or TLS, with a bounded pool of keep-alive connections.
// Its parts: the pool (connection_pool.hpp), opening connections (connector.hpp), and the
// exchange on a connection (http_exchange.hpp), put together in basic_beast_transport.hpp.
#ifndef OPENAI_DETAIL_BEAST_TRANSPORT_HPP
#define OPENAI_DETAIL_BEAST_TRANSPORT_HPP

#include <openai/detail/basic_beast_transport.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/connector.hpp>
#include <openai/detail/tcp_or_tls_stream.hpp>
#include <openai/detail/url.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ssl/context.hpp>

#include <cstddef>
#include <memory>

OPENAI_BEGIN_NAMESPACE
namespace detail {

class beast_transport final : public basic_beast_transport<tcp_or_tls_stream, connector>
{
public:
    OPENAI_DECL beast_transport(const boost::asio::any_io_executor& ex, base_url url,
                                std::shared_ptr<boost::asio::ssl::context> ssl_ctx, std::size_t max_connections);
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/beast_transport.ipp>
#endif

#endif
