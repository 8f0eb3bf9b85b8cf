#ifndef OPENAI_IMPL_COMPLETIONS_IPP
#define OPENAI_IMPL_COMPLETIONS_IPP

#include <openai/impl/initiation.hpp>
#include <openai/impl/stream.hpp>
#include <openai/resources/completions.hpp>

OPENAI_BEGIN_NAMESPACE

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled here once: a user's file only declares them (detail/initiation.hpp, impl/stream.hpp).
template boost::asio::awaitable<completion> detail::await_call<completion>(detail::client_impl&, detail::api_request,
                                                                           diagnostics*);
template boost::asio::awaitable<completion_stream> detail::await_call<completion_stream>(detail::client_impl&,
                                                                                         detail::api_request,
                                                                                         diagnostics*);
template class stream<completion, completion_accumulator>;
#endif
namespace detail {

OPENAI_DECL api_request make_completion_request(const completion_create_params& params)
{
    // Streaming goes through stream(); the API refuses stream_options without stream.
    return make_post("/completions", params, [](boost::json::object& body) {
        body.erase("stream");
        body.erase("stream_options");
    });
}

OPENAI_DECL api_request make_completion_stream_request(const completion_create_params& params)
{
    api_request req = make_post("/completions", params, [](boost::json::object& body) { body["stream"] = true; });
    req.stream = true;
    return req;
}

#ifdef OPENAI_SEPARATE_COMPILATION
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<completion> handler)
{
    start_call<completion>(impl, std::move(req), diag, std::move(handler));
}

OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<completion_stream> handler)
{
    start_call<completion_stream>(impl, std::move(req), diag, std::move(handler));
}
#endif

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
