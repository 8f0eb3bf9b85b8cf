// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseReasoningSummaryPartDoneEvent (spec schema ResponseReasoningSummaryPartDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// The completed summary part.
struct response_reasoning_summary_part_done_event_part
{
    /// The type of the summary part. Always `summary_text`.
    std::string type = "summary_text";
    /// The text of the summary part.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_summary_part_done_event_part, (), (type, text))
OPENAI_EXTERN_JSON_READER(response_reasoning_summary_part_done_event_part)

/// Emitted when a reasoning summary part is completed.
struct response_reasoning_summary_part_done_event
{
    /// The type of the event. Always `response.reasoning_summary_part.done`.
    std::string type = "response.reasoning_summary_part.done";
    /// The ID of the item this summary part is associated with.
    std::string item_id{};
    /// The index of the output item this summary part is associated with.
    std::int64_t output_index{};
    /// The index of the summary part within the reasoning summary.
    std::int64_t summary_index{};
    /// The completion status of the summary part. Omitted when the part completed normally and set
    /// to `incomplete` when generation was interrupted.
    std::string status = "incomplete";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The completed summary part.
    openai::response_reasoning_summary_part_done_event_part part{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_summary_part_done_event, (),
                      (type, item_id, output_index, summary_index, status, sequence_number, part))
OPENAI_EXTERN_JSON_READER(response_reasoning_summary_part_done_event)

OPENAI_END_NAMESPACE

#endif
