// The request line and header fields of an HTTP/1.1 request, as bytes for the wire.
#ifndef OPENAI_DETAIL_REQUEST_HEAD_HPP
#define OPENAI_DETAIL_REQUEST_HEAD_HPP

#include <openai/detail/config.hpp>

#include <boost/beast/http/message.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// Writes `req`'s request line and fields into `out` (replacing its contents, keeping its
/// capacity), ending with the empty line; the body follows it on the wire unchanged. The bytes
/// are what Beast's serializer produces for a request with a Content-Length, in one string
/// instead of a buffer per token, which the transport writes with the body in one call.
template <class Body, class Fields>
void serialize_request_head(const boost::beast::http::request<Body, Fields>& req, std::string& out)
{
    out.clear();
    out.append(req.method_string()).append(" ").append(req.target());
    out.append(req.version() == 10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n");
    for (const auto& field : req)
        out.append(field.name_string()).append(": ").append(field.value()).append("\r\n");
    out.append("\r\n");
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
