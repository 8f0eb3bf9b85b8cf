#ifndef OPENAI_IMPL_EMBEDDINGS_IPP
#define OPENAI_IMPL_EMBEDDINGS_IPP

#include <openai/resources/embeddings.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL api_request make_embedding_request(embedding_create_params&& params)
{
    // As the official SDKs do: base64 is smaller and faster to decode than float JSON.
    if (!params.encoding_format)
        params.encoding_format = "base64";
    return make_post("/embeddings", std::move(params));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<create_embedding_response> handler)
{
    impl.async_call<create_embedding_response>(std::move(req), diag, std::move(handler));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
