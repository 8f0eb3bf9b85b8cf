// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseAudioDeltaEvent (spec schema ResponseAudioDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_AUDIO_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_AUDIO_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when there is a partial audio response.
struct response_audio_delta_event
{
    /// The type of the event. Always `response.audio.delta`.
    std::string type = "response.audio.delta";
    /// A sequence number for this chunk of the stream response.
    std::int64_t sequence_number{};
    /// A chunk of Base64 encoded response audio bytes.
    std::string delta{};
};
BOOST_DESCRIBE_STRUCT(response_audio_delta_event, (), (type, sequence_number, delta))
OPENAI_EXTERN_JSON_READER(response_audio_delta_event)

OPENAI_END_NAMESPACE

#endif
