// The exception hierarchy, mirroring the official SDKs' error classes.
//
// openai::error
// ├── api_connection_error
// │   └── api_timeout_error
// ├── api_response_validation_error
// ├── api_stream_error
// └── api_status_error
//     ├── bad_request_error            400
//     ├── authentication_error         401
//     ├── permission_denied_error      403
//     ├── not_found_error              404
//     │   └── model_not_found_error    404 model_not_found
//     ├── conflict_error               409
//     ├── unprocessable_entity_error   422
//     ├── rate_limit_error             429
//     │   └── quota_exceeded_error     429 insufficient_quota, billing limits
//     └── internal_server_error        >= 500
#ifndef OPENAI_EXCEPTIONS_HPP
#define OPENAI_EXCEPTIONS_HPP

#include <openai/detail/config.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/rate_limits.hpp>

#include <chrono>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Base of every exception the SDK throws.
class error : public std::runtime_error
{
public:
    /// An exception for `ec`, with `what` as its what().
    error(boost::system::error_code ec, const std::string& what) : std::runtime_error(what), ec_(ec) {}

    /// The error code the asynchronous operation completed with.
    const boost::system::error_code& error_code() const noexcept { return ec_; }

private:
    boost::system::error_code ec_;
};

/// The server could not be reached, or the connection failed before a full answer arrived
/// (including TLS failures and malformed HTTP). Also a cancelled operation, with
/// `asio::error::operation_aborted`.
class api_connection_error : public error
{
public:
    /// Constructed like openai::error.
    using error::error;
};

/// A timeout expired: waiting for a free connection, connecting, waiting for the answer
/// (timeout, total_timeout), or waiting for a stream's next bytes (stream_idle_timeout).
class api_timeout_error : public api_connection_error
{
public:
    /// Constructed like openai::error.
    using api_connection_error::api_connection_error;
};

/// A successful status whose body is not what the API specifies (malformed or mistyped JSON).
class api_response_validation_error : public error
{
public:
    /// An exception for `ec` with the details of the answer.
    api_response_validation_error(boost::system::error_code ec, const std::string& what, openai::diagnostics diag)
        : error(ec, what), diag_(std::move(diag))
    {}
    /// HTTP status of the answer (2xx).
    int status_code() const noexcept { return diag_.status_code; }
    /// x-request-id of the answer; empty when absent.
    const std::string& request_id() const noexcept { return diag_.request_id; }
    /// The body that did not decode (for a stream, the event's data).
    const std::string& body() const noexcept { return diag_.body; }

private:
    openai::diagnostics diag_;
};

/// A stream carried an error event (`{"error": {...}}` or `event: error`) instead of its next
/// chunk: the request was accepted (status 2xx) but failed while the answer was generated.
class api_stream_error : public error
{
public:
    /// An exception for `ec` with the event's details.
    api_stream_error(boost::system::error_code ec, const std::string& what, openai::diagnostics diag)
        : error(ec, what), diag_(std::move(diag))
    {}

    /// x-request-id of the stream's answer.
    const std::string& request_id() const noexcept { return diag_.request_id; }
    /// error.message of the event.
    const std::string& message() const noexcept { return diag_.message; }
    /// error.type of the event, e.g. "server_error"; empty when absent.
    const std::string& type() const noexcept { return diag_.type; }
    /// error.code of the event; empty when absent.
    const std::string& code() const noexcept { return diag_.code; }
    /// error.param of the event; empty when absent.
    const std::string& param() const noexcept { return diag_.param; }
    /// The event's data as received.
    const std::string& body() const noexcept { return diag_.body; }
    /// All the details, including the stream's response headers.
    const openai::diagnostics& diagnostics() const noexcept { return diag_; }

private:
    openai::diagnostics diag_;
};

/// The server answered with an error status.
class api_status_error : public error
{
public:
    /// An exception for `ec` with the details of the answer.
    api_status_error(boost::system::error_code ec, const std::string& what, openai::diagnostics diag)
        : error(ec, what), diag_(std::move(diag))
    {}

    /// HTTP status of the answer.
    int status_code() const noexcept { return diag_.status_code; }
    /// x-request-id of the answer; empty when absent.
    const std::string& request_id() const noexcept { return diag_.request_id; }
    /// error.code of the body, e.g. "rate_limit_exceeded"; empty when absent.
    const std::string& code() const noexcept { return diag_.code; }
    /// error.type of the body, e.g. "invalid_request_error"; empty when absent.
    const std::string& type() const noexcept { return diag_.type; }
    /// error.param of the body, e.g. "model"; empty when absent.
    const std::string& param() const noexcept { return diag_.param; }
    /// error.message of the body, or an excerpt of a body that is not JSON.
    const std::string& message() const noexcept { return diag_.message; }
    /// Response headers.
    const openai::headers& headers() const noexcept { return diag_.headers; }
    /// The x-ratelimit-* headers of the answer, parsed on each call: on a 429, when to try again.
    openai::rate_limit_info rate_limits() const noexcept { return openai::parse_rate_limits(diag_.headers); }
    /// The openai-processing-ms header, parsed on each call; empty when absent or malformed.
    std::optional<std::chrono::milliseconds> processing_ms() const noexcept
    {
        return openai::parse_processing_ms(diag_.headers);
    }
    /// The response body as received (the API key redacted).
    const std::string& body() const noexcept { return diag_.body; }
    /// All the details of the answer.
    const openai::diagnostics& diagnostics() const noexcept { return diag_; }

private:
    openai::diagnostics diag_;
};

