// client.embeddings: embedding vectors for text or tokens.
#ifndef OPENAI_RESOURCES_EMBEDDINGS_HPP
#define OPENAI_RESOURCES_EMBEDDINGS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/types/create_embedding_response.hpp>
#include <openai/types/embedding_create_params.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {
OPENAI_DECL api_request make_embedding_request(const embedding_create_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<create_embedding_response> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.embeddings: create().
class embeddings
{
public:
    /// Creates embedding vectors: POST /embeddings.
    ///
    /// An asynchronous operation with signature `void(openai::error_code, openai::create_embedding_response)`.
    /// With the default token it is awaitable and throws the typed exceptions of
    /// <openai/exceptions.hpp>. `params` is serialized before the call returns: a deferred operation never reads it again.
    /// Unless `encoding_format` is set, asks for base64 (a third of the bytes, far cheaper to
    /// parse) and decodes it: `data[i].embedding` holds floats either way.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(const embedding_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<create_embedding_response>(*impl_, detail::make_embedding_request(params), nullptr,
                                                             std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto create(const embedding_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<create_embedding_response>(*impl_, detail::make_embedding_request(params), &diag,
                                                             std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit embeddings(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/embeddings.ipp>
#endif

#endif
