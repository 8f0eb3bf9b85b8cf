#ifndef OPENAI_IMPL_CONVERSATIONS_IPP
#define OPENAI_IMPL_CONVERSATIONS_IPP

#include <openai/detail/client_impl.hpp>
#include <openai/detail/url.hpp>
#include <openai/impl/initiation.hpp>
#include <openai/impl/stream.hpp>
#include <openai/resources/conversations.hpp>
#include <openai/types/conversations.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp).
template boost::asio::awaitable<conversation> detail::await_call<conversation>(detail::client_impl&,
                                                                               detail::api_request, diagnostics*);
template boost::asio::awaitable<conversation_deleted_resource> detail::await_call<conversation_deleted_resource>(
    detail::client_impl&, detail::api_request, diagnostics*);
template boost::asio::awaitable<conversation_item> detail::await_call<conversation_item>(detail::client_impl&,
                                                                                         detail::api_request,
                                                                                         diagnostics*);
template boost::asio::awaitable<conversation_item_list> detail::await_call<conversation_item_list>(detail::client_impl&,
                                                                                                   detail::api_request,
                                                                                                   diagnostics*);
template boost::asio::awaitable<page<conversation_item>> detail::await_call<page<conversation_item>>(
    detail::client_impl&, detail::api_request, diagnostics*);
#endif
namespace detail {

inline std::string conversation_path(std::string_view conversation_id, std::string_view item_id)
{
    std::string path = "/conversations/" + encode_path_segment(conversation_id);
    if (!item_id.empty())
        path += "/items/" + encode_path_segment(item_id);
    return path;
}

OPENAI_DECL api_request make_conversation_request(http_method method, std::string_view conversation_id,
                                                  std::string_view item_id, request_options options)
{
    api_request req;
    req.method = method;
    req.path = conversation_path(conversation_id, item_id);
    req.options = std::move(options);
    return req;
}

OPENAI_DECL api_request make_conversation_create_request(const conversation_create_params& params)
{
    return make_post("/conversations", params);
}

OPENAI_DECL api_request make_conversation_update_request(std::string_view conversation_id,
                                                         const conversation_update_params& params)
{
    return make_post(conversation_path(conversation_id, {}), params);
}

OPENAI_DECL api_request make_item_create_request(std::string_view conversation_id, const item_create_params& params)
{
    return make_post(conversation_path(conversation_id, {}) + "/items", params);
}

OPENAI_DECL api_request make_item_list_request(std::string_view conversation_id, const item_list_params& params)
{
    return make_get(conversation_path(conversation_id, {}) + "/items", params);
}

OPENAI_DECL api_request make_item_retrieve_request(std::string_view conversation_id, std::string_view item_id,
                                                   const item_retrieve_params& params)
{
    return make_get(conversation_path(conversation_id, item_id), params);
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<conversation> handler)
{
    start_call<conversation>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<conversation_deleted_resource> handler)
{
    start_call<conversation_deleted_resource>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<conversation_item> handler)
{
    start_call<conversation_item>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<conversation_item_list> handler)
{
    start_call<conversation_item_list>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<page<conversation_item>> handler)
{
    start_call<page<conversation_item>>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
