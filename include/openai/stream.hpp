// openai::stream: the chunks of a streaming answer, read one at a time, folded as they come.
//
// This header declares what a program calls; the reading and decoding are in
// <openai/impl/stream.hpp>, compiled once with <openai/src.hpp> under OPENAI_SEPARATE_COMPILATION
// (the SDK's streams are instantiated there), included here otherwise.
#ifndef OPENAI_STREAM_HPP
#define OPENAI_STREAM_HPP

#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/exceptions.hpp>
#include <openai/raw_response.hpp>
#include <openai/with_diagnostics.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {
// The Responses stream's accumulator, whose streams name their result a response.
template <class Accumulator>
concept folds_responses = requires
{
    requires Accumulator::folds_responses;
};

template <class Chunk, class Accumulator>
struct typed_stream_state;
struct stream_access;
}  // namespace detail

/// A streaming answer of the API (server-sent events), as returned by
/// `client.chat.completions.stream(...)` and `client.completions.stream(...)`.
///
/// `next()` is an asynchronous operation with signature
/// `void(openai::error_code, std::optional<Chunk>)`: an empty optional means the stream ended
/// normally (`data: [DONE]`). An error event, a dropped connection or an idle timeout
/// (`stream_idle_timeout`) fails it with the SDK's typed errors; a stream never ends silently
/// on a failure. Every chunk is folded into the completion that `get_final_completion()` returns.
/// Awaited with the default token or `as_tuple(use_awaitable)`, a chunk whose event is already
/// buffered is returned without suspending the coroutine; other tokens always complete through
/// the executor, never inside next().
///
/// Destroying the stream, or cancelling `next()`, stops reading and closes the connection.
/// Move-only; read it from one coroutine (strand) at a time.
template <class Chunk, class Accumulator>
class stream
{
public:
    /// For the SDK: the shared state of a stream.
    using state_type = detail::typed_stream_state<Chunk, Accumulator>;
    /// What next() yields: chat_completion_chunk, or completion for the legacy endpoint.
    using chunk_type = Chunk;
    /// What the chunks fold into: chat_completion, or completion.
    using completion_type = std::remove_cvref_t<decltype(std::declval<const Accumulator&>().current_completion())>;

    /// An empty stream, e.g. the value an operation that failed completes with.
    stream() = default;

    /// Move-only.
    stream(const stream&) = delete;
    stream& operator=(const stream&) = delete;
    /// Takes over the other stream, which becomes empty.
    stream(stream&&) noexcept = default;
    /// Closes this stream's connection (unless read to its end), then takes over the other one.
    stream& operator=(stream&& other) noexcept
    {
        if (this != &other)
        {
            abandon();
            state_ = std::move(other.state_);
        }
        return *this;
    }
    /// Stops reading; a connection not read to its end is closed.
    ~stream() { abandon(); }

    /// Reads the next chunk: see the class comment. Throws openai::error at once when the
    /// stream is empty (default-constructed or moved from).
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto next(CompletionToken&& token = {})
    {
        return start_next(static_cast<diagnostics*>(nullptr), std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details. `diag` must outlive the operation.
    template <class CompletionToken = default_token>
    auto next(diagnostics& diag, CompletionToken&& token = {})
    {
        return start_next(&diag, std::forward<CompletionToken>(token));
    }

    /// Everything received so far, folded into one completion.
    const completion_type& current_completion() const noexcept;

    /// The chunks received, folded into one completion (call it after next() reported the end)
    /// with the stream's HTTP answer (status, headers) as its raw_response.
    completion_type get_final_completion() const
    {
        completion_type result = current_completion();
        result.raw_response = response();
        return result;
    }

    /// For a Responses stream (response_stream): the response the events describe, with the
    /// stream's HTTP answer as its raw_response. Whole once `response.completed` (or
    /// `response.incomplete`) has arrived: call it after next() reported the end.
    completion_type get_final_response() const requires detail::folds_responses<Accumulator>
    {
        return get_final_completion();
    }

    /// For a Responses stream: the response as far as the events have come.
    const completion_type& current_response() const noexcept requires detail::folds_responses<Accumulator>
    {
        return current_completion();
    }

    /// The HTTP answer that carries the stream: status and headers (x-request-id,
    /// x-ratelimit-*); its body is not kept.
    const openai::raw_response& response() const noexcept;

    /// Whether next() has reported the normal end of the stream.
    bool done() const noexcept;

    /// Whether the stream is not empty (not default-constructed nor moved from).
    explicit operator bool() const noexcept { return state_ != nullptr; }

private:
    // A stream reading the body of an answer, made by the SDK only (detail::stream_access).
    friend struct detail::stream_access;
    explicit stream(std::shared_ptr<state_type> state) noexcept : state_(std::move(state)) {}

    using next_signature = void(error_code, std::optional<Chunk>);
    using chunk_handler = boost::asio::any_completion_handler<next_signature>;

    template <class CompletionToken>
    auto start_next(diagnostics* diag, CompletionToken&& token)
    {
        // The default token and as_tuple(use_awaitable) get an awaitable of their own: a chunk
        // already buffered is decoded and returned without suspending the caller, where a
        // completion handler costs a trip through the executor's queue (and a reactor poll)
        // per chunk. Other tokens take the usual operation.
        using token_type = std::decay_t<CompletionToken>;
        constexpr bool typed_exceptions = std::is_same_v<token_type, default_token>;
        constexpr bool tuple = std::is_same_v<token_type, boost::asio::as_tuple_t<boost::asio::use_awaitable_t<>>>;
        if constexpr (typed_exceptions || tuple)
        {
            if (!state_)
                throw_empty();
            if constexpr (typed_exceptions)
                return next_or_throw(state_, diag);
            else
                return next_as_tuple(state_, diag);
        }
        else
        {
            return boost::asio::async_initiate<CompletionToken, next_signature>(next_initiation{state_}, token, diag);
        }
    }

    struct next_initiation
    {
        std::shared_ptr<state_type> state_;

        template <class Handler>
        void operator()(Handler&& handler, diagnostics* diag) const
        {
            if (!state_)
                throw_empty();
            initiate_next(state_, diag, chunk_handler(std::forward<Handler>(handler)));
        }
    };

    [[noreturn]] static void throw_empty()
    {
        throw openai::error(make_error_code(errc::invalid_argument), "next() on an empty openai::stream");
    }

    // Defined in <openai/impl/stream.hpp>.
    static boost::asio::awaitable<std::optional<Chunk>> next_or_throw(std::shared_ptr<state_type> s, diagnostics* diag);
    static boost::asio::awaitable<std::tuple<error_code, std::optional<Chunk>>> next_as_tuple(
        std::shared_ptr<state_type> s, diagnostics* diag);
    static void initiate_next(std::shared_ptr<state_type> s, diagnostics* diag, chunk_handler handler);
    void abandon() noexcept;

    std::shared_ptr<state_type> state_;
};

OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/stream.hpp>
#endif

#endif
