// Log probability information of one output token.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOKEN_LOGPROB_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_TOKEN_LOGPROB_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of the most likely tokens at a position.
struct chat_completion_token_logprob_top_logprob
{
    /// The token.
    std::string token{};
    /// UTF-8 bytes of the token; null when the token has no byte representation.
    std::optional<std::vector<int>> bytes{};
    /// Log probability; -9999.0 stands for "very unlikely".
    double logprob = 0;
};
BOOST_DESCRIBE_STRUCT(chat_completion_token_logprob_top_logprob, (), (token, bytes, logprob))

/// A generated token with its log probability and the most likely alternatives.
struct chat_completion_token_logprob
{
    /// The token.
    std::string token{};
    /// UTF-8 bytes of the token; null when the token has no byte representation.
    std::optional<std::vector<int>> bytes{};
    /// Log probability; -9999.0 stands for "very unlikely".
    double logprob = 0;
    /// The most likely tokens at this position (up to the request's `top_logprobs`).
    std::vector<openai::chat_completion_token_logprob_top_logprob> top_logprobs{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_token_logprob, (), (token, bytes, logprob, top_logprobs))

OPENAI_END_NAMESPACE

#endif
