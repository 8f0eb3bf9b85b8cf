// The state shared by a client and its in-flight calls: resolved options, the transport, and
// the loop that sends a request, retries it when worth it, and decodes the answer.
#ifndef OPENAI_DETAIL_CLIENT_IMPL_HPP
#define OPENAI_DETAIL_CLIENT_IMPL_HPP

#include <openai/client_options.hpp>
#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/detail/page_link.hpp>
#include <openai/detail/query.hpp>
#include <openai/detail/transport.hpp>
#include <openai/detail/url.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/raw_response.hpp>
#include <openai/request_options.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associator.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <exception>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// Serializes params (described struct with a trailing `options` member) into a POST; `adjust`
/// then edits the JSON object (what an operation sends whatever the caller set) before the
/// options' extra_body fields are added. Members that json_query<Params> lists go in the query
/// string, before the options' own extra_query.
template <class Params, class Adjust>
api_request make_post(std::string path, const Params& params, Adjust&& adjust)
{
    // The document lives only until it is serialized: in a buffer on the stack, then in arena
    // blocks for a large request.
    alignas(16) unsigned char initial[4096];
    boost::json::monotonic_resource arena(initial, sizeof initial);
    boost::json::value body(&arena);
    write_json(body, params);
    auto& object = body.as_object();
    std::forward<Adjust>(adjust)(object);
    for (const auto& field : params.options.extra_body)
        object[field.key()] = field.value();
    api_request req{http_method::post, std::move(path), boost::json::serialize(body), params.options};
    if constexpr (json_query<Params> != nullptr)
    {
        query_pairs query;
        append_query(query, params);
        req.options.extra_query.insert(req.options.extra_query.begin(), query.begin(), query.end());
    }
    return req;
}

template <class Params>
api_request make_post(std::string path, const Params& params)
{
    return make_post(std::move(path), params, [](boost::json::object&) {});
}

/// A GET whose query string holds the set members of `params` (described query parameters with a
/// trailing `options` member), before the options' own extra_query.
template <class Params>
api_request make_get(std::string path, const Params& params)
{
    api_request req{http_method::get, std::move(path), {}, params.options};
    query_pairs query;
    append_query(query, params);
    req.options.extra_query.insert(req.options.extra_query.begin(), query.begin(), query.end());
    return req;
}

// Adapts co_spawn's `void(exception_ptr, tuple<error_code, T>)` to the caller's handler,
// keeping the caller's executor, allocator and cancellation slot.
template <class T>
struct spawn_completion
{
    typed_handler<T> handler_;

    void operator()(const std::exception_ptr& ep, std::tuple<error_code, T> result)
    {
        if (ep)
            std::rethrow_exception(ep);  // only std::bad_alloc gets here
        std::move(handler_)(std::get<0>(result), std::move(std::get<1>(result)));
    }
};

// As spawn_completion, for an operation that completes with an error_code only.
struct void_spawn_completion
{
    boost::asio::any_completion_handler<void(error_code)> handler_;

    void operator()(const std::exception_ptr& ep, error_code ec)
    {
        if (ep)
            std::rethrow_exception(ep);  // only std::bad_alloc gets here
        std::move(handler_)(ec);
    }
};

class client_impl : public std::enable_shared_from_this<client_impl>
{
public:
    /// Resolves options against the environment; throws openai::error when the API key is
    /// missing or the base URL is invalid. A null transport means the network one.
    OPENAI_DECL client_impl(boost::asio::any_io_executor ex, client_options options,
                            std::unique_ptr<transport> custom_transport = nullptr);
    OPENAI_DECL ~client_impl();
    client_impl(const client_impl&) = delete;
    client_impl& operator=(const client_impl&) = delete;

    const boost::asio::any_io_executor& get_executor() const noexcept { return ex_; }
    const client_options& options() const noexcept { return options_; }
    const base_url& url() const noexcept { return url_; }

    /// The HTTP request for an API call, with every header the SDK sends.
    OPENAI_DECL http_request make_http_request(api_request& req) const;

    /// Sends a call, retrying as the policy says; on success `out` holds the answer, on
    /// failure `diag` holds the details of the last attempt. With `stream`, a successful
    /// answer's body is left unread: `out` holds status and headers, `*stream` reads the body.
    OPENAI_DECL boost::asio::awaitable<error_code> call(api_request req, raw_response::data& out, diagnostics& diag,
                                                        std::unique_ptr<body_reader>* stream = nullptr);

    /// Lets per-operation cancellation of any type stop the calling coroutine's operation.
    OPENAI_DECL static boost::asio::awaitable<void> enable_total_cancellation();

    /// Fills `diag` for a successful answer whose body could not be decoded.
    OPENAI_DECL void fail_decode(const raw_response::data& data, const read_error& err, diagnostics& diag) const;

