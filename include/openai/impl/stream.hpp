// The definitions of openai::stream's members: reading events, decoding chunks, completing
// next() for every kind of token. Included by <openai/stream.hpp> in header-only mode, and by
// <openai/src.hpp> (through the resources' .ipp files) under OPENAI_SEPARATE_COMPILATION.
#ifndef OPENAI_IMPL_STREAM_HPP
#define OPENAI_IMPL_STREAM_HPP

#include <openai/detail/client_impl.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/detail/json_prefix_memo.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/detail/stream_state.hpp>
#include <openai/stream.hpp>

#include <boost/asio/associator.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>

// g++ 12 at -O2 may inline a coroutine frame's allocation (Asio's awaitable_frame_base::operator
// new) but not its deallocation, then report the class's own pair as mismatched: for the
// coroutines of this file.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class Chunk, class Accumulator>
struct typed_stream_state : stream_state
{
    using stream_state::stream_state;
    Accumulator accumulator{};
    json_prefix_memo<Chunk> events{};    // the chunks' repeated beginnings (id, model, ...), read once
    std::optional<Chunk> ready_chunk{};  // decoded by next()'s initiation, on its way to the handler
};

// Completes a next() decided in its initiation. The chunk waits in the stream's state instead of
// travelling inside the handler, which the executor moves several times on the way; the stream
// is busy until then, so that another next() cannot decode over it.
template <class Handler, class State>
struct deliver_ready_chunk
{
    Handler handler_;
    std::shared_ptr<State> state_;
    error_code ec_;

    void operator()()
    {
        auto chunk = std::move(state_->ready_chunk);
        state_->ready_chunk.reset();
        state_->busy = false;
        std::move(handler_)(ec_, std::move(chunk));
    }
};

// Makes streams: their constructor from a state is the SDK's only.
struct stream_access
{
    template <class Stream>
    static Stream make(std::shared_ptr<typename Stream::state_type> state) noexcept
    {
        return Stream(std::move(state));
    }
};

// What a stream does, in static functions the stream's members call.
template <class Chunk, class Accumulator>
struct stream_ops
{
    using state_type = typed_stream_state<Chunk, Accumulator>;
    using next_signature = void(error_code, std::optional<Chunk>);

    // Decodes the next chunk when its event is buffered: false when a read is needed (or
    // another next() is in flight), to be left to read_next(). A failure sets `ec` and `details`.
    static bool next_if_buffered(state_type& s, diagnostics& details, error_code& ec, std::optional<Chunk>& chunk)
    {
        if (s.busy || s.poll_event(details, ec) != state_type::poll_result::ready)
            return false;
        decode(s, ec, details, chunk);
        return true;
    }

    // The two awaitable paths keep their coroutine frames small: Asio recycles a frame only up
    // to 1020 bytes, and a larger one (a chunk held in a local, diagnostics, a co_await's result)
    // costs an aligned allocation and a free per chunk. The chunk therefore waits in the state
    // (ready_chunk), failure details live in plain functions' stack frames, and a read goes
    // through a coroutine of its own, which only one chunk in many needs.
    static boost::asio::awaitable<std::optional<Chunk>> next_or_throw(std::shared_ptr<state_type> s, diagnostics* diag)
    {
        if (!buffered_or_throw(*s, diag))
            co_await read_or_throw(s, diag);
        co_return std::move(s->ready_chunk);  // left engaged but moved from; the next decode resets it
    }

    static boost::asio::awaitable<std::tuple<error_code, std::optional<Chunk>>> next_as_tuple(
        std::shared_ptr<state_type> s, diagnostics* diag)
    {
        error_code ec;
        if (!buffered_as_error(*s, diag, ec))
            ec = co_await read_as_error(s, diag);
        co_return std::tuple(ec, std::move(s->ready_chunk));
    }

    // next_if_buffered() into ready_chunk, a failure thrown as the typed exception.
    static bool buffered_or_throw(state_type& s, diagnostics* diag)
    {
        error_code ec;
        diagnostics own;
        if (!next_if_buffered(s, diag ? *diag : own, ec, s.ready_chunk))
            return false;
        if (ec)
            std::rethrow_exception(openai::make_exception_ptr(ec, diag ? *diag : own));
        return true;
    }

    // next_if_buffered() into ready_chunk, a failure left in `ec` (and `diag`, if any).
    static bool buffered_as_error(state_type& s, diagnostics* diag, error_code& ec)
    {
        diagnostics own;
        return next_if_buffered(s, diag ? *diag : own, ec, s.ready_chunk);
    }

