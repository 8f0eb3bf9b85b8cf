// client.responses: the Responses API (create, stream, retrieve, delete, cancel, compact), with
// client.responses.input_items and client.responses.input_tokens.
#ifndef OPENAI_RESOURCES_RESPONSES_HPP
#define OPENAI_RESOURCES_RESPONSES_HPP

// The generated types are only declared here (<openai/types/fwd.hpp>): a file that calls the
// Responses API includes <openai/types/responses.hpp> or <openai/openai.hpp>, and no other file
// pays to parse them.
#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/stream.hpp>
#include <openai/types/fwd.hpp>
#include <openai/types/page.hpp>
#include <openai/types/responses/input_item_list_params.hpp>
#include <openai/types/responses/response_retrieve_params.hpp>

#include <string>
#include <string_view>
#include <utility>

OPENAI_BEGIN_NAMESPACE
class response_accumulator;
/// As in <openai/streaming/response_stream.hpp>, which defines what it names.
using response_stream = stream<response_stream_event, response_accumulator>;

namespace detail {
OPENAI_DECL api_request make_response_create_request(const response_create_params& params, bool stream);
OPENAI_DECL api_request make_response_retrieve_request(std::string_view response_id,
                                                       const response_retrieve_params& params, bool stream);
OPENAI_DECL api_request make_response_id_request(http_method method, std::string_view response_id,
                                                 std::string_view action, request_options options);
OPENAI_DECL api_request make_input_item_list_request(std::string_view response_id,
                                                     const input_item_list_params& params);
OPENAI_DECL api_request make_input_token_count_request(const input_token_count_params& params);
OPENAI_DECL api_request make_response_compact_request(const response_compact_params& params);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<response> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<response_stream> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<page<response_item>> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<input_token_count_response> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<compacted_response> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.responses.input_items: list().
class input_items
{
public:
    /// Lists the input items of a stored response: GET /responses/{response_id}/input_items.
    /// Completes with `openai::page<openai::response_item>`, whose get_next_page() fetches the
    /// items after it.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto list(std::string_view response_id, CompletionToken&& token = {})
    {
        return list(response_id, input_item_list_params(), std::forward<CompletionToken>(token));
    }