    /// Replaces the API key wherever a server echoed it into `diag`.
    OPENAI_DECL void redact(diagnostics& diag) const;

    /// Runs a call and decodes its JSON answer into T, completing `handler` with the result.
    template <class T>
    void async_call(api_request req, diagnostics* diag, typed_handler<T> handler)
    {
        boost::asio::co_spawn(ex_, call_and_decode<T>(shared_from_this(), std::move(req), diag),
                              spawn_completion<T>{std::move(handler)});
    }

    /// Runs a call whose answer has no body to decode, completing `handler` with its outcome.
    OPENAI_DECL void async_call_void(api_request req, diagnostics* diag,
                                     boost::asio::any_completion_handler<void(error_code)> handler);

private:
    OPENAI_DECL static boost::asio::awaitable<error_code> call_without_result(std::shared_ptr<client_impl> self,
                                                                              api_request req, diagnostics* diag);
    template <class T>
    static boost::asio::awaitable<std::tuple<error_code, T>> call_and_decode(std::shared_ptr<client_impl> self,
                                                                             api_request req, diagnostics* diag);
    /// Decodes a successful answer's JSON body into `value`, or fills `diag` and fails.
    template <class T>
    error_code decode(const std::shared_ptr<raw_response::data>& data, T& value, diagnostics& diag) const;

    boost::asio::any_io_executor ex_;
    client_options options_;
    base_url url_;
    std::string authorization_;  // "Bearer <api_key>", built once
    std::unique_ptr<transport> transport_;
    std::minstd_rand jitter_;
};

// g++ 12 at -O2 may inline the frame's allocation (Asio's awaitable_frame_base::operator new)
// but not its deallocation, then report the class's own pair as mismatched.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
template <class T>
boost::asio::awaitable<std::tuple<error_code, T>> client_impl::call_and_decode(std::shared_ptr<client_impl> self,
                                                                               api_request req, diagnostics* diag)
{
    co_await enable_total_cancellation();
    auto data = std::make_shared<raw_response::data>();
    diagnostics details;
    T value{};
    // A page keeps its request, to fetch the next one with another cursor.
    std::optional<api_request> again;
    if constexpr (is_page<T>::value)
        again = req;
    error_code ec = co_await self->call(std::move(req), *data, details);
    if (!ec)
        ec = self->decode(data, value, details);
    if constexpr (is_page<T>::value)
        if (!ec)
            page_access::link(value, self, std::move(*again));
    if (ec && diag)
        *diag = std::move(details);
    co_return std::tuple(ec, std::move(value));
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

template <class T>
error_code client_impl::decode(const std::shared_ptr<raw_response::data>& data, T& value, diagnostics& diag) const
{
    read_error err;
    error_code parse_ec;
    if (!read_json_text(data->body, value, err, parse_ec))
    {
        if (parse_ec)
            err.what = data->body.empty() ? "empty body" : "malformed JSON (" + parse_ec.message() + ")";
        fail_decode(*data, err, diag);
        return make_error_code(errc::invalid_response);
    }
    if constexpr (requires { value.raw_response; })  // not a union (conversations.items.retrieve)
        value.raw_response = raw_response(data);
    return {};
}

}  // namespace detail
OPENAI_END_NAMESPACE

namespace boost::asio {
template <template <class, class> class Associator, class DefaultCandidate>
struct associator<Associator, ::openai::detail::void_spawn_completion, DefaultCandidate>
    : Associator<boost::asio::any_completion_handler<void(::openai::error_code)>, DefaultCandidate>
{
    using inner = Associator<boost::asio::any_completion_handler<void(::openai::error_code)>, DefaultCandidate>;
    static typename inner::type get(const ::openai::detail::void_spawn_completion& h) noexcept
    {
        return inner::get(h.handler_);
    }
    static auto get(const ::openai::detail::void_spawn_completion& h, const DefaultCandidate& c) noexcept
    {
        return inner::get(h.handler_, c);
    }
};

template <template <class, class> class Associator, class T, class DefaultCandidate>
struct associator<Associator, ::openai::detail::spawn_completion<T>, DefaultCandidate>
    : Associator<::openai::detail::typed_handler<T>, DefaultCandidate>
{
    using inner = Associator<::openai::detail::typed_handler<T>, DefaultCandidate>;
    static typename inner::type get(const ::openai::detail::spawn_completion<T>& h) noexcept
    {
        return inner::get(h.handler_);
    }
    static auto get(const ::openai::detail::spawn_completion<T>& h, const DefaultCandidate& c) noexcept
        -> decltype(inner::get(h.handler_, c))
    {
        return inner::get(h.handler_, c);
    }
};
}  // namespace boost::asio

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/client_impl.ipp>
#endif

#endif