    // The read path of next_or_throw(): the chunk into ready_chunk, a failure thrown.
    static boost::asio::awaitable<void> read_or_throw(std::shared_ptr<state_type> s, diagnostics* diag)
    {
        if (co_await boost::asio::this_coro::executor == s->get_executor())
        {
            co_await read_in_place<true>(*s, diag, s->ready_chunk);
            co_return;
        }
        // Named, not temporaries: g++ 12 destroys an aggregate temporary of a co_await
        // expression twice.
        next_initiation initiation{s, true};
        default_token token;
        s->ready_chunk =
            co_await boost::asio::async_initiate<default_token, next_signature>(std::move(initiation), token, diag);
    }

    // The read path of next_as_tuple(): the chunk into ready_chunk, a failure returned.
    static boost::asio::awaitable<error_code> read_as_error(std::shared_ptr<state_type> s, diagnostics* diag)
    {
        if (co_await boost::asio::this_coro::executor == s->get_executor())
            co_return co_await read_in_place<false>(*s, diag, s->ready_chunk);
        next_initiation initiation{s, true};
        auto token = boost::asio::as_tuple(boost::asio::use_awaitable);
        auto [ec, chunk] =
            co_await boost::asio::async_initiate<decltype(token), next_signature>(std::move(initiation), token, diag);
        s->ready_chunk = std::move(chunk);
        co_return ec;
    }

    // A read in the calling coroutine, which must run on the stream's executor (it touches the
    // transport): awaited directly by next() on that executor, since co_spawn's post, frames
    // and type-erased handler cost more than the read itself, and by read_next() otherwise. The
    // caller's cancellation state applies. The chunk goes to `chunk`; a failure, with its
    // details in `diag` (when given), is thrown or returned.
    template <bool Throw>
    static boost::asio::awaitable<error_code> read_in_place(state_type& s, diagnostics* diag,
                                                            std::optional<Chunk>& chunk)
    {
        diagnostics own;
        diagnostics& details = diag ? *diag : own;
        error_code ec;
        if (s.busy)
        {
            ec = make_error_code(errc::invalid_argument);
            details.message = "next() called while another next() of the same stream is in flight";
        }
        else
        {
            busy_scope busy(s.busy);
            ec = co_await s.next_event(details);
        }
        decode(s, ec, details, chunk);
        if constexpr (Throw)
        {
            if (ec)
                std::rethrow_exception(openai::make_exception_ptr(ec, details));
        }
        co_return ec;
    }

    struct next_initiation
    {
        std::shared_ptr<state_type> state_;
        bool buffered_checked_ = false;  // the caller found no buffered event: go straight to a read

        template <class Handler>
        void operator()(Handler&& handler, diagnostics* diag) const
        {
            if (!state_)
                throw openai::error(make_error_code(errc::invalid_argument), "next() on an empty openai::stream");
            using result = std::optional<Chunk>;
            // The next event is usually buffered already: decode it here and complete through
            // the executor, without starting a coroutine.
            diagnostics own;
            error_code ec;
            if (!buffered_checked_ && next_if_buffered(*state_, diag ? *diag : own, ec, state_->ready_chunk))
            {
                state_->busy = true;
                boost::asio::post(state_->get_executor(), deliver_ready_chunk<std::decay_t<Handler>, state_type>{
                                                              std::forward<Handler>(handler), state_, ec});
                return;
            }
            boost::asio::co_spawn(state_->get_executor(), read_next(state_, diag),
                                  spawn_completion<result>{typed_handler<result>(std::forward<Handler>(handler))});
        }
    };

    // Decodes the event's chunk into `chunk` (left empty at the end of the stream) and folds it
    // into the accumulator; on a failure, leaves it empty and sets `ec` and `details`.
    static void decode(state_type& s, error_code& ec, diagnostics& details, std::optional<Chunk>& chunk)
    {
        chunk.reset();
        if (ec || !s.has_event())
            return;
        if (s.has_error_type())
        {
            ec = s.fail_error_event(details);
            return;
        }
        read_error err;
        error_code parse_ec;
        json_watch error_member{"error"};  // `{"error": {...}}` is an error event too
        if (s.events.read(s.event_data(), chunk, err, parse_ec, &error_member) && !error_member.found)
        {
            // An event that reports the answer failed (Responses: `error`, `response.failed`)
            // fails the stream: a loop that ignores event types must not end as if complete.
            if constexpr (requires { Accumulator::failure(*chunk); })
                if (auto failure = Accumulator::failure(*chunk))
                {
                    s.accumulator.add(*chunk);
                    chunk.reset();
                    ec = s.fail_stream_event(std::move(failure->message), std::move(failure->code), details);
                    return;
                }
            s.accumulator.add(*chunk);
            return;
        }
        chunk.reset();
        // An error event whose other members do not fit the chunk type is still an error event.
        if (error_member.found || s.has_error_member())
            ec = s.fail_error_event(details);
        else
            ec = parse_ec ? s.fail_malformed(parse_ec, details) : s.fail_decode(err, details);
    }

