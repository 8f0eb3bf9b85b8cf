// client.chat.completions: create a model response for a chat conversation.
#ifndef OPENAI_RESOURCES_CHAT_COMPLETIONS_HPP
#define OPENAI_RESOURCES_CHAT_COMPLETIONS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/streaming/chat_completion_stream.hpp>
#include <openai/types/chat.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {
OPENAI_DECL api_request make_chat_completion_request(const chat_completion_create_params& params);
OPENAI_DECL api_request make_chat_completion_stream_request(const chat_completion_create_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<chat_completion> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<chat_completion_stream> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.chat.completions: create() and stream().
class chat_completions
{
public:
    /// Creates a chat completion: POST /chat/completions.
    ///
    /// An asynchronous operation with signature `void(openai::error_code, openai::chat_completion)`.
    /// With the default token it is awaitable and throws the typed exceptions of
    /// <openai/exceptions.hpp>. `params` is serialized before the call returns: a deferred operation never reads it again.
    /// Per-operation cancellation of any type is honoured; the connection in use is then closed.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(const chat_completion_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<chat_completion>(*impl_, detail::make_chat_completion_request(params), nullptr,
                                                   std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details (status, request id, error body) for
    /// code that does not use exceptions, e.g. with `asio::as_tuple`. `diag` must outlive the
    /// operation.
    template <class CompletionToken = default_token>
    auto create(const chat_completion_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<chat_completion>(*impl_, detail::make_chat_completion_request(params), &diag,
                                                   std::forward<CompletionToken>(token));
    }

    /// Creates a chat completion and streams it as it is generated: POST /chat/completions
    /// with `"stream": true`. Completes once the answer's headers arrived, with a
    /// chat_completion_stream to read the chunks from (see openai::stream).
    ///
    /// An asynchronous operation with signature
    /// `void(openai::error_code, openai::chat_completion_stream)`. An error status throws the
    /// same typed exceptions as create(); the request is retried like create() until the
    /// stream has begun, never after. Set `stream_options.include_usage` for a last chunk with
    /// the token usage.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto stream(const chat_completion_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<chat_completion_stream>(*impl_, detail::make_chat_completion_stream_request(params),
                                                          nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details. `diag` must outlive the operation.
    template <class CompletionToken = default_token>
    auto stream(const chat_completion_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<chat_completion_stream>(*impl_, detail::make_chat_completion_stream_request(params),
                                                          &diag, std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    friend class chat;
    explicit chat_completions(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

/// client.chat
class chat
{
public:
    /// client.chat.completions
    chat_completions completions;

private:
    template <class Executor>
    friend class openai::basic_client;
    explicit chat(detail::client_impl& impl) noexcept : completions(impl) {}
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/chat_completions.ipp>
#endif

#endif
