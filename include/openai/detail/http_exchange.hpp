// One HTTP exchange on a connection, written against any AsyncReadStream and AsyncWriteStream
// (plain TCP, TLS, or a test stream): the request's write, the answer's header, a whole body or
// a stream's body piece by piece, and the read buffer's size for each. The caller bounds these
// (the deadline watchdog closes the stream) and decides what becomes of the connection.
#ifndef OPENAI_DETAIL_HTTP_EXCHANGE_HPP
#define OPENAI_DETAIL_HTTP_EXCHANGE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/deadline_watchdog.hpp>
#include <openai/detail/http_connection.hpp>
#include <openai/detail/request_head.hpp>
#include <openai/detail/transport.hpp>
#include <openai/error.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/optional/optional.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// Errors that mean a reused connection had been closed by the server before our request.
inline bool is_stale_connection_error(const error_code& ec)
{
    namespace asio = boost::asio;
    return ec == boost::beast::http::error::end_of_stream || ec == asio::error::eof ||
           ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
           ec == asio::ssl::error::stream_truncated;
}

// A failure after the watchdog closed the stream is the deadline's, whatever the stream said.
inline error_code timeout_if_expired(const error_code& ec, const deadline_watchdog::watch& w)
{
    return w.expired ? make_error_code(boost::beast::error::timeout) : ec;
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
inline void widen_for_body(boost::beast::flat_buffer& buffer, boost::optional<std::uint64_t> content_length,
                           std::size_t read_size = body_read_size)
{
    const std::uint64_t wanted = std::min<std::uint64_t>(content_length.value_or(read_size), read_size);
    if (buffer.capacity() < wanted)
        buffer.reserve(static_cast<std::size_t>(wanted));
}

inline void narrow_after_body(boost::beast::flat_buffer& buffer)
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
boost::asio::awaitable<error_code> write_request(Stream& stream, http_request& req, std::string& head)
{
    namespace asio = boost::asio;
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    if (req.chunked())
    {
        auto [ec, written] = co_await boost::beast::http::async_write(stream, req, use_tuple);
        (void)written;
        co_return ec;
    }
    serialize_request_head(req, head);
    const std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(req.body())};
    auto [ec, written] = co_await asio::async_write(stream, buffers, use_tuple);
    (void)written;
    co_return ec;
}

// A body over the limit, as the parser reports it, is the caller's error.
inline error_code size_limit_error(const error_code& ec)
{
    return ec == boost::beast::http::error::body_limit ? make_error_code(errc::response_too_large) : ec;
}

// One request and its whole answer. `got_some` tells whether any byte of an answer came (else a
// reused connection's failure may be the server's having closed it).
template <class Stream>
boost::asio::awaitable<error_code> round_trip(Stream& stream, boost::beast::flat_buffer& buffer, std::string& head,
                                              http_request& req, http_response& res, const exchange_limits& limits,
                                              bool& got_some)
{
    namespace asio = boost::asio;
    namespace http = boost::beast::http;
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
        co_return size_limit_error(header_ec);
    if (!parser.is_done())
        widen_for_body(buffer, parser.content_length());
    auto [read_ec, read] = co_await http::async_read(stream, buffer, parser, use_tuple);
    (void)read;
    narrow_after_body(buffer);
    if (read_ec)
        co_return size_limit_error(read_ec);
    res = parser.release();
    co_return error_code{};
}

using streaming_parser = boost::beast::http::response_parser<boost::beast::http::buffer_body>;

// The request, and the answer's header into `parser`.
template <class Stream>
boost::asio::awaitable<error_code> write_and_read_header(Stream& stream, boost::beast::flat_buffer& buffer,
                                                         std::string& head, http_request& req, streaming_parser& parser,
                                                         bool& got_some)
{
    namespace asio = boost::asio;
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    if (auto write_ec = co_await write_request(stream, req, head))
        co_return write_ec;
    auto [read_ec, read] = co_await boost::beast::http::async_read_header(stream, buffer, parser, use_tuple);
    (void)read;
    got_some = parser.got_some();
    co_return read_ec;
}

// Reads until some body bytes arrived (`bytes` views them in `storage`) or the body is complete.
// The parser writes the body into `storage`, with room for all that is buffered and for one
// read: each call then empties the buffer, and the next one reads from the socket. (Beast
// completes a call that needed no read through the executor, a trip through the queue and a
// reactor poll; a smaller room would need such a call after every read, to take what did not
// fit.) Beast reads into the buffer's free capacity, so the room is the buffer's capacity, and
// the storage never grows past the largest buffer. Beast would grow a buffer with less than
// 512 bytes free to read, but such a buffer is parsed first, without a read: it holds body
// bytes (a header read that filled it, with the body's start, on a connection whose buffer a
// stream had grown).
template <class Stream>
boost::asio::awaitable<error_code> read_body_piece(Stream& stream, boost::beast::flat_buffer& buffer,
                                                   streaming_parser& parser, body_storage& storage,
                                                   std::string_view& bytes)
{
    namespace asio = boost::asio;
    namespace http = boost::beast::http;
    constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
    bytes = {};
    while (!parser.is_done())
    {
        auto& body = parser.get().body();
        body.data = storage.room(buffer.capacity());
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

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
