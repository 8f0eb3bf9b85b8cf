// Turning an HTTP error answer into an error code and diagnostics: plain functions, no I/O.
#ifndef OPENAI_DETAIL_ERROR_BODY_HPP
#define OPENAI_DETAIL_ERROR_BODY_HPP

#include <openai/detail/config.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>

#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// Whether an error code or type says the account is out of quota or over a billing limit,
/// which retrying cannot fix.
inline bool is_quota_code(std::string_view code) noexcept
{
    return code == "insufficient_quota" || code == "credit_balance_exhausted" ||
           code == "organization_usage_limit_exceeded" || code.ends_with("_spend_limit_exceeded") ||
           code == "billing_hard_limit_reached" || code == "billing_not_active";
}

/// The error class of an answer with a non-2xx status.
inline api_errc classify_status(int status, std::string_view code, std::string_view type) noexcept
{
    switch (status)
    {
    case 400: return api_errc::bad_request;
    case 401: return api_errc::authentication;
    case 403: return api_errc::permission_denied;
    case 404: return code == "model_not_found" ? api_errc::model_not_found : api_errc::not_found;
    case 409: return api_errc::conflict;
    case 422: return api_errc::unprocessable_entity;
    case 429: return is_quota_code(code) || is_quota_code(type) ? api_errc::quota_exceeded : api_errc::rate_limit;
    default: return status >= 500 ? api_errc::internal_server : api_errc::other_status;
    }
}

/// A short, printable excerpt of a body that is not an OpenAI error object (HTML from a
/// proxy, plain text, a truncated answer).
OPENAI_DECL std::string body_excerpt(std::string_view body, std::size_t max_chars = 200);

/// Fills message/type/code/param from an error body. Understands the OpenAI shape
/// `{"error": {"message", "type", "param", "code"}}`, the shapes of compatible servers
/// (`{"error": "text"}`, `{"message": ...}`, `{"detail": ...}`) and problem+json
/// (`title`/`detail`/`validation`); anything else becomes an excerpt of the body.
OPENAI_DECL void parse_error_body(std::string_view body, diagnostics& diag);

/// The error code for a non-2xx answer whose status and body are already in `diag`.
inline error_code error_for_status(const diagnostics& diag) noexcept
{
    return make_error_code(classify_status(diag.status_code, diag.code, diag.type));
}

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/error_body.ipp>
#endif

#endif
