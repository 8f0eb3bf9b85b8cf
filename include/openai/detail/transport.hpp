// The seam between the client's logic and the network: one HTTP exchange at a time.
// The client ships a Beast transport (TCP, TLS, keep-alive pool); tests substitute their own.
#ifndef OPENAI_DETAIL_TRANSPORT_HPP
#define OPENAI_DETAIL_TRANSPORT_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstddef>

OPENAI_BEGIN_NAMESPACE
namespace detail {

using http_request = boost::beast::http::request<boost::beast::http::string_body>;
using http_response = boost::beast::http::response<boost::beast::http::string_body>;

struct exchange_limits
{
    std::chrono::steady_clock::time_point deadline;  // for the whole exchange
    std::chrono::milliseconds connect_timeout;       // for TCP connect and TLS handshake
    std::size_t max_response_bytes;
};

class transport
{
public:
    virtual ~transport() = default;

    /// Sends `req` and reads the complete answer, whatever its status, into `res`. Fails only
    /// when no complete answer arrived (connection failure, timeout, malformed HTTP, size limit).
    virtual boost::asio::awaitable<error_code> exchange(http_request& req, http_response& res,
                                                        const exchange_limits& limits) = 0;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
