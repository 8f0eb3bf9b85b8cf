#ifndef OPENAI_IMPL_BEAST_TRANSPORT_IPP
#define OPENAI_IMPL_BEAST_TRANSPORT_IPP

#include <openai/detail/beast_transport.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL beast_transport::beast_transport(const boost::asio::any_io_executor& ex, base_url url,
                                             std::shared_ptr<boost::asio::ssl::context> ssl_ctx,
                                             std::size_t max_connections)
    : basic_beast_transport(ex, connector(ex, std::move(url), std::move(ssl_ctx)), max_connections)
{}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
