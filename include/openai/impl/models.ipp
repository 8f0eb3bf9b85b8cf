#ifndef OPENAI_IMPL_MODELS_IPP
#define OPENAI_IMPL_MODELS_IPP

#include <openai/impl/initiation.hpp>
#include <openai/resources/models.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp, impl/stream.hpp).
template boost::asio::awaitable<page<model>> detail::await_call<page<model>>(detail::client_impl&, detail::api_request,
                                                                             diagnostics*);
template boost::asio::awaitable<model> detail::await_call<model>(detail::client_impl&, detail::api_request,
                                                                 diagnostics*);
template boost::asio::awaitable<model_deleted> detail::await_call<model_deleted>(detail::client_impl&,
                                                                                 detail::api_request, diagnostics*);
#endif
namespace detail {

OPENAI_DECL api_request make_model_request(http_method method, std::optional<std::string> model,
                                           request_options options)
{
    api_request req;
    req.method = method;
    req.options = std::move(options);
    req.path = model ? "/models/" + encode_path_segment(*model) : "/models";
    return req;
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<page<model>> handler)
{
    start_call<page<model>>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<model> handler)
{
    start_call<model>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<model_deleted> handler)
{
    start_call<model_deleted>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
