// The seam between the client's logic and the network: one HTTP exchange at a time.
// The client ships a Beast transport (TCP, TLS, keep-alive pool); tests substitute their own.
#ifndef OPENAI_DETAIL_TRANSPORT_HPP
#define OPENAI_DETAIL_TRANSPORT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/response_body.hpp>
#include <openai/error.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

using http_request = boost::beast::http::request<boost::beast::http::string_body>;
using http_response = boost::beast::http::response<response_body>;

struct exchange_limits
{
    std::chrono::steady_clock::time_point deadline;  // for the whole exchange
    std::chrono::milliseconds connect_timeout;       // for TCP connect and TLS handshake
    std::size_t max_response_bytes;
};

/// The body of a successful streaming answer, read piece by piece as it arrives.
/// Destroying a reader before its body is complete closes the connection: a half-read
/// connection never goes back to the pool.
class body_reader
{
public:
    virtual ~body_reader() = default;

    /// Reads the next bytes of the body, waiting at most until `deadline`: `bytes` views them in
    /// the reader's own storage, valid until the next call or the reader's destruction. Sets
    /// `done` once the body is complete (possibly together with the last bytes). Fails with
    /// the network error (eof, reset, timeout) when the body breaks off.
    virtual boost::asio::awaitable<error_code> read_some(std::string_view& bytes, bool& done,
                                                         std::chrono::steady_clock::time_point deadline) = 0;

    /// Whether the body ends only when the server closes the connection (no length, not
    /// chunked): then the end of the body cannot be told from a dropped connection.
    virtual bool ends_at_close() const noexcept { return false; }

    /// Aborts a read in progress and closes the connection.
    virtual void close() noexcept = 0;
};

class transport
{
public:
    virtual ~transport() = default;

    /// Sends `req` and reads the complete answer, whatever its status, into `res`. Fails only
    /// when no complete answer arrived (connection failure, timeout, malformed HTTP, size limit).
    virtual boost::asio::awaitable<error_code> exchange(http_request& req, http_response& res,
                                                        const exchange_limits& limits) = 0;

    /// Sends `req` and reads the answer's status and headers into `res`. For a 2xx status,
    /// `body` then reads the body as it arrives; for any other status the whole body is read
    /// into `res` (within limits.max_response_bytes) and `body` stays null.
    /// The default reads the whole answer with exchange(), for transports that cannot stream.
    OPENAI_DECL virtual boost::asio::awaitable<error_code> open(http_request& req, http_response& res,
                                                                std::unique_ptr<body_reader>& body,
                                                                const exchange_limits& limits);
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/transport.ipp>
#endif

#endif
