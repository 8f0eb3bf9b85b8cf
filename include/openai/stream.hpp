// openai::stream: the chunks of a streaming answer, read one at a time, folded as they come.
#ifndef OPENAI_STREAM_HPP
#define OPENAI_STREAM_HPP

#include <openai/detail/client_impl.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/detail/stream_state.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/exceptions.hpp>
#include <openai/raw_response.hpp>
#include <openai/with_diagnostics.hpp>

#include <boost/asio/async_result.hpp>
#include <boost/asio/co_spawn.hpp>

#include <memory>
#include <optional>
#include <tuple>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class Chunk, class Accumulator>
struct typed_stream_state : stream_state
{
    using stream_state::stream_state;
    Accumulator accumulator{};
};

}  // namespace detail

/// A streaming answer of the API (server-sent events), as returned by
/// `client.chat.completions.stream(...)` and `client.completions.stream(...)`.
///
/// `next()` is an asynchronous operation with signature
/// `void(openai::error_code, std::optional<Chunk>)`: an empty optional means the stream ended
/// normally (`data: [DONE]`). An error event, a dropped connection or an idle timeout
/// (`stream_idle_timeout`) fails it with the SDK's typed errors; a stream never ends silently
/// on a failure. Every chunk is folded into the completion that `get_final_completion()` returns.
///
/// Destroying the stream, or cancelling `next()`, stops reading and closes the connection.
/// Move-only; read it from one coroutine (strand) at a time.
template <class Chunk, class Accumulator>
class stream
{
public:
    using state_type = detail::typed_stream_state<Chunk, Accumulator>;  // for the SDK
    using chunk_type = Chunk;
    using completion_type = std::remove_cvref_t<decltype(std::declval<const Accumulator&>().current_completion())>;

    /// An empty stream, e.g. the value an operation that failed completes with.
    stream() = default;

    /// For the SDK: a stream reading the body of an answer.
    explicit stream(std::shared_ptr<state_type> state) noexcept : state_(std::move(state)) {}

    stream(stream&&) noexcept = default;
    stream& operator=(stream&& other) noexcept
    {
        if (this != &other)
        {
            abandon();
            state_ = std::move(other.state_);
        }
        return *this;
    }
    ~stream() { abandon(); }

    /// Reads the next chunk: see the class comment. Throws openai::error at once when the
    /// stream is empty (default-constructed or moved from).
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto next(CompletionToken&& token = {})
    {
        return boost::asio::async_initiate<CompletionToken, void(error_code, std::optional<Chunk>)>(
            next_initiation{state_}, token, static_cast<diagnostics*>(nullptr));
    }

    /// As above; on failure `diag` receives the details. `diag` must outlive the operation.
    template <class CompletionToken = default_token>
    auto next(diagnostics& diag, CompletionToken&& token = {})
    {
        return boost::asio::async_initiate<CompletionToken, void(error_code, std::optional<Chunk>)>(
            next_initiation{state_}, token, &diag);
    }

    /// Everything received so far, folded into one completion.
    const completion_type& current_completion() const noexcept
    {
        static const completion_type none{};
        return state_ ? state_->accumulator.current_completion() : none;
    }

    /// The chunks received, folded into one completion (call it after next() reported the end)
    /// with the stream's HTTP answer (status, headers) as its raw_response.
    completion_type get_final_completion() const
    {
        completion_type result = current_completion();
        result.raw_response = response();
        return result;
    }

    /// The HTTP answer that carries the stream: status and headers (x-request-id,
    /// x-ratelimit-*); its body is not kept.
    const openai::raw_response& response() const noexcept
    {
        static const openai::raw_response none{};
        return state_ ? state_->response() : none;
    }

    /// Whether next() has reported the normal end of the stream.
    bool done() const noexcept { return state_ && state_->finished(); }

    explicit operator bool() const noexcept { return state_ != nullptr; }

private:
    struct next_initiation
    {
        std::shared_ptr<state_type> state_;

        template <class Handler>
        void operator()(Handler&& handler, diagnostics* diag) const
        {
            if (!state_)
                throw openai::error(make_error_code(errc::invalid_argument), "next() on an empty openai::stream");
            using result = std::optional<Chunk>;
            boost::asio::co_spawn(state_->get_executor(), read_next(state_, diag),
                                  detail::spawn_completion<result>{detail::typed_handler<result>(std::forward<Handler>(handler))});
        }
    };

    static boost::asio::awaitable<std::tuple<error_code, std::optional<Chunk>>> read_next(std::shared_ptr<state_type> s,
                                                                                         diagnostics* diag)
    {
        co_await detail::client_impl::enable_total_cancellation();
        diagnostics details;
        std::optional<Chunk> chunk;
        error_code ec;
        if (s->busy)
        {
            ec = make_error_code(errc::invalid_argument);
            details.message = "next() called while another next() of the same stream is in flight";
        }
        else
        {
            s->busy = true;
            ec = co_await s->next_json(details);
            s->busy = false;
            if (!ec && !s->json().is_null())
            {
                Chunk value{};
                detail::read_error err;
                if (detail::from_json(s->json(), value, err))
                {
                    s->accumulator.add(value);
                    chunk.emplace(std::move(value));
                }
                else
                    ec = s->fail_decode(err, details);
            }
        }
        if (ec && diag)
            *diag = std::move(details);
        co_return std::tuple(ec, std::move(chunk));
    }

    void abandon() noexcept
    {
        if (state_)
            state_->abandon();
    }

    std::shared_ptr<state_type> state_;
};

namespace detail {

// Opens a stream: the request with its retries, up to a successful answer's headers.
template <class Stream>
boost::asio::awaitable<std::tuple<error_code, Stream>> open_stream(std::shared_ptr<client_impl> impl, api_request req,
                                                                   diagnostics* diag)
{
    co_await client_impl::enable_total_cancellation();
    const auto idle_timeout = req.options.stream_idle_timeout.value_or(impl->options().stream_idle_timeout);
    auto data = std::make_shared<raw_response::data>();
    diagnostics details;
    std::unique_ptr<body_reader> body;
    req.stream = true;
    error_code ec = co_await impl->call(std::move(req), *data, details, &body);
    Stream result;
    if (!ec)
        result = Stream(std::make_shared<typename Stream::state_type>(impl, std::move(body),
                                                                               raw_response(std::move(data)), idle_timeout));
    else if (diag)
        *diag = std::move(details);
    co_return std::tuple(ec, std::move(result));
}

template <class Stream>
void async_open_stream(client_impl& impl, api_request req, diagnostics* diag, typed_handler<Stream> handler)
{
    boost::asio::co_spawn(impl.get_executor(), open_stream<Stream>(impl.shared_from_this(), std::move(req), diag),
                          spawn_completion<Stream>{std::move(handler)});
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
