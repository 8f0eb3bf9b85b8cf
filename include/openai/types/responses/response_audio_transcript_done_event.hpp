// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseAudioTranscriptDoneEvent (spec schema ResponseAudioTranscriptDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the full audio transcript is completed.
struct response_audio_transcript_done_event
{
    /// The type of the event. Always `response.audio.transcript.done`.
    std::string type = "response.audio.transcript.done";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_audio_transcript_done_event, (), (type, sequence_number))
OPENAI_EXTERN_JSON_READER(response_audio_transcript_done_event)

OPENAI_END_NAMESPACE

#endif