// NOLINTBEGIN(bugprone-macro-parentheses): a class name and a base class cannot be parenthesized
#define OPENAI_STATUS_ERROR(name, base)                                                                                \
    class name : public base                                                                                           \
    {                                                                                                                  \
    public:                                                                                                            \
        using base::base;                                                                                              \
    };
// NOLINTEND(bugprone-macro-parentheses)

/// 400 Bad Request (api_errc::bad_request).
OPENAI_STATUS_ERROR(bad_request_error, api_status_error)
/// 401 Unauthorized: a missing, invalid or revoked API key (api_errc::authentication).
OPENAI_STATUS_ERROR(authentication_error, api_status_error)
/// 403 Forbidden (api_errc::permission_denied).
OPENAI_STATUS_ERROR(permission_denied_error, api_status_error)
/// 404 Not Found (api_errc::not_found).
OPENAI_STATUS_ERROR(not_found_error, api_status_error)
/// 404 with error code "model_not_found" (api_errc::model_not_found).
OPENAI_STATUS_ERROR(model_not_found_error, not_found_error)
/// 409 Conflict (api_errc::conflict).
OPENAI_STATUS_ERROR(conflict_error, api_status_error)
/// 422 Unprocessable Entity (api_errc::unprocessable_entity).
OPENAI_STATUS_ERROR(unprocessable_entity_error, api_status_error)
/// 429 Too Many Requests (api_errc::rate_limit), after the retries.
OPENAI_STATUS_ERROR(rate_limit_error, api_status_error)
/// 429 for exhausted quota or a billing limit, never retried (api_errc::quota_exceeded).
OPENAI_STATUS_ERROR(quota_exceeded_error, rate_limit_error)
/// A status of 500 or higher (api_errc::internal_server).
OPENAI_STATUS_ERROR(internal_server_error, api_status_error)
#undef OPENAI_STATUS_ERROR

namespace detail {
OPENAI_DECL std::string describe_error(const boost::system::error_code& ec, const diagnostics& diag);
OPENAI_DECL bool is_timeout(const boost::system::error_code& ec) noexcept;

// Builds the exception that matches `ec` and hands it to `f` (which throws it or wraps it).
template <class F>
decltype(auto) with_exception_for(const boost::system::error_code& ec, const diagnostics& diag, F&& f)
{
    std::string what = describe_error(ec, diag);
    if (ec.category() == api_error_category())
    {
        switch (static_cast<api_errc>(ec.value()))
        {
        case api_errc::bad_request: return f(bad_request_error(ec, what, diag));
        case api_errc::authentication: return f(authentication_error(ec, what, diag));
        case api_errc::permission_denied: return f(permission_denied_error(ec, what, diag));
        case api_errc::not_found: return f(not_found_error(ec, what, diag));
        case api_errc::model_not_found: return f(model_not_found_error(ec, what, diag));
        case api_errc::conflict: return f(conflict_error(ec, what, diag));
        case api_errc::unprocessable_entity: return f(unprocessable_entity_error(ec, what, diag));
        case api_errc::rate_limit: return f(rate_limit_error(ec, what, diag));
        case api_errc::quota_exceeded: return f(quota_exceeded_error(ec, what, diag));
        case api_errc::internal_server: return f(internal_server_error(ec, what, diag));
        case api_errc::other_status: break;
        }
        return f(api_status_error(ec, what, diag));
    }
    if (ec == errc::invalid_response)
        return f(api_response_validation_error(ec, what, diag));
    if (ec == errc::stream_error_event)
        return f(api_stream_error(ec, what, diag));
    if (ec.category() == error_category())
        return f(error(ec, what));
    if (is_timeout(ec))
        return f(api_timeout_error(ec, what));
    return f(api_connection_error(ec, what));
}
}  // namespace detail

/// Throws the exception that matches an error_code and its diagnostics.
[[noreturn]] inline void throw_error(const boost::system::error_code& ec, const diagnostics& diag)
{
    detail::with_exception_for(ec, diag, [](auto&& e) -> int { throw std::forward<decltype(e)>(e); });
    std::terminate();  // unreachable
}

/// Throws the exception that matches an error_code, without diagnostics.
// Overloads here and below, not defaulted `diagnostics` parameters: g++ 12 destroys a defaulted
// argument of a non-trivial type twice when the call is inside a co_await expression.
[[noreturn]] inline void throw_error(const boost::system::error_code& ec)
{
    throw_error(ec, diagnostics());
}

/// The exception that matches an error_code and its diagnostics, as an exception_ptr.
inline std::exception_ptr make_exception_ptr(const boost::system::error_code& ec, const diagnostics& diag)
{
    return detail::with_exception_for(ec, diag,
                                      [](auto&& e) { return std::make_exception_ptr(std::forward<decltype(e)>(e)); });
}

/// The exception that matches an error_code, without diagnostics, as an exception_ptr.
inline std::exception_ptr make_exception_ptr(const boost::system::error_code& ec)
{
    return make_exception_ptr(ec, diagnostics());
}

OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/exceptions.ipp>
#endif

#endif
