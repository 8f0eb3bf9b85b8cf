// client.images: image generation.
#ifndef OPENAI_RESOURCES_IMAGES_HPP
#define OPENAI_RESOURCES_IMAGES_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/types/image_generate_params.hpp>
#include <openai/types/images_response.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {
OPENAI_DECL api_request make_image_generate_request(const image_generate_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<images_response> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.images: generate().
class images
{
public:
    /// Creates images from a prompt: POST /images/generations.
    ///
    /// An asynchronous operation with signature `void(openai::error_code, openai::images_response)`.
    /// With the default token it is awaitable and throws the typed exceptions of
    /// <openai/exceptions.hpp>. `params` is serialized before the call returns: a deferred operation never reads it again.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto generate(const image_generate_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<images_response>(*impl_, detail::make_image_generate_request(params), nullptr,
                                                   std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto generate(const image_generate_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<images_response>(*impl_, detail::make_image_generate_request(params), &diag,
                                                   std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit images(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/images.ipp>
#endif

#endif
