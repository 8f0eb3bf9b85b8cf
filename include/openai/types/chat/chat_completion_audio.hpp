// The audio answer of a chat completion, when audio output was requested.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_AUDIO_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_AUDIO_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Audio output of the model (requested with `modalities: ["audio"]`).
struct chat_completion_audio
{
    /// Identifier to refer to this audio in a later assistant message.
    std::string id{};
    /// Base64 encoded audio bytes, in the requested format.
    std::string data{};
    /// Unix time (seconds) after which the audio can no longer be referred to.
    std::int64_t expires_at = 0;
    /// Transcript of the audio.
    std::string transcript{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_audio, (), (id, data, expires_at, transcript))

OPENAI_END_NAMESPACE

#endif
