// The HTTP answer behind a typed result: status, headers and the raw JSON text.
#ifndef OPENAI_RAW_RESPONSE_HPP
#define OPENAI_RAW_RESPONSE_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>
#include <openai/rate_limits.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE

/// The HTTP answer a typed result was decoded from. Every top-level result type of the SDK
/// (chat_completion, create_embedding_response, ...) has a member `raw_response` of this type.
/// Copies share one immutable answer; a default-constructed one (a result built by hand) is empty.
class raw_response
{
public:
    /// The answer itself, shared by every copy.
    struct data
    {
        int status_code = 0;      ///< HTTP status
        openai::headers headers;  ///< response headers
        std::string body;         ///< response body as received
    };

    /// No answer: a result built by hand.
    raw_response() = default;
    /// For the SDK: an answer received.
    explicit raw_response(std::shared_ptr<const data> d) noexcept : data_(std::move(d)) {}

    /// HTTP status of the answer, 0 when there is none.
    int status_code() const noexcept { return data_ ? data_->status_code : 0; }

    /// Response headers (x-ratelimit-*, openai-processing-ms, ...).
    const openai::headers& headers() const noexcept { return data_ ? data_->headers : empty().headers; }

    /// The x-request-id header, empty when absent.
    std::string_view request_id() const noexcept { return headers().find("x-request-id").value_or(""); }

    /// The x-ratelimit-* headers (limits, remaining counts, reset delays), parsed on each call.
    openai::rate_limit_info rate_limits() const noexcept { return openai::parse_rate_limits(headers()); }

    /// The openai-processing-ms header, parsed on each call; empty when absent or malformed.
    std::optional<std::chrono::milliseconds> processing_ms() const noexcept
    {
        return openai::parse_processing_ms(headers());
    }

    /// The response body as received: the raw JSON text.
    std::string_view body() const noexcept { return data_ ? std::string_view(data_->body) : std::string_view(); }

    /// The response body parsed as JSON: fields the typed result does not model are here. Null
    /// when the body is empty (as for a stream's answer); throws boost::system::system_error
    /// when it is not JSON.
    boost::json::value json() const { return body().empty() ? boost::json::value() : boost::json::parse(body()); }

    /// Whether there is an answer (false when default-constructed).
    explicit operator bool() const noexcept { return data_ != nullptr; }

private:
    static const data& empty() noexcept
    {
        static const data instance{};
        return instance;
    }
    std::shared_ptr<const data> data_;
};

OPENAI_END_NAMESPACE

#endif
