// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseReasoningTextDeltaEvent (spec schema ResponseReasoningTextDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_TEXT_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_TEXT_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a delta is added to a reasoning text.
struct response_reasoning_text_delta_event
{
    /// The type of the event. Always `response.reasoning_text.delta`.
    std::string type = "response.reasoning_text.delta";
    /// The ID of the item this reasoning text delta is associated with.
    std::string item_id{};
    /// The index of the output item this reasoning text delta is associated with.
    std::int64_t output_index{};
    /// The index of the reasoning content part this delta is associated with.
    std::int64_t content_index{};
    /// The text delta that was added to the reasoning content.
    std::string delta{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_text_delta_event, (),
                      (type, item_id, output_index, content_index, delta, sequence_number))
OPENAI_EXTERN_JSON_READER(response_reasoning_text_delta_event)

OPENAI_END_NAMESPACE

#endif
