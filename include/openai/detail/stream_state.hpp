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
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {

class stream_state
{
public:
    OPENAI_DECL stream_state(std::shared_ptr<client_impl> impl, std::unique_ptr<body_reader> body,
                             openai::raw_response response, std::chrono::milliseconds idle_timeout);
    OPENAI_DECL ~stream_state();
    stream_state(const stream_state&) = delete;
    stream_state& operator=(const stream_state&) = delete;

    /// What poll_json() could do without reading from the network.
    enum class poll_result
    {
        ready,       // `ec` and json() hold the outcome, as next_json() would give it
        need_read,   // no complete event is buffered
        need_drain,  // [DONE] arrived: the body's last bytes are to be read before the end
    };

    /// Reads up to the next data event. On success json() holds its JSON, or null when the
    /// stream ended normally ([DONE]); the value lives until the next call. After a failure
    /// every call fails the same way.
    OPENAI_DECL boost::asio::awaitable<error_code> next_json(diagnostics& diag);

    /// The part of next_json() that needs no I/O: decides from the bytes already buffered
    /// when it can. Most events of a busy stream arrive several to a read, so most calls
    /// complete here, without a coroutine.
    OPENAI_DECL poll_result poll_json(diagnostics& diag, error_code& ec);

    const boost::json::value& json() const noexcept
    {
        static const boost::json::value null_value;
        return json_ ? *json_ : null_value;
    }

    /// Marks the stream failed because json() did not decode into the chunk type.
    OPENAI_DECL error_code fail_decode(const read_error& err, diagnostics& diag);

    /// The stream's owner is gone: stop reading and close the connection.
    OPENAI_DECL void abandon() noexcept;

    const boost::asio::any_io_executor& get_executor() const noexcept { return impl_->get_executor(); }
    const openai::raw_response& response() const noexcept { return response_; }
    bool finished() const noexcept { return finished_; }

    bool busy = false;  // a next() is in flight

private:
    error_code fail(error_code ec, diagnostics& diag);
    boost::asio::awaitable<void> drain();

    std::shared_ptr<client_impl> impl_;  // owns the transport the body reads from
    std::unique_ptr<body_reader> body_;
    openai::raw_response response_;
    std::chrono::milliseconds idle_timeout_;
    sse_parser parser_;
    sse_event event_;
    std::string piece_;
    // Each event's JSON lives in an arena that starts in arena_buffer_, so typical events parse
    // without touching the heap. Rebuilt per event: Boost 1.81's release() keeps growing the
    // next block size.
    alignas(16) std::array<unsigned char, 8192> arena_buffer_{};
    std::optional<boost::json::monotonic_resource> arena_;
    std::optional<boost::json::value> json_;  // after arena_: destroyed before it
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
