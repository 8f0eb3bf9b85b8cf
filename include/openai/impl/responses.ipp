#ifndef OPENAI_IMPL_RESPONSES_IPP
#define OPENAI_IMPL_RESPONSES_IPP

#include <openai/detail/client_impl.hpp>
#include <openai/detail/url.hpp>
#include <openai/impl/initiation.hpp>
#include <openai/impl/stream.hpp>
#include <openai/resources/responses.hpp>
#include <openai/streaming/response_stream.hpp>
#include <openai/types/responses.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp, impl/stream.hpp).
template boost::asio::awaitable<response> detail::await_call<response>(detail::client_impl&, detail::api_request,
                                                                       diagnostics*);
template boost::asio::awaitable<response_stream> detail::await_call<response_stream>(detail::client_impl&,
                                                                                     detail::api_request, diagnostics*);
template boost::asio::awaitable<page<response_item>> detail::await_call<page<response_item>>(detail::client_impl&,
                                                                                             detail::api_request,
                                                                                             diagnostics*);
template boost::asio::awaitable<input_token_count_response> detail::await_call<input_token_count_response>(
    detail::client_impl&, detail::api_request, diagnostics*);
template boost::asio::awaitable<compacted_response> detail::await_call<compacted_response>(detail::client_impl&,
                                                                                           detail::api_request,
                                                                                           diagnostics*);
template class stream<response_stream_event, response_accumulator>;
#endif
namespace detail {

OPENAI_DECL api_request make_response_create_request(const response_create_params& params, bool stream)
{
    // create() reads one response and stream() a stream, whatever `stream` says in the params.
    api_request req = make_post("/responses", params, [stream](boost::json::object& body) {
        if (stream)
            body["stream"] = true;
        else
        {
            body.erase("stream");
            body.erase("stream_options");
        }
    });
    req.stream = stream;
    return req;
}

OPENAI_DECL api_request make_response_retrieve_request(std::string_view response_id,
                                                       const response_retrieve_params& params, bool stream)
{
    api_request req = make_get("/responses/" + encode_path_segment(response_id), params);
    if (stream)
        req.options.extra_query.insert(req.options.extra_query.begin(), {"stream", "true"});
    req.stream = stream;
    return req;
}

OPENAI_DECL api_request make_response_id_request(http_method method, std::string_view response_id,
                                                 std::string_view action, request_options options)
{
    api_request req;
    req.method = method;
    req.path = "/responses/" + encode_path_segment(response_id) + std::string(action);
    req.options = std::move(options);
    return req;
}

OPENAI_DECL api_request make_input_item_list_request(std::string_view response_id, const input_item_list_params& params)
{
    return make_get("/responses/" + encode_path_segment(response_id) + "/input_items", params);
}

OPENAI_DECL api_request make_input_token_count_request(const input_token_count_params& params)
{
    return make_post("/responses/input_tokens", params);
}

OPENAI_DECL api_request make_response_compact_request(const response_compact_params& params)
{
    return make_post("/responses/compact", params);
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<response> handler)
{
    start_call<response>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<response_stream> handler)
{
    start_call<response_stream>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<page<response_item>> handler)
{
    start_call<page<response_item>>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag,
                       typed_handler<input_token_count_response> handler)
{
    start_call<input_token_count_response>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<compacted_response> handler)
{
    start_call<compacted_response>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
