#ifndef OPENAI_IMPL_COMPLETIONS_IPP
#define OPENAI_IMPL_COMPLETIONS_IPP

#include <openai/resources/completions.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL api_request make_completion_request(completion_create_params&& params)
{
    return make_post("/completions", std::move(params));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<completion> handler)
{
    impl.async_call<completion>(std::move(req), diag, std::move(handler));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
