#ifndef OPENAI_IMPL_TCP_OR_TLS_STREAM_IPP
#define OPENAI_IMPL_TCP_OR_TLS_STREAM_IPP

#include <openai/detail/tcp_or_tls_stream.hpp>

#if !defined(_WIN32)
#include <cerrno>
#include <sys/socket.h>
#endif

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL bool tcp_or_tls_stream::peer_closed() noexcept
{
#if defined(_WIN32)
    return false;  // the retry on a fresh connection covers it
#else
    char byte = 0;
    auto n = ::recv(tcp().socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0)
        return true;  // orderly shutdown
    if (n < 0)
        return errno != EAGAIN && errno != EWOULDBLOCK;
    return tls() == nullptr;  // unsolicited bytes: TLS may send session tickets, plain HTTP sends nothing
#endif
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