    static boost::asio::awaitable<std::tuple<error_code, std::optional<Chunk>>> read_next(std::shared_ptr<state_type> s,
                                                                                          diagnostics* diag)
    {
        co_await client_impl::enable_total_cancellation();
        std::optional<Chunk> chunk;  // not ready_chunk: a buffered chunk may still be on its way
        const error_code ec = co_await read_in_place<false>(*s, diag, chunk);
        co_return std::tuple(ec, std::move(chunk));
    }
};

}  // namespace detail

template <class Chunk, class Accumulator>
auto stream<Chunk, Accumulator>::current_completion() const noexcept -> const completion_type&
{
    static const completion_type none{};
    return state_ ? state_->accumulator.current_completion() : none;
}

template <class Chunk, class Accumulator>
const openai::raw_response& stream<Chunk, Accumulator>::response() const noexcept
{
    static const openai::raw_response none{};
    return state_ ? state_->response() : none;
}

template <class Chunk, class Accumulator>
bool stream<Chunk, Accumulator>::done() const noexcept
{
    return state_ && state_->finished();
}

template <class Chunk, class Accumulator>
boost::asio::awaitable<std::optional<Chunk>> stream<Chunk, Accumulator>::next_or_throw(std::shared_ptr<state_type> s,
                                                                                       diagnostics* diag)
{
    return detail::stream_ops<Chunk, Accumulator>::next_or_throw(std::move(s), diag);
}

template <class Chunk, class Accumulator>
boost::asio::awaitable<std::tuple<error_code, std::optional<Chunk>>> stream<Chunk, Accumulator>::next_as_tuple(
    std::shared_ptr<state_type> s, diagnostics* diag)
{
    return detail::stream_ops<Chunk, Accumulator>::next_as_tuple(std::move(s), diag);
}

template <class Chunk, class Accumulator>
void stream<Chunk, Accumulator>::initiate_next(std::shared_ptr<state_type> s, diagnostics* diag, chunk_handler handler)
{
    using initiation = typename detail::stream_ops<Chunk, Accumulator>::next_initiation;
    initiation{std::move(s)}(std::move(handler), diag);
}

template <class Chunk, class Accumulator>
void stream<Chunk, Accumulator>::abandon() noexcept
{
    if (state_)
        state_->abandon();
}

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
        result = stream_access::make<Stream>(std::make_shared<typename Stream::state_type>(
            impl, std::move(body), raw_response(std::move(data)), idle_timeout));
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

template <class T>
struct is_stream : std::false_type
{};
template <class Chunk, class Accumulator>
struct is_stream<stream<Chunk, Accumulator>> : std::true_type
{};

template <class T>
void start_call(client_impl& impl, api_request req, diagnostics* diag, typed_handler<T> handler)
{
    if constexpr (is_stream<T>::value)
        async_open_stream<T>(impl, std::move(req), diag, std::move(handler));
    else
        impl.async_call<T>(std::move(req), diag, std::move(handler));
}

}  // namespace detail
OPENAI_END_NAMESPACE

// The handler's executor, allocator and cancellation slot are deliver_ready_chunk's.
template <template <class, class> class Associator, class Handler, class State, class DefaultCandidate>
struct boost::asio::associator<Associator, ::openai::detail::deliver_ready_chunk<Handler, State>, DefaultCandidate>
    : Associator<Handler, DefaultCandidate>
{
    static typename Associator<Handler, DefaultCandidate>::type get(
        const ::openai::detail::deliver_ready_chunk<Handler, State>& h) noexcept
    {
        return Associator<Handler, DefaultCandidate>::get(h.handler_);
    }

    static auto get(const ::openai::detail::deliver_ready_chunk<Handler, State>& h, const DefaultCandidate& c) noexcept
        -> decltype(Associator<Handler, DefaultCandidate>::get(h.handler_, c))
    {
        return Associator<Handler, DefaultCandidate>::get(h.handler_, c);
    }
};

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif
