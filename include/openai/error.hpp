// Error codes of the SDK: client-side failures (errc) and API answers by class (api_errc).
#ifndef OPENAI_ERROR_HPP
#define OPENAI_ERROR_HPP

#include <openai/detail/config.hpp>

#include <boost/system/error_code.hpp>

#include <string>
#include <type_traits>

OPENAI_BEGIN_NAMESPACE

/// The error code every operation completes with.
using boost::system::error_code;

/// Failures detected by the SDK itself, before or after talking to the server.
enum class errc
{
    missing_api_key = 1,  ///< no api_key option and no OPENAI_API_KEY variable
    invalid_base_url,     ///< base_url is not an http:// or https:// URL
    invalid_response,     ///< a successful answer whose body is not the JSON we expect
    response_too_large,   ///< the body exceeded client_options::max_response_bytes, or a stream event 16 MiB
    invalid_argument,     ///< a request that cannot be sent as given
    stream_error_event,   ///< a stream carried an error event instead of the next chunk
};

/// The class of an error answer from the API, chosen from its HTTP status and error code.
enum class api_errc
{
    bad_request = 1,       ///< 400
    authentication,        ///< 401
    permission_denied,     ///< 403
    not_found,             ///< 404
    model_not_found,       ///< 404 with code model_not_found
    conflict,              ///< 409
    unprocessable_entity,  ///< 422
    rate_limit,            ///< 429
    quota_exceeded,        ///< 429 insufficient_quota and the billing-limit codes
    internal_server,       ///< >= 500
    other_status,          ///< any other non-2xx status
};

namespace detail {

// NOLINTNEXTLINE(cppcoreguidelines-virtual-class-destructor): final, only static instances (as Boost's own)
class errc_category final : public boost::system::error_category
{
public:
    constexpr errc_category() noexcept : error_category(0x6f70656e61690001ULL) {}
    const char* name() const noexcept override { return "openai"; }
    std::string message(int ev) const override
    {
        switch (static_cast<errc>(ev))
        {
        case errc::missing_api_key:
            return "The API key is missing: pass client_options::api_key or set the "
                   "OPENAI_API_KEY environment variable";
        case errc::invalid_base_url: return "The base URL must start with http:// or https://";
        case errc::invalid_response: return "The server's answer is not the JSON the API specifies";
        case errc::response_too_large: return "The response body exceeds client_options::max_response_bytes";
        case errc::invalid_argument: return "The request cannot be sent as given";
        case errc::stream_error_event: return "The server sent an error in the stream";
        }
        return "Unknown openai error";
    }
};

// NOLINTNEXTLINE(cppcoreguidelines-virtual-class-destructor): final, only static instances (as Boost's own)
class api_errc_category final : public boost::system::error_category
{
public:
    constexpr api_errc_category() noexcept : error_category(0x6f70656e61690002ULL) {}
    const char* name() const noexcept override { return "openai.api"; }
    std::string message(int ev) const override
    {
        switch (static_cast<api_errc>(ev))
        {
        case api_errc::bad_request: return "Bad request";
        case api_errc::authentication: return "Authentication failed";
        case api_errc::permission_denied: return "Permission denied";
        case api_errc::not_found: return "Not found";
        case api_errc::model_not_found: return "Model not found";
        case api_errc::conflict: return "Conflict";
        case api_errc::unprocessable_entity: return "Unprocessable entity";
        case api_errc::rate_limit: return "Rate limit reached";
        case api_errc::quota_exceeded: return "Quota exceeded: check your plan and billing details";
        case api_errc::internal_server: return "Server error";
        case api_errc::other_status: return "Unexpected HTTP status";
        }
        return "Unknown API error";
    }
};

}  // namespace detail

/// The category of errc, named "openai".
inline const boost::system::error_category& error_category() noexcept
{
    static const detail::errc_category instance;
    return instance;
}

/// The category of api_errc, named "openai.api".
inline const boost::system::error_category& api_error_category() noexcept
{
    static const detail::api_errc_category instance;
    return instance;
}

/// The error_code of an errc value, in error_category().
inline error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), error_category()};
}
/// The error_code of an api_errc value, in api_error_category().
inline error_code make_error_code(api_errc e) noexcept
{
    return {static_cast<int>(e), api_error_category()};
}

OPENAI_END_NAMESPACE

namespace boost::system {
/// errc and api_errc convert to error_code and compare with one: `ec == openai::errc::invalid_response`.
template <>
struct is_error_code_enum<::openai::errc> : std::true_type
{};
template <>
struct is_error_code_enum<::openai::api_errc> : std::true_type
{};
}  // namespace boost::system

#endif
