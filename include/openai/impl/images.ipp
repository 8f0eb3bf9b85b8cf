#ifndef OPENAI_IMPL_IMAGES_IPP
#define OPENAI_IMPL_IMAGES_IPP

#include <openai/impl/initiation.hpp>
#include <openai/resources/images.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp, impl/stream.hpp).
template boost::asio::awaitable<images_response> detail::await_call<images_response>(detail::client_impl&,
                                                                                     detail::api_request, diagnostics*);
#endif
namespace detail {

OPENAI_DECL api_request make_image_generate_request(const image_generate_params& params)
{
    // generate() reads one images_response: a stream of image events (partial images) would
    // fail to decode, after the images were generated and billed.
    return make_post("/images/generations", params, [](boost::json::object& body) {
        body.erase("stream");
        body.erase("partial_images");
    });
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<images_response> handler)
{
    start_call<images_response>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
