// The untyped part of a streaming answer: reads server-sent events from the body, stops at
// [DONE], turns error events and broken connections into errors. Typed streams build on it.
#ifndef OPENAI_DETAIL_STREAM_STATE_HPP
#define OPENAI_DETAIL_STREAM_STATE_HPP

#include <openai/detail/client_impl.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/sse_parser.hpp>
#include <openai/detail/transport.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/raw_response.hpp>

#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// Marks a stream busy while a next() reads, and not busy however the read ends (an exception
// from the read would otherwise leave every later next() refused).
class busy_scope
{
public:
    explicit busy_scope(bool& busy) noexcept : busy_(&busy) { *busy_ = true; }
    ~busy_scope() { *busy_ = false; }
    busy_scope(const busy_scope&) = delete;
    busy_scope& operator=(const busy_scope&) = delete;

private:
    bool* busy_;
};

class stream_state
{
public:
    OPENAI_DECL stream_state(std::shared_ptr<client_impl> impl, std::unique_ptr<body_reader> body,
                             openai::raw_response response, std::chrono::milliseconds idle_timeout);
    OPENAI_DECL ~stream_state();
    stream_state(const stream_state&) = delete;
    stream_state& operator=(const stream_state&) = delete;

    /// What poll_event() could do without reading from the network.
    enum class poll_result
    {
        ready,       // `ec` and has_event() hold the outcome, as next_event() would give it
        need_read,   // no complete event is buffered
        need_drain,  // [DONE] arrived: the body's last bytes are to be read before the end
    };

    /// Reads up to the next data event: on success has_event() tells whether there is one
    /// (false when the stream ended normally, with [DONE]) and event_data() holds its data
    /// until the next call. After a failure every call fails the same way.
    OPENAI_DECL boost::asio::awaitable<error_code> next_event(diagnostics& diag);

    /// The part of next_event() that needs no I/O: decides from the bytes already buffered
    /// when it can. Most events of a busy stream arrive several to a read, so most calls
    /// complete here, without a coroutine.
    OPENAI_DECL poll_result poll_event(diagnostics& diag, error_code& ec);

    bool has_event() const noexcept { return has_event_; }
    std::string_view event_data() const noexcept { return event_.data; }

    /// Whether the event says `event: error`.
    bool has_error_type() const noexcept { return std::string_view(event_.event) == "error"; }

    /// Whether the event's data is a JSON object with a non-null `error` member.
    OPENAI_DECL bool has_error_member() const;

    /// Fails the stream with the error event's message, type and code.
    OPENAI_DECL error_code fail_error_event(diagnostics& diag);

    /// Fails the stream with a failure that a decoded event reports (Responses' `error` and
    /// `response.failed`): the message and code given, the event's data as the body.
    OPENAI_DECL error_code fail_stream_event(std::string message, std::string code, diagnostics& diag);

    /// Marks the stream failed because the event's data is not JSON.
    OPENAI_DECL error_code fail_malformed(const error_code& parse_ec, diagnostics& diag);

    /// Marks the stream failed because the event's JSON did not decode into the chunk type.
    OPENAI_DECL error_code fail_decode(const read_error& err, diagnostics& diag);

    /// The stream's owner is gone: stop reading and close the connection.
    OPENAI_DECL void abandon() noexcept;

    const boost::asio::any_io_executor& get_executor() const noexcept { return impl_->get_executor(); }
    const openai::raw_response& response() const noexcept { return response_; }
    bool finished() const noexcept { return finished_; }

    bool busy = false;  // a next() is in flight: reading, or delivering a buffered chunk

private:
    error_code fail(error_code ec, diagnostics& diag);
    boost::asio::awaitable<void> drain();

    std::shared_ptr<client_impl> impl_;  // owns the transport the body reads from
    std::unique_ptr<body_reader> body_;
    openai::raw_response response_;
    std::chrono::milliseconds idle_timeout_;
    sse_parser parser_;
    sse_event event_;
    std::string_view unparsed_;  // what the parser has not been fed of the body's last read
    bool has_event_ = false;
    bool body_done_ = false;
    bool finished_ = false;
    bool drain_pending_ = false;  // [DONE] seen, the body not yet drained
    error_code failure_;
    diagnostics failure_diag_;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/stream_state.ipp>
#endif

#endif
