#ifndef OPENAI_IMPL_CONNECTOR_IPP
#define OPENAI_IMPL_CONNECTOR_IPP

#include <openai/detail/connector.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/error.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL std::shared_ptr<boost::asio::ssl::context> make_default_ssl_context()
{
    namespace asio = boost::asio;
    // tls_client (not tlsv12_client, which caps at 1.2) with a 1.2 floor allows TLS 1.3.
    auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    ctx->set_default_verify_paths();
    ctx->set_verify_mode(asio::ssl::verify_peer);
    return ctx;
}

OPENAI_DECL connector::connector(boost::asio::any_io_executor ex, base_url url,
                                 std::shared_ptr<boost::asio::ssl::context> ssl_ctx)
    : ex_(std::move(ex)), url_(std::move(url)), ssl_ctx_(std::move(ssl_ctx))
{
    if (url_.tls && !ssl_ctx_)
        ssl_ctx_ = make_default_ssl_context();
}

OPENAI_DECL boost::asio::awaitable<error_code> connector::resolve(std::chrono::steady_clock::time_point deadline)
{
    namespace asio = boost::asio;
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
        co_return make_error_code(boost::beast::error::timeout);
    auto& [resolve_ec, results] = std::get<0>(result);
    if (resolve_ec)
        co_return resolve_ec;
    endpoints_.clear();
    for (const auto& entry : results)
        endpoints_.push_back(entry.endpoint());
    endpoints_expiry_ = now + std::chrono::seconds(60);
    co_return error_code{};
}

OPENAI_DECL boost::asio::awaitable<std::tuple<error_code, std::unique_ptr<connector::connection>>> connector::connect(
    const exchange_limits& limits)
{
    namespace asio = boost::asio;
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    auto deadline = std::min(limits.deadline, std::chrono::steady_clock::now() + limits.connect_timeout);

    if (auto ec = co_await resolve(deadline))
        co_return std::tuple(ec, std::unique_ptr<connection>());

    auto conn = url_.tls ? std::make_unique<connection>(ex_, *ssl_ctx_) : std::make_unique<connection>(ex_);
    auto& tcp = conn->stream.tcp();

    tcp.expires_at(deadline);
    auto [connect_ec, endpoint] = co_await tcp.async_connect(endpoints_, use_tuple);
    (void)endpoint;
    if (connect_ec)
    {
        endpoints_.clear();  // resolve again next time: the address may have changed
        co_return std::tuple(connect_ec, std::unique_ptr<connection>());
    }
    error_code ignored;
    tcp.socket().set_option(asio::ip::tcp::no_delay(true), ignored);

    if (auto* tls = conn->stream.tls())
    {
        error_code not_ip;
        asio::ip::make_address(url_.host, not_ip);
        // SNI, for servers hosting several names; not sent for IP literals (RFC 6066).
        if (not_ip && !SSL_set_tlsext_host_name(tls->native_handle(), url_.host.c_str()))
            co_return std::tuple(error_code(static_cast<int>(::ERR_get_error()), asio::error::get_ssl_category()),
                                 std::unique_ptr<connection>());
        tls->set_verify_callback(asio::ssl::host_name_verification(url_.host));
        auto [handshake_ec] = co_await tls->async_handshake(asio::ssl::stream_base::client, use_tuple);
        if (handshake_ec)
            co_return std::tuple(handshake_ec, std::unique_ptr<connection>());
    }
    tcp.expires_never();
    co_return std::tuple(error_code{}, std::move(conn));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
