#ifndef OPENAI_IMPL_IMAGES_IPP
#define OPENAI_IMPL_IMAGES_IPP

#include <openai/resources/images.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL api_request make_image_generate_request(image_generate_params&& params)
{
    // generate() reads one images_response: a stream of image events (partial images) would
    // fail to decode, after the images were generated and billed.
    params.stream.reset();
    params.partial_images.reset();
    return make_post("/images/generations", std::move(params));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<images_response> handler)
{
    impl.async_call<images_response>(std::move(req), diag, std::move(handler));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
