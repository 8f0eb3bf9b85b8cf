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

#include <concepts>
#include <type_traits>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// The executor of a client's operations (for tokens that ask the initiation for one).
OPENAI_DECL boost::asio::any_io_executor executor_of(const client_impl& impl) noexcept;

template <class T>
concept not_diagnostics = !std::same_as<std::remove_cvref_t<T>, diagnostics>;

// A completion token, not one of the arguments that may come before it.
template <class T>
concept completion_token_argument = not_diagnostics<T> && !std::same_as<std::remove_cvref_t<T>, request_options>;

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
        // `start` is overloaded on the result type, one per operation, found by ADL.
        start(*impl_, std::move(req), diag, typed_handler<T>(std::forward<Handler>(handler)));
    }
};

template <class T, class CompletionToken>
auto async_call(client_impl& impl, api_request req, diagnostics* diag, CompletionToken&& token)
{
    return boost::asio::async_initiate<CompletionToken, void(error_code, T)>(call_initiation<T>{&impl}, token, diag,
                                                                             std::move(req));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/detail/client_impl.hpp>
#endif

#endif
