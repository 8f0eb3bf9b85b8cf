#ifndef OPENAI_IMPL_EXCEPTIONS_IPP
#define OPENAI_IMPL_EXCEPTIONS_IPP

#include <openai/exceptions.hpp>

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL bool is_timeout(const boost::system::error_code& ec) noexcept
{
    return ec == boost::beast::error::timeout || ec == boost::asio::error::timed_out ||
           ec == boost::system::errc::timed_out;
}

OPENAI_DECL std::string describe_error(const boost::system::error_code& ec, const diagnostics& diag)
{
    std::string what;
    if (diag.status_code != 0)
    {
        what = "Error code: " + std::to_string(diag.status_code);
        if (!diag.code.empty())
            what += " (" + diag.code + ")";
        what += " - ";
        what += diag.message.empty() ? ec.message() : diag.message;
        if (!diag.request_id.empty())
            what += " [request id: " + diag.request_id + "]";
    }
    else
    {
        what = ec.message();
        if (!diag.message.empty())
            what += ": " + diag.message;
    }
    return what;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
