// One API call before it becomes HTTP, and the handler an operation completes: what the public
// headers need to start a call, without the transport, the JSON reader or the client's state.
#ifndef OPENAI_DETAIL_API_REQUEST_HPP
#define OPENAI_DETAIL_API_REQUEST_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>
#include <openai/request_options.hpp>

#include <boost/asio/any_completion_handler.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// The methods the API uses; the transport maps them to HTTP.
enum class http_method : unsigned char
{
    get,
    post,
    delete_,
};

/// One API call before it becomes HTTP: method, path below the base URL, JSON body.
struct api_request
{
    http_method method = http_method::get;
    std::string path;  // e.g. "/chat/completions"
    std::string body;  // JSON text; empty for GET and DELETE
    request_options options;
    bool stream = false;  // the answer is a text/event-stream
};

template <class T>
using typed_handler = boost::asio::any_completion_handler<void(error_code, T)>;

class client_impl;

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
