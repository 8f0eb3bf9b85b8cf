// Options for streaming responses, shared by chat completions and legacy completions.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_STREAM_OPTIONS_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_STREAM_OPTIONS_PARAM_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>

#include <optional>

OPENAI_BEGIN_NAMESPACE

/// Options for streaming responses. Only set this when `stream` is true.
struct chat_completion_stream_options_param
{
    /// When true, a last chunk carries the usage of the whole request, with empty choices.
    std::optional<bool> include_usage{};
    /// Stream obfuscation (random padding in an `obfuscation` field of each chunk) is on by
    /// default; false turns it off to save bandwidth.
    std::optional<bool> include_obfuscation{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_stream_options_param, (), (include_usage, include_obfuscation))

OPENAI_END_NAMESPACE

#endif
