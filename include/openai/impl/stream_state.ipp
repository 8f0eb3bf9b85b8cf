#ifndef OPENAI_IMPL_STREAM_STATE_IPP
#define OPENAI_IMPL_STREAM_STATE_IPP

#include <openai/detail/error_body.hpp>
#include <openai/detail/stream_state.hpp>
#include <openai/exceptions.hpp>

#include <boost/asio/error.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL stream_state::stream_state(std::shared_ptr<client_impl> impl, std::unique_ptr<body_reader> body,
                                       openai::raw_response response, std::chrono::milliseconds idle_timeout)
    : impl_(std::move(impl)), body_(std::move(body)), response_(std::move(response)), idle_timeout_(idle_timeout)
{}

// The body goes first: it returns its connection to the transport that impl_ owns.
OPENAI_DECL stream_state::~stream_state()
{
    body_.reset();
}

OPENAI_DECL void stream_state::abandon() noexcept
{
    if (!body_)
        return;
    // A next() in flight, reading or with its chunk on the way to its handler: a read fails at
    // once and its coroutine finishes the stream; the state, and with it the body, goes when that
    // next() completes.
    if (busy)
        body_->close();
    else
    {
        unparsed_ = {};  // it views the body's storage
        body_.reset();
    }
}

OPENAI_DECL error_code stream_state::fail(error_code ec, diagnostics& diag)
{
    unparsed_ = {};
    body_.reset();  // a half-read connection is closed, never pooled
    if (diag.request_id.empty())
        diag.request_id = std::string(response_.request_id());
    impl_->redact(diag);
    failure_ = ec;
    failure_diag_ = diag;
    has_event_ = false;
    return ec;
}

OPENAI_DECL error_code stream_state::fail_decode(const read_error& err, diagnostics& diag)
{
    diag.clear();
    diag.status_code = response_.status_code();
    diag.headers = response_.headers();
    diag.message = "Unexpected stream event: " + err.to_string() + "; data: " + body_excerpt(event_.data);
    diag.body = event_.data;
    return fail(make_error_code(errc::invalid_response), diag);
}

// After [DONE] the body normally ends at once; reading its last bytes lets the connection go
// back to the pool. A server that keeps sending gets its connection closed instead.
OPENAI_DECL boost::asio::awaitable<void> stream_state::drain()
{
    const auto deadline =
        std::chrono::steady_clock::now() + std::min<std::chrono::milliseconds>(idle_timeout_, std::chrono::seconds(1));
    unparsed_ = {};
    std::size_t drained = 0;
    while (body_ && !body_done_ && drained < std::size_t{64} * 1024)
    {
        std::string_view bytes;
        if (co_await body_->read_some(bytes, body_done_, deadline))
            break;
        drained += bytes.size();
    }
    body_.reset();
}

OPENAI_DECL stream_state::poll_result stream_state::poll_event(diagnostics& diag, error_code& ec)
{
    has_event_ = false;
    if (drain_pending_)
        return poll_result::need_drain;
    if (failure_)
    {
        diag = failure_diag_;
        ec = failure_;
        return poll_result::ready;
    }
    ec = {};
    if (finished_)
        return poll_result::ready;

    // The body's last read goes to the parser a slice at a time, so that its buffer holds a
    // slice and a partial line, not a whole read, and a stream allocates nothing per read.
    constexpr std::size_t slice_size = 4096;
    for (;;)
    {
        const sse_status status = parser_.next(event_);
        if (status == sse_status::event)
        {
            if (std::string_view(event_.data) == "[DONE]")  // std::string == const char* runs strlen
            {
                finished_ = true;
                drain_pending_ = true;
                return poll_result::need_drain;
            }
            has_event_ = true;
            return poll_result::ready;
        }
        if (status == sse_status::too_large)
        {
            diag.clear();
            diag.message = "A stream event exceeds the size limit";
            ec = fail(make_error_code(errc::response_too_large), diag);
            return poll_result::ready;
        }
        if (unparsed_.empty())
            break;
        const std::string_view slice = unparsed_.substr(0, slice_size);
        parser_.feed(slice);
        unparsed_.remove_prefix(slice.size());
    }

    if (body_done_ || !body_)
    {
        // The body ended without [DONE]. When its end is well defined (chunked or a length)
        // and no event was cut, the server merely omits [DONE], as some compatible servers
        // do; a connection closed mid-event, or a body that ends only at close, is a drop.
        if (!body_ || parser_.pending() || body_->ends_at_close())
        {
            diag.clear();
            diag.message = "The stream ended before [DONE]";
            ec = fail(make_error_code(boost::asio::error::eof), diag);
            return poll_result::ready;
        }
        finished_ = true;
        body_.reset();
        return poll_result::ready;
    }
    return poll_result::need_read;
}

OPENAI_DECL bool stream_state::has_error_member() const
{
    alignas(16) unsigned char buffer[4096];
    boost::json::monotonic_resource arena(buffer, sizeof buffer);
    boost::json::parse_options opts;
    opts.max_depth = 256;
    error_code ec;
    const boost::json::value json = boost::json::parse(event_.data, ec, &arena, opts);
    const auto* obj = ec ? nullptr : json.if_object();
    const auto* error = obj ? obj->if_contains("error") : nullptr;
    return error && !error->is_null();
}

OPENAI_DECL error_code stream_state::fail_error_event(diagnostics& diag)
{
    diag.clear();
    diag.status_code = 0;
    diag.headers = response_.headers();
    diag.body = event_.data;
    parse_error_body(event_.data, diag);
    return fail(make_error_code(errc::stream_error_event), diag);
}

OPENAI_DECL error_code stream_state::fail_stream_event(std::string message, std::string code, diagnostics& diag)
{
    diag.clear();
    diag.status_code = 0;
    diag.headers = response_.headers();
    diag.body = event_.data;
    diag.message = std::move(message);
    diag.code = std::move(code);
    return fail(make_error_code(errc::stream_error_event), diag);
}

OPENAI_DECL error_code stream_state::fail_malformed(const error_code& parse_ec, diagnostics& diag)
{
    diag.clear();
    diag.status_code = response_.status_code();
    diag.headers = response_.headers();
    diag.message = "Malformed JSON in stream event (" + parse_ec.message() + "): " + body_excerpt(event_.data);
    diag.body = event_.data;
    return fail(make_error_code(errc::invalid_response), diag);
}

OPENAI_DECL boost::asio::awaitable<error_code> stream_state::next_event(diagnostics& diag)
{
    for (;;)
    {
        error_code ec;
        switch (poll_event(diag, ec))
        {
        case poll_result::ready: co_return ec;
        case poll_result::need_drain:
            co_await drain();
            drain_pending_ = false;
            co_return error_code{};
        case poll_result::need_read: break;
        }

        ec = co_await body_->read_some(unparsed_, body_done_, std::chrono::steady_clock::now() + idle_timeout_);
        if (ec)
        {
            diag.clear();
            if (is_timeout(ec))
                diag.message =
                    "No stream data for " + std::to_string(idle_timeout_.count()) + " ms (stream_idle_timeout)";
            else if (ec == boost::asio::error::operation_aborted)
                diag.message = "The stream was cancelled";
            else
                diag.message = "The connection broke off before the stream's end";
            co_return fail(ec, diag);
        }
    }
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