    /// As above, with query parameters (after, include, limit, order) and per-request options.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto list(std::string_view response_id, const input_item_list_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<page<response_item>>(*impl_,
                                                       detail::make_input_item_list_request(response_id, params),
                                                       nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto list(std::string_view response_id, const input_item_list_params& params, diagnostics& diag,
              CompletionToken&& token = {})
    {
        return detail::async_call<page<response_item>>(*impl_,
                                                       detail::make_input_item_list_request(response_id, params), &diag,
                                                       std::forward<CompletionToken>(token));
    }

private:
    friend class responses;
    explicit input_items(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

/// client.responses.input_tokens: count().
class input_tokens
{
public:
    /// Counts the input tokens a request would use: POST /responses/input_tokens.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto count(const input_token_count_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<input_token_count_response>(*impl_, detail::make_input_token_count_request(params),
                                                              nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto count(const input_token_count_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<input_token_count_response>(*impl_, detail::make_input_token_count_request(params),
                                                              &diag, std::forward<CompletionToken>(token));
    }

private:
    friend class responses;
    explicit input_tokens(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

/// client.responses: create(), stream(), retrieve(), del(), cancel(), compact(), and the
/// sub-resources input_items and input_tokens.
///
/// Every call is an asynchronous operation that accepts any completion token; with the default
/// token it is awaitable and throws the typed exceptions of <openai/exceptions.hpp>. A request
/// is serialized before the call returns: a deferred operation never reads it again. Path
/// parameters come first, in the order of the URL.
class responses
{
public:
    /// client.responses.input_items.
    resources::input_items input_items;
    /// client.responses.input_tokens.
    resources::input_tokens input_tokens;

    /// Creates a model response: POST /responses. Completes with `openai::response`; its
    /// `output_text()` is the text of every output message. `stream` in the params is ignored:
    /// stream() streams.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto create(const response_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<response>(*impl_, detail::make_response_create_request(params, false), nullptr,
                                            std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto create(const response_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<response>(*impl_, detail::make_response_create_request(params, false), &diag,
                                            std::forward<CompletionToken>(token));
    }

    /// Creates a model response and streams its events: POST /responses with `stream: true`.
    /// Completes with an `openai::response_stream` once the answer's headers are in; its
    /// `next()` yields `openai::response_stream_event`s and `get_final_response()` the response.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto stream(const response_create_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<response_stream>(*impl_, detail::make_response_create_request(params, true), nullptr,
                                                   std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto stream(const response_create_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<response_stream>(*impl_, detail::make_response_create_request(params, true), &diag,
                                                   std::forward<CompletionToken>(token));
    }

    /// Streams the events of a stored response, created with `background: true`: GET
    /// /responses/{response_id}?stream=true. With `params.starting_after`, from the event after
    /// that sequence number: how a stream cut by a dropped connection resumes.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto stream(std::string_view response_id, const response_retrieve_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<response_stream>(*impl_,
                                                   detail::make_response_retrieve_request(response_id, params, true),
                                                   nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto stream(std::string_view response_id, const response_retrieve_params& params, diagnostics& diag,
                CompletionToken&& token = {})
    {
        return detail::async_call<response_stream>(*impl_,
                                                   detail::make_response_retrieve_request(response_id, params, true),
                                                   &diag, std::forward<CompletionToken>(token));
    }

    /// Retrieves a stored response: GET /responses/{response_id}.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto retrieve(std::string_view response_id, CompletionToken&& token = {})
    {
        return retrieve(response_id, response_retrieve_params(), std::forward<CompletionToken>(token));
    }

    /// As above, with query parameters (include) and per-request options.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto retrieve(std::string_view response_id, const response_retrieve_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<response>(*impl_, detail::make_response_retrieve_request(response_id, params, false),
                                            nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto retrieve(std::string_view response_id, const response_retrieve_params& params, diagnostics& diag,
                  CompletionToken&& token = {})
    {
        return detail::async_call<response>(*impl_, detail::make_response_retrieve_request(response_id, params, false),
                                            &diag, std::forward<CompletionToken>(token));
    }

    /// Deletes a stored response: DELETE /responses/{response_id}. An asynchronous operation
    /// with signature `void(openai::error_code)`.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto del(std::string_view response_id, CompletionToken&& token = {})
    {
        return del(response_id, request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto del(std::string_view response_id, request_options options, CompletionToken&& token = {})
    {
        return detail::async_call_void(
            *impl_, detail::make_response_id_request(detail::http_method::delete_, response_id, {}, std::move(options)),
            nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto del(std::string_view response_id, request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call_void(
            *impl_, detail::make_response_id_request(detail::http_method::delete_, response_id, {}, std::move(options)),
            &diag, std::forward<CompletionToken>(token));
    }

    /// Cancels a response created with `background: true`: POST /responses/{response_id}/cancel.
    /// Completes with the response, its status "cancelled".
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto cancel(std::string_view response_id, CompletionToken&& token = {})
    {
        return cancel(response_id, request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto cancel(std::string_view response_id, request_options options, CompletionToken&& token = {})
    {
        return detail::async_call<response>(
            *impl_,
            detail::make_response_id_request(detail::http_method::post, response_id, "/cancel", std::move(options)),
            nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto cancel(std::string_view response_id, request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<response>(
            *impl_,
            detail::make_response_id_request(detail::http_method::post, response_id, "/cancel", std::move(options)),
            &diag, std::forward<CompletionToken>(token));
    }

    /// Compacts a conversation's items into fewer: POST /responses/compact.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto compact(const response_compact_params& params, CompletionToken&& token = {})
    {
        return detail::async_call<compacted_response>(*impl_, detail::make_response_compact_request(params), nullptr,
                                                      std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto compact(const response_compact_params& params, diagnostics& diag, CompletionToken&& token = {})
    {
        return detail::async_call<compacted_response>(*impl_, detail::make_response_compact_request(params), &diag,
                                                      std::forward<CompletionToken>(token));
    }

private:
    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit responses(detail::client_impl& impl) noexcept : input_items(impl), input_tokens(impl), impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/responses.ipp>
#endif

#endif
