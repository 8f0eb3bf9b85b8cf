// Token usage of a completion, shared by chat completions and legacy completions.
#ifndef OPENAI_TYPES_COMPLETION_USAGE_HPP
#define OPENAI_TYPES_COMPLETION_USAGE_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>

OPENAI_BEGIN_NAMESPACE

/// Breakdown of tokens used in a completion.
struct completion_tokens_details
{
    std::optional<std::int64_t> accepted_prediction_tokens{};
    std::optional<std::int64_t> audio_tokens{};
    std::optional<std::int64_t> reasoning_tokens{};
    std::optional<std::int64_t> rejected_prediction_tokens{};
};
BOOST_DESCRIBE_STRUCT(completion_tokens_details, (),
                      (accepted_prediction_tokens, audio_tokens, reasoning_tokens, rejected_prediction_tokens))

/// Breakdown of tokens used in the prompt.
struct prompt_tokens_details
{
    std::optional<std::int64_t> audio_tokens{};
    std::optional<std::int64_t> cached_tokens{};
};
BOOST_DESCRIBE_STRUCT(prompt_tokens_details, (), (audio_tokens, cached_tokens))

/// Usage statistics for the completion request.
struct completion_usage
{
    std::int64_t completion_tokens = 0;
    std::int64_t prompt_tokens = 0;
    std::int64_t total_tokens = 0;
    std::optional<openai::completion_tokens_details> completion_tokens_details{};
    std::optional<openai::prompt_tokens_details> prompt_tokens_details{};
};
BOOST_DESCRIBE_STRUCT(completion_usage, (),
                      (completion_tokens, prompt_tokens, total_tokens, completion_tokens_details,
                       prompt_tokens_details))

OPENAI_END_NAMESPACE

#endif
