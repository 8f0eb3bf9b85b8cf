// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseReasoningTextDoneEvent (spec schema ResponseReasoningTextDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_TEXT_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_TEXT_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a reasoning text is completed.
struct response_reasoning_text_done_event
{
    /// The type of the event. Always `response.reasoning_text.done`.
    std::string type = "response.reasoning_text.done";
    /// The ID of the item this reasoning text is associated with.
    std::string item_id{};
    /// The index of the output item this reasoning text is associated with.
    std::int64_t output_index{};
    /// The index of the reasoning content part.
    std::int64_t content_index{};
    /// The full text of the completed reasoning content.
    std::string text{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_text_done_event, (),
                      (type, item_id, output_index, content_index, text, sequence_number))
OPENAI_EXTERN_JSON_READER(response_reasoning_text_done_event)

OPENAI_END_NAMESPACE

#endif
