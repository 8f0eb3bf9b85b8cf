// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseRefusalDeltaEvent (spec schema ResponseRefusalDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REFUSAL_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REFUSAL_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when there is a partial refusal text.
struct response_refusal_delta_event
{
    /// The type of the event. Always `response.refusal.delta`.
    std::string type = "response.refusal.delta";
    /// The ID of the output item that the refusal text is added to.
    std::string item_id{};
    /// The index of the output item that the refusal text is added to.
    std::int64_t output_index{};
    /// The index of the content part that the refusal text is added to.
    std::int64_t content_index{};
    /// The refusal text that is added.
    std::string delta{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_refusal_delta_event, (),
                      (type, item_id, output_index, content_index, delta, sequence_number))
OPENAI_EXTERN_JSON_READER(response_refusal_delta_event)

OPENAI_END_NAMESPACE

#endif
