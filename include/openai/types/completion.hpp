// Result of POST /completions, the legacy completions API (the Python SDK's Completion and
// CompletionChoice). Streamed chunks have the same shape.
#ifndef OPENAI_TYPES_COMPLETION_HPP
#define OPENAI_TYPES_COMPLETION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/completion_usage.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Log probabilities of the generated tokens, one entry per token in each list.
struct completion_choice_logprobs
{
    /// Character offset of each token in the text.
    std::vector<std::int64_t> text_offset{};
    /// Log probability of each token. A null entry (the first token of an echoed prompt) reads
    /// as NaN.
    std::vector<double> token_logprobs{};
    /// The tokens.
    std::vector<std::string> tokens{};
    /// The most likely tokens and their log probabilities at each position. A null entry (the
    /// first token of an echoed prompt) reads as an empty map.
    std::vector<std::map<std::string, double>> top_logprobs{};
};
BOOST_DESCRIBE_STRUCT(completion_choice_logprobs, (), (text_offset, token_logprobs, tokens, top_logprobs))

namespace detail {
/// The API sends a null entry for the first token of an echoed prompt.
template <>
inline constexpr bool json_null_elements<completion_choice_logprobs> = true;
}  // namespace detail

/// One generated completion.
struct completion_choice
{
    /// "stop", "length" or "content_filter"; empty while streaming (null in the JSON).
    std::string finish_reason{};
    /// Position of the choice in the list.
    std::int64_t index = 0;
    /// Log probabilities, when requested with `logprobs`.
    std::optional<openai::completion_choice_logprobs> logprobs{};
    /// The generated text.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(completion_choice, (), (finish_reason, index, logprobs, text))

/// A completion response (legacy completions API).
struct completion
{
    /// Unique identifier of the completion.
    std::string id{};
    /// The generated choices.
    std::vector<openai::completion_choice> choices{};
    /// Unix time (seconds) of the creation.
    std::int64_t created = 0;
    /// The model used.
    std::string model{};
    /// Always "text_completion".
    std::string object{};
    /// The backend configuration the model ran with.
    std::optional<std::string> system_fingerprint{};
    /// Token usage (absent from streamed chunks unless stream_options.include_usage is set).
    std::optional<openai::completion_usage> usage{};

    /// The HTTP answer this result was read from.
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(completion, (), (id, choices, created, model, object, system_fingerprint, usage))

OPENAI_END_NAMESPACE

#endif
