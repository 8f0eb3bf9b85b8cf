// Configuration of a client, with the environment as fallback.
#ifndef OPENAI_CLIENT_OPTIONS_HPP
#define OPENAI_CLIENT_OPTIONS_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Declared, not included: a program that gives the client a TLS context includes
// <boost/asio/ssl/context.hpp> itself; others compile without OpenSSL's headers.
namespace boost::asio::ssl {
class context;
}  // namespace boost::asio::ssl

OPENAI_BEGIN_NAMESPACE

/// Settings of an openai::client. Unset members fall back to the environment, then to the
/// defaults shown, like the official SDKs:
///
/// | member         | environment variable | default                     |
/// |----------------|----------------------|-----------------------------|
/// | api_key        | OPENAI_API_KEY       | none: constructing fails    |
/// | organization   | OPENAI_ORG_ID        | not sent                    |
/// | project        | OPENAI_PROJECT_ID    | not sent                    |
/// | base_url       | OPENAI_BASE_URL      | https://api.openai.com/v1   |
///
/// Usage: `openai::client c{ex, {.timeout = 1s, .max_retries = 0}};`
struct client_options
{
    /// Sent as `Authorization: Bearer <api_key>`; must not be empty.
    std::optional<std::string> api_key{};
    /// Sent as the OpenAI-Organization header when set.
    std::optional<std::string> organization{};
    /// Sent as the OpenAI-Project header when set.
    std::optional<std::string> project{};
    /// `http://` or `https://`, with an optional port, path and query: `http://127.0.0.1:8080/v1`.
    /// A query goes with every request (`...?api-version=2024-10-21` for Azure OpenAI).
    std::optional<std::string> base_url{};
    /// Bounds each attempt of a request, from waiting for a free connection to the last byte of
    /// the answer (for a stream: to its response headers; then stream_idle_timeout applies).
    std::chrono::milliseconds timeout = std::chrono::seconds(600);
    /// How many times a failed request is retried (connection errors, timeouts, 408, 409, 429
    /// except exhausted quota, >= 500), with exponential backoff or the server's retry-after.
    int max_retries = 2;
    /// Sent with every request, after the SDK's own headers (a name set here replaces them).
    openai::headers default_headers{};
    /// Appended to the query string of every request (e.g. `api-version` for Azure OpenAI).
    std::vector<std::pair<std::string, std::string>> default_query{};
    /// Bounds establishing a connection (TCP and TLS handshake).
    std::chrono::milliseconds connect_timeout = std::chrono::seconds(5);
    /// The most connections kept open to the server at once; more requests wait for one.
    std::size_t max_connections = 256;
    /// Larger response bodies fail with errc::response_too_large (embeddings batches are tens
    /// of MB, so the default leaves ample room).
    std::size_t max_response_bytes = std::size_t(256) << 20;
    /// TLS settings. When null, a context that verifies the server against the system trust
    /// store with TLS 1.2 or newer. Provide one to trust a private CA or present a client
    /// certificate, and set `verify_peer` on it: the client adds SNI and host name verification
    /// to every connection, but with Asio's default `verify_none` no check fails a handshake.
    std::shared_ptr<boost::asio::ssl::context> ssl_context{};
    /// For streams: the longest wait for the next bytes once the answer began. `timeout` bounds
    /// a stream only until its headers arrive, since a long answer may stream for many minutes.
    std::chrono::milliseconds stream_idle_timeout = std::chrono::seconds(600);
    /// When set, bounds a request across all its attempts and the waits between them; an
    /// attempt cut short by it fails with api_timeout_error, and no retry starts after it.
    std::optional<std::chrono::milliseconds> total_timeout{};
};

/// The API key in a form safe to print or log: `sk-...` (or `...` without that prefix) plus its
/// last four characters; `***` for a key of 8 characters or fewer, empty for an empty one.
inline std::string redact_api_key(std::string_view key)
{
    if (key.size() <= 8)
        return key.empty() ? std::string() : std::string("***");
    std::string out(key.starts_with("sk-") ? "sk-..." : "...");
    out += key.substr(key.size() - 4);
    return out;
}

OPENAI_END_NAMESPACE

#endif
