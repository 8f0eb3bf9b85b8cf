// A completion token adapter that turns `void(error_code, T)` into `void(std::exception_ptr, T)`
// carrying the SDK's typed exception (rate_limit_error, authentication_error, ...).
//
// Every operation of the client completes with `void(error_code, T)`, the Asio convention, so
// `asio::as_tuple` and `asio::redirect_error` give exception-free code. Its default token is
// `with_diagnostics(asio::use_awaitable)`, so `co_await client.models.list()` throws the typed
// exception instead of a bare system_error. Wrap any other token the same way, e.g.
// `openai::with_diagnostics(asio::use_future)`.
//
// Not `asio::deferred` as default: Asio 1.80-1.81 cannot co_await a deferred operation whose
// signature is `void(std::exception_ptr, T)` (chriskohlhoff/asio#1190), and Debian 12 ships 1.81.
#ifndef OPENAI_WITH_DIAGNOSTICS_HPP
#define OPENAI_WITH_DIAGNOSTICS_HPP

#include <openai/detail/config.hpp>
#include <openai/diagnostics.hpp>
#include <openai/exceptions.hpp>

#include <boost/asio/associator.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

OPENAI_BEGIN_NAMESPACE

/// Completion token adapter: see the file comment.
template <class CompletionToken>
struct with_diagnostics_t
{
    CompletionToken token_;  ///< The wrapped token, which receives `void(std::exception_ptr, T)`.
};

/// Wraps a completion token so the operation completes with the SDK's typed exceptions.
template <class CompletionToken>
constexpr with_diagnostics_t<std::decay_t<CompletionToken>> with_diagnostics(CompletionToken&& token)
{
    return {std::forward<CompletionToken>(token)};
}

/// The default completion token of every operation of the client.
using default_token = with_diagnostics_t<boost::asio::use_awaitable_t<>>;

namespace detail {

template <class Handler>
struct diagnostics_handler
{
    Handler handler_;
    std::unique_ptr<diagnostics> owned_;  // when the caller passed no diagnostics of its own
    diagnostics* diag_ = nullptr;

    template <class... Args>
    void operator()(boost::system::error_code ec, Args&&... args)
    {
        std::exception_ptr ep;
        if (ec)
            ep = openai::make_exception_ptr(ec, *diag_);
        owned_.reset();
        std::move(handler_)(std::move(ep), std::forward<Args>(args)...);
    }
};

template <class Signature>
struct exception_signature;

template <class R, class... Args>
struct exception_signature<R(boost::system::error_code, Args...)>
{
    using type = R(std::exception_ptr, Args...);
};

}  // namespace detail

OPENAI_END_NAMESPACE

namespace boost::asio {

/// Makes with_diagnostics_t a completion token: the operation completes on the wrapped token
/// with the error_code replaced by the matching typed exception (null on success).
template <class CompletionToken, class Signature>
struct async_result<::openai::with_diagnostics_t<CompletionToken>, Signature>
    : async_result<CompletionToken, typename ::openai::detail::exception_signature<Signature>::type>
{
    /// The wrapped token's async_result, for `void(std::exception_ptr, T)`.
    using base_result = async_result<CompletionToken, typename ::openai::detail::exception_signature<Signature>::type>;

    /// The SDK's initiations take `diagnostics*` as their first argument (null when the caller
    /// passed none); this wrapper supplies one the handler owns.
    template <class Initiation>
    struct init_wrapper
    {
        Initiation initiation_;  ///< The operation's own initiation.

        /// Starts the operation with a handler that turns its error_code into an exception.
        template <class Handler, class... Args>
        void operator()(Handler&& handler, ::openai::diagnostics* diag, Args&&... args)
        {
            std::unique_ptr<::openai::diagnostics> owned;
            if (!diag)
            {
                owned = std::make_unique<::openai::diagnostics>();
                diag = owned.get();
            }
            std::move(initiation_)(
                ::openai::detail::diagnostics_handler<std::decay_t<Handler>>{std::forward<Handler>(handler),
                                                                             std::move(owned), diag},
                diag, std::forward<Args>(args)...);
        }
    };

    /// Starts the operation on the wrapped token.
    template <class Initiation, class RawCompletionToken, class... Args>
    static auto initiate(Initiation&& initiation, RawCompletionToken&& token, Args&&... args)
    {
        // async_initiate, not base_result::initiate: older tokens such as use_future only
        // provide the completion_handler_type/get() protocol.
        // A const wrapper (a constexpr token, as asio::use_awaitable is) holds a const token.
        using inner_token = std::conditional_t<std::is_const_v<std::remove_reference_t<RawCompletionToken>>,
                                               const CompletionToken, CompletionToken>;
        return async_initiate<inner_token, typename ::openai::detail::exception_signature<Signature>::type>(
            init_wrapper<std::decay_t<Initiation>>{std::forward<Initiation>(initiation)}, token.token_,
            std::forward<Args>(args)...);
    }
};

/// The wrapped handler's executor, allocator and cancellation slot stay associated with it.
template <template <class, class> class Associator, class Handler, class DefaultCandidate>
struct associator<Associator, ::openai::detail::diagnostics_handler<Handler>, DefaultCandidate>
    : Associator<Handler, DefaultCandidate>
{
    /// The wrapped handler's associated object.
    static typename Associator<Handler, DefaultCandidate>::type get(
        const ::openai::detail::diagnostics_handler<Handler>& h) noexcept
    {
        return Associator<Handler, DefaultCandidate>::get(h.handler_);
    }

    /// The wrapped handler's associated object, or `c`.
    static auto get(const ::openai::detail::diagnostics_handler<Handler>& h, const DefaultCandidate& c) noexcept
        -> decltype(Associator<Handler, DefaultCandidate>::get(h.handler_, c))
    {
        return Associator<Handler, DefaultCandidate>::get(h.handler_, c);
    }
};

}  // namespace boost::asio

#endif
