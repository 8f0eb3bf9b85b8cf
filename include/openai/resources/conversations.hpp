// client.conversations: Conversations hold items (messages, tool calls, ...) across responses:
// create, retrieve, update, del, and client.conversations.items.
#ifndef OPENAI_RESOURCES_CONVERSATIONS_HPP
#define OPENAI_RESOURCES_CONVERSATIONS_HPP

// The generated types are only declared here (<openai/types/fwd.hpp>): a file that calls the
// Conversations API includes <openai/types/conversations.hpp> or <openai/openai.hpp>, and no
// other file pays to parse them.
#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/types/conversations/item_list_params.hpp>
#include <openai/types/conversations/item_retrieve_params.hpp>
#include <openai/types/fwd.hpp>
#include <openai/types/page.hpp>

#include <string_view>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {
OPENAI_DECL api_request make_conversation_request(http_method method, std::string_view conversation_id,
                                                  std::string_view item_id, request_options options);
OPENAI_DECL api_request make_conversation_create_request(const conversation_create_params& params);
OPENAI_DECL api_request make_conversation_update_request(std::string_view conversation_id,
                                                         const conversation_update_params& params);
OPENAI_DECL api_request make_item_create_request(std::string_view conversation_id, const item_create_params& params);
OPENAI_DECL api_request make_item_list_request(std::string_view conversation_id, const item_list_params& params);
OPENAI_DECL api_request make_item_retrieve_request(std::string_view conversation_id, std::string_view item_id,
                                                   const item_retrieve_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<conversation> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<conversation_deleted_resource> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<conversation_item> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<conversation_item_list> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<page<conversation_item>> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {
/// client.conversations.items: create(), retrieve(), list(), del().
class items
{
public:
    /// Adds items to a conversation: POST /conversations/{conversation_id}/items. Completes with the items created.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(std::string_view conversation_id, const item_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<conversation_item_list>(*impl_,
                                                          detail::make_item_create_request(conversation_id, params),
                                                          nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto create(std::string_view conversation_id, const item_create_params& params, diagnostics& diag,
                CompletionToken&& token = {})
    {
        return detail::async_call<conversation_item_list>(*impl_,
                                                          detail::make_item_create_request(conversation_id, params),
                                                          &diag, std::forward<CompletionToken>(token));
    }

    /// Retrieves one item of a conversation: GET /conversations/{conversation_id}/items/{item_id}.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto retrieve(std::string_view conversation_id, std::string_view item_id, CompletionToken&& token = {})
    {
        return retrieve(conversation_id, item_id, item_retrieve_params(), std::forward<CompletionToken>(token));
    }

    /// As above, with its parameters and per-request options.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto retrieve(std::string_view conversation_id, std::string_view item_id, const item_retrieve_params& params,
                  CompletionToken&& token = {})
    {
        return detail::async_call<conversation_item>(
            *impl_, detail::make_item_retrieve_request(conversation_id, item_id, params), nullptr,
            std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto retrieve(std::string_view conversation_id, std::string_view item_id, const item_retrieve_params& params,
                  diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<conversation_item>(
            *impl_, detail::make_item_retrieve_request(conversation_id, item_id, params), &diag,
            std::forward<CompletionToken>(token));
    }

    /// Lists a conversation's items: GET /conversations/{conversation_id}/items. Completes with `openai::page<openai::conversation_item>`, whose get_next_page() fetches the items after it.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto list(std::string_view conversation_id, CompletionToken&& token = {})
    {
        return list(conversation_id, item_list_params(), std::forward<CompletionToken>(token));
    }

    /// As above, with its parameters and per-request options.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto list(std::string_view conversation_id, const item_list_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<page<conversation_item>>(*impl_,
                                                           detail::make_item_list_request(conversation_id, params),
                                                           nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto list(std::string_view conversation_id, const item_list_params& params, diagnostics& diag,
              CompletionToken&& token = {})
    {
        return detail::async_call<page<conversation_item>>(*impl_,
                                                           detail::make_item_list_request(conversation_id, params),
                                                           &diag, std::forward<CompletionToken>(token));
    }

    /// Deletes an item from a conversation: DELETE /conversations/{conversation_id}/items/{item_id}. Completes with the conversation.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto del(std::string_view conversation_id, std::string_view item_id, CompletionToken&& token = {})
    {
        return del(conversation_id, item_id, request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto del(std::string_view conversation_id, std::string_view item_id, request_options options,
             CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_,
                                                detail::make_conversation_request(detail::http_method::delete_,
                                                                                  conversation_id, item_id,
                                                                                  std::move(options)),
                                                nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto del(std::string_view conversation_id, std::string_view item_id, request_options options, diagnostics& diag,
             CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_,
                                                detail::make_conversation_request(detail::http_method::delete_,
                                                                                  conversation_id, item_id,
                                                                                  std::move(options)),
                                                &diag, std::forward<CompletionToken>(token));
    }

private:
    friend class conversations;
    explicit items(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

/// client.conversations: create(), retrieve(), update(), del(), and the sub-resource items.
///
/// Every call is an asynchronous operation that accepts any completion token; with the default
/// token it is awaitable and throws the typed exceptions of <openai/exceptions.hpp>. A request
/// is serialized before the call returns. Path parameters come first, in the order of the URL.
class conversations
{
public:
    /// client.conversations.items.
    resources::items items;

    /// Creates a conversation, with items to start from if given: POST /conversations.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(const conversation_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_, detail::make_conversation_create_request(params), nullptr,
                                                std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto create(const conversation_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_, detail::make_conversation_create_request(params), &diag,
                                                std::forward<CompletionToken>(token));
    }

    /// Retrieves a conversation: GET /conversations/{conversation_id}.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto retrieve(std::string_view conversation_id, CompletionToken&& token = {})
    {
        return retrieve(conversation_id, request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto retrieve(std::string_view conversation_id, request_options options, CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(
            *impl_,
            detail::make_conversation_request(detail::http_method::get, conversation_id, {}, std::move(options)),
            nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto retrieve(std::string_view conversation_id, request_options options, diagnostics& diag,
                  CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(
            *impl_,
            detail::make_conversation_request(detail::http_method::get, conversation_id, {}, std::move(options)), &diag,
            std::forward<CompletionToken>(token));
    }

    /// Updates a conversation's metadata: POST /conversations/{conversation_id}.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto update(std::string_view conversation_id, const conversation_update_params& params,
                CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_,
                                                detail::make_conversation_update_request(conversation_id, params),
                                                nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto update(std::string_view conversation_id, const conversation_update_params& params, diagnostics& diag,
                CompletionToken&& token = {})
    {
        return detail::async_call<conversation>(*impl_,
                                                detail::make_conversation_update_request(conversation_id, params),
                                                &diag, std::forward<CompletionToken>(token));
    }

    /// Deletes a conversation (its items are not deleted): DELETE /conversations/{conversation_id}.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto del(std::string_view conversation_id, CompletionToken&& token = {})
    {
        return del(conversation_id, request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.

    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto del(std::string_view conversation_id, request_options options, CompletionToken&& token = {})
    {
        return detail::async_call<conversation_deleted_resource>(
            *impl_,
            detail::make_conversation_request(detail::http_method::delete_, conversation_id, {}, std::move(options)),
            nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto del(std::string_view conversation_id, request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<conversation_deleted_resource>(
            *impl_,
            detail::make_conversation_request(detail::http_method::delete_, conversation_id, {}, std::move(options)),
            &diag, std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit conversations(detail::client_impl& impl) noexcept : items(impl), impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/conversations.ipp>
#endif

#endif
