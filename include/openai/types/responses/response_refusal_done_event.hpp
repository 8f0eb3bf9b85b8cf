// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseRefusalDoneEvent (spec schema ResponseRefusalDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REFUSAL_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REFUSAL_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when refusal text is finalized.
struct response_refusal_done_event
{
    /// The type of the event. Always `response.refusal.done`.
    std::string type = "response.refusal.done";
    /// The ID of the output item that the refusal text is finalized.
    std::string item_id{};
    /// The index of the output item that the refusal text is finalized.
    std::int64_t output_index{};
    /// The index of the content part that the refusal text is finalized.
    std::int64_t content_index{};
    /// The refusal text that is finalized.
    std::string refusal{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_refusal_done_event, (),
                      (type, item_id, output_index, content_index, refusal, sequence_number))
OPENAI_EXTERN_JSON_READER(response_refusal_done_event)

OPENAI_END_NAMESPACE

#endif
