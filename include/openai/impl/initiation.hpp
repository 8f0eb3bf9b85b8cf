// The definition of detail::await_call, the default token's operation. Included by
// <openai/detail/initiation.hpp> in header-only mode, and by the resources' .ipp files, which
// instantiate it for their result types, under OPENAI_SEPARATE_COMPILATION.
#ifndef OPENAI_IMPL_INITIATION_HPP
#define OPENAI_IMPL_INITIATION_HPP

#include <openai/detail/initiation.hpp>

#include <boost/asio/use_awaitable.hpp>

#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class T>
boost::asio::awaitable<T> await_call(client_impl& impl, api_request req, diagnostics* diag)
{
    default_token token;
    return boost::asio::async_initiate<default_token, void(error_code, T)>(call_initiation<T>{&impl}, token, diag,
                                                                           std::move(req));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
