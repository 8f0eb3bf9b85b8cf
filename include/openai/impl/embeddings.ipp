#ifndef OPENAI_IMPL_EMBEDDINGS_IPP
#define OPENAI_IMPL_EMBEDDINGS_IPP

#include <openai/impl/initiation.hpp>
#include <openai/resources/embeddings.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp, impl/stream.hpp).
template boost::asio::awaitable<create_embedding_response> detail::await_call<create_embedding_response>(
    detail::client_impl&, detail::api_request, diagnostics*);
#endif
namespace detail {

OPENAI_DECL api_request make_embedding_request(const embedding_create_params& params)
{
    // As the official SDKs do: base64 is smaller and faster to decode than float JSON.
    return make_post("/embeddings", params, [&](boost::json::object& body) {
        if (!params.encoding_format)
            body["encoding_format"] = "base64";
    });
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<create_embedding_response> handler)
{
    start_call<create_embedding_response>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
