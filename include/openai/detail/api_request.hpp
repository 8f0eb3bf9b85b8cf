// One API call before it becomes HTTP, and the handler an operation completes: what the public
// headers need to start a call, without the transport, the JSON reader or the client's state.
#ifndef OPENAI_DETAIL_API_REQUEST_HPP
#define OPENAI_DETAIL_API_REQUEST_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>
#include <openai/request_options.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>

#include <memory>
#include <string>

OPENAI_BEGIN_NAMESPACE
struct client_options;

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

// The client's state is reached through these, out of line, so that a program compiled separately
// sees no more of it than this header: the transport, the JSON reader and the retry loop stay in
// <openai/src.hpp>. Declared once here, before any header that defines them.
OPENAI_DECL std::shared_ptr<client_impl> make_client_impl(boost::asio::any_io_executor ex, client_options options);
OPENAI_DECL const client_options& options_of(const client_impl& impl) noexcept;
/// The executor of a client's operations (for tokens that ask the initiation for one).
OPENAI_DECL boost::asio::any_io_executor executor_of(const client_impl& impl) noexcept;

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
