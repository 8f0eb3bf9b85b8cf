// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseUsage (spec schema ResponseUsage).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_USAGE_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_USAGE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>

OPENAI_BEGIN_NAMESPACE

/// A detailed breakdown of the input tokens.
struct response_usage_input_tokens_details
{
    /// The number of tokens that were retrieved from the cache. [More on prompt
    /// caching](/docs/guides/prompt-caching).
    std::int64_t cached_tokens{};
    /// The number of input tokens that were written to the cache.
    std::int64_t cache_write_tokens{};
};
BOOST_DESCRIBE_STRUCT(response_usage_input_tokens_details, (), (cached_tokens, cache_write_tokens))
OPENAI_EXTERN_JSON_READER(response_usage_input_tokens_details)

/// A detailed breakdown of the output tokens.
struct response_usage_output_tokens_details
{
    /// The number of reasoning tokens.
    std::int64_t reasoning_tokens{};
};
BOOST_DESCRIBE_STRUCT(response_usage_output_tokens_details, (), (reasoning_tokens))
OPENAI_EXTERN_JSON_READER(response_usage_output_tokens_details)

/// Represents token usage details including input tokens, output tokens, a breakdown of output
/// tokens, and the total tokens used.
struct response_usage
{
    /// The number of input tokens.
    std::int64_t input_tokens{};
    /// A detailed breakdown of the input tokens.
    openai::response_usage_input_tokens_details input_tokens_details{};
    /// The number of output tokens.
    std::int64_t output_tokens{};
    /// A detailed breakdown of the output tokens.
    openai::response_usage_output_tokens_details output_tokens_details{};
    /// The total number of tokens used.
    std::int64_t total_tokens{};
};
BOOST_DESCRIBE_STRUCT(response_usage, (),
                      (input_tokens, input_tokens_details, output_tokens, output_tokens_details, total_tokens))
OPENAI_EXTERN_JSON_READER(response_usage)

OPENAI_END_NAMESPACE

#endif
