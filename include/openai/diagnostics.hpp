// The details of a failed call, for code that handles errors without exceptions.
#ifndef OPENAI_DIAGNOSTICS_HPP
#define OPENAI_DIAGNOSTICS_HPP

#include <openai/detail/config.hpp>
#include <openai/headers.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// What the SDK knows about a failed call besides its error_code.
///
/// Filled for HTTP error answers (status, request id, the body's `error` object, headers and
/// body) and with a message for other failures. The text comes from the server: treat it as
/// untrusted. The API key is redacted from `message` and `body`; `headers` are as received.
struct diagnostics
{
    int status_code = 0;      ///< HTTP status, 0 when no answer was received
    std::string request_id;   ///< x-request-id header
    std::string message;      ///< error.message, or a description of the failure
    std::string type;         ///< error.type, empty when absent
    std::string code;         ///< error.code, empty when absent
    std::string param;        ///< error.param, empty when absent
    openai::headers headers;  ///< response headers
    std::string body;         ///< raw response body

    /// Resets every member to empty.
    void clear() { *this = diagnostics{}; }
};

OPENAI_END_NAMESPACE

#endif
