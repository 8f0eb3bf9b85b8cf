// How every operation of the client starts: the completion token decides what the caller gets
// (awaitable, future, callback, deferred); the work itself runs in non-template code.
#ifndef OPENAI_DETAIL_INITIATION_HPP
#define OPENAI_DETAIL_INITIATION_HPP

#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>
#include <openai/diagnostics.hpp>
#include <openai/request_options.hpp>
#include <openai/with_diagnostics.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>

#include <concepts>
#include <type_traits>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class T>
concept not_diagnostics = !std::same_as<std::remove_cvref_t<T>, diagnostics>;

// Request parameters: a struct whose last member is its per-request options.
template <class T>
concept request_parameters = requires(const std::remove_cvref_t<T>& t)
{
    {
        t.options
        } -> std::convertible_to<const request_options&>;
};

// A completion token, not one of the arguments that may come before it (diagnostics, options,
// request parameters).
template <class T>
concept completion_token_argument =
    not_diagnostics<T> && !std::same_as<std::remove_cvref_t<T>, request_options> && !request_parameters<T>;

/// Runs a call for a result of type T (a decoded answer, or a stream): defined in
/// <openai/impl/stream.hpp>.
template <class T>
void start_call(client_impl& impl, api_request req, diagnostics* diag, typed_handler<T> handler);

// Initiation object. The first argument after the handler is `diagnostics*`, which
// with_diagnostics relies on; it exposes an executor so newer Asio's cancel_after works.
template <class T>
struct call_initiation
{
    client_impl* impl_;

    using executor_type = boost::asio::any_io_executor;
    executor_type get_executor() const noexcept { return executor_of(*impl_); }

    template <class Handler>
    void operator()(Handler&& handler, diagnostics* diag, api_request req) const
    {
#ifdef OPENAI_SEPARATE_COMPILATION
        // `start` is overloaded on the result type, one per operation, found by ADL, and
        // compiled once in <openai/src.hpp>.
        start(*impl_, std::move(req), diag, typed_handler<T>(std::forward<Handler>(handler)));
#else
        // Header-only: a template, so that a program instantiates the readers of the results it
        // asks for only (a non-template `start` per result would instantiate them all).
        start_call<T>(*impl_, std::move(req), diag, typed_handler<T>(std::forward<Handler>(handler)));
#endif
    }
};

// The operation with the default token, defined in <openai/impl/initiation.hpp>. Under
// OPENAI_SEPARATE_COMPILATION it is instantiated once per result type in <openai/src.hpp>, so a
// user's file that awaits a call instantiates none of Asio's initiation, its coroutine handler or
// the type-erased handler: only the awaitable it receives.
template <class T>
boost::asio::awaitable<T> await_call(client_impl& impl, api_request req, diagnostics* diag);

template <class T, class CompletionToken>
auto async_call(client_impl& impl, api_request req, diagnostics* diag, CompletionToken&& token)
{
    if constexpr (std::is_same_v<std::remove_cvref_t<CompletionToken>, default_token>)
        return await_call<T>(impl, std::move(req), diag);
    else
        return boost::asio::async_initiate<CompletionToken, void(error_code, T)>(call_initiation<T>{&impl}, token, diag,
                                                                                 std::move(req));
}

// Operations whose answer has no body (DELETE /responses/{id}): signature void(error_code).
OPENAI_DECL void start_void(client_impl& impl, api_request req, diagnostics* diag,
                            boost::asio::any_completion_handler<void(error_code)> handler);
OPENAI_DECL boost::asio::awaitable<void> await_call_void(client_impl& impl, api_request req, diagnostics* diag);

struct void_call_initiation
{
    client_impl* impl_;

    using executor_type = boost::asio::any_io_executor;
    executor_type get_executor() const noexcept { return executor_of(*impl_); }

    template <class Handler>
    void operator()(Handler&& handler, diagnostics* diag, api_request req) const
    {
        start_void(*impl_, std::move(req), diag,
                   boost::asio::any_completion_handler<void(error_code)>(std::forward<Handler>(handler)));
    }
};

template <class CompletionToken>
auto async_call_void(client_impl& impl, api_request req, diagnostics* diag, CompletionToken&& token)
{
    if constexpr (std::is_same_v<std::remove_cvref_t<CompletionToken>, default_token>)
        return await_call_void(impl, std::move(req), diag);
    else
        return boost::asio::async_initiate<CompletionToken, void(error_code)>(void_call_initiation{&impl}, token, diag,
                                                                              std::move(req));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/detail/client_impl.hpp>
#include <openai/impl/initiation.hpp>
#endif

#endif
