// Per-request settings that are not fields of the API's JSON body.
#ifndef OPENAI_REQUEST_OPTIONS_HPP
#define OPENAI_REQUEST_OPTIONS_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <boost/json/object.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Overrides and passthrough for one request, as the Python SDK's `extra_headers`,
/// `extra_query`, `extra_body` and `timeout` keyword arguments. Every params struct of the SDK
/// ends with a member `options` of this type.
struct request_options
{
    /// Replaces client_options::timeout for this request.
    std::optional<std::chrono::milliseconds> timeout{};
    /// Replaces client_options::connect_timeout for this request.
    std::optional<std::chrono::milliseconds> connect_timeout{};
    /// Replaces client_options::stream_idle_timeout for this request.
    std::optional<std::chrono::milliseconds> stream_idle_timeout{};
    /// Replaces client_options::total_timeout for this request.
    std::optional<std::chrono::milliseconds> total_timeout{};
    /// Replaces client_options::max_retries for this request.
    std::optional<int> max_retries{};
    /// Sent in addition to (or instead of, for the same name) the client's headers.
    openai::headers extra_headers{};
    /// Appended to the URL's query string, percent-encoded.
    std::vector<std::pair<std::string, std::string>> extra_query{};
    /// Merged into the JSON body, replacing fields of the same name: parameters the SDK does not
    /// know yet, or that only an OpenAI-compatible server understands (e.g. `top_k`).
    boost::json::object extra_body{};
};

OPENAI_END_NAMESPACE

#endif
