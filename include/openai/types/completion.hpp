// Result of POST /completions, the legacy completions API (the Python SDK's Completion and
// CompletionChoice). Streamed chunks have the same shape.
#ifndef OPENAI_TYPES_COMPLETION_HPP
#define OPENAI_TYPES_COMPLETION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/completion_usage.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <limits>
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
// Reads an array whose null items become `null_value`; absent or null keeps `out` as is.
template <class T>
bool read_completion_logprobs_list(const boost::json::object& obj, std::string_view key, std::vector<T>& out,
                                   const T& null_value, read_error& err)
{
    const auto* value = obj.if_contains(key);
    if (!value || value->is_null())
        return true;
    if (!value->is_array())
    {
        type_mismatch(*value, "an array", err);
        prepend_key(err, key);
        return false;
    }
    const auto& arr = value->get_array();
    out.assign(arr.size(), null_value);
    for (std::size_t i = 0; i < arr.size(); ++i)
    {
        if (arr[i].is_null())
            continue;
        if (!read_json(arr[i], out[i], err))
        {
            prepend_index(err, i);
            prepend_key(err, key);
            return false;
        }
    }
    return true;
}
}  // namespace detail

/// Reads the logprobs of a choice, accepting the null entries the API sends for the first token
/// of an echoed prompt.
inline bool json_read(const boost::json::value& v, completion_choice_logprobs& out, detail::read_error& err)
{
    if (!v.is_object())
        return detail::type_mismatch(v, "an object", err);
    const auto& obj = v.get_object();
    return detail::read_completion_logprobs_list(obj, "text_offset", out.text_offset, std::int64_t{0}, err) &&
           detail::read_completion_logprobs_list(obj, "token_logprobs", out.token_logprobs,
                                                 std::numeric_limits<double>::quiet_NaN(), err) &&
           detail::read_completion_logprobs_list(obj, "tokens", out.tokens, std::string(), err) &&
           detail::read_completion_logprobs_list(obj, "top_logprobs", out.top_logprobs, std::map<std::string, double>(),
                                                 err);
}

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
