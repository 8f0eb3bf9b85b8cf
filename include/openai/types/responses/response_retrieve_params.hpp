// Query parameters of GET /responses/{response_id} (the Python SDK's ResponseRetrieveParams).
// Written by hand: the spec declares query parameters per operation, not as schemas.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_RETRIEVE_PARAMS_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_RETRIEVE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// What `client.responses.retrieve()` and `client.responses.stream(response_id, ...)` ask for.
struct response_retrieve_params
{
    /// Additional output data to include, e.g. "reasoning.encrypted_content",
    /// "message.output_text.logprobs", "file_search_call.results".
    std::vector<std::string> include{};
    /// Whether stream deltas carry obfuscation padding (streaming only).
    std::optional<bool> include_obfuscation{};
    /// Streaming only: the sequence number of the event after which to start, to resume a
    /// stream that was cut.
    std::optional<std::int64_t> starting_after{};

    /// Per-request options (not part of the query).
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(response_retrieve_params, (), (include, include_obfuscation, starting_after))

OPENAI_END_NAMESPACE

#endif
