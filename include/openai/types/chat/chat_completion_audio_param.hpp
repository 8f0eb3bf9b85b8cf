// Parameters of audio output in a chat completion request.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_AUDIO_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_AUDIO_PARAM_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// Audio output parameters, required with `modalities: ["audio"]`.
struct chat_completion_audio_param
{
    /// "wav", "aac", "mp3", "flac", "opus" or "pcm16".
    std::string format{};
    /// A built-in voice ("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse",
    /// "marin", "cedar") or a custom voice object such as `{"id": "voice_1234"}`.
    std::variant<std::string, boost::json::object> voice{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_audio_param, (), (format, voice))

OPENAI_END_NAMESPACE

#endif
