// client.completions: legacy text completions, for code written against the older endpoint.
#ifndef OPENAI_RESOURCES_COMPLETIONS_HPP
#define OPENAI_RESOURCES_COMPLETIONS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/streaming/completion_stream.hpp>
#include <openai/types/completion.hpp>
#include <openai/types/completion_create_params.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {
OPENAI_DECL api_request make_completion_request(const completion_create_params& params);
OPENAI_DECL api_request make_completion_stream_request(const completion_create_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<completion> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<completion_stream> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.completions: create() and stream() on the legacy completions endpoint.
class completions
{
public:
    /// Creates a completion for a prompt: POST /completions.
    ///
    /// An asynchronous operation with signature `void(openai::error_code, openai::completion)`.
    /// With the default token it is awaitable and throws the typed exceptions of
    /// <openai/exceptions.hpp>. `params` is serialized before the call returns: a deferred operation never reads it again.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(const completion_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<completion>(*impl_, detail::make_completion_request(params), nullptr,
                                              std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto create(const completion_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<completion>(*impl_, detail::make_completion_request(params), &diag,
                                              std::forward<CompletionToken>(token));
    }

    /// Creates a completion and streams it: POST /completions with `"stream": true`.
    /// Completes with a completion_stream whose chunks are `completion` values holding the new
    /// text (see openai::stream); errors and retries as for chat.completions.stream().
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto stream(const completion_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<completion_stream>(*impl_, detail::make_completion_stream_request(params), nullptr,
                                                     std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details. `diag` must outlive the operation.
    template <class CompletionToken = default_token>
    auto stream(const completion_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<completion_stream>(*impl_, detail::make_completion_stream_request(params), &diag,
                                                     std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit completions(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/completions.ipp>
#endif

#endif
