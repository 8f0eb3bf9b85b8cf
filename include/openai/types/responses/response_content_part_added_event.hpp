// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseContentPartAddedEvent (spec schema ResponseContentPartAddedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CONTENT_PART_ADDED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CONTENT_PART_ADDED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_content_part_done_event.hpp>
#include <openai/types/responses/response_output_refusal.hpp>
#include <openai/types/responses/response_output_text.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a new content part is added.
struct response_content_part_added_event
{
    /// The type of the event. Always `response.content_part.added`.
    std::string type = "response.content_part.added";
    /// The ID of the output item that the content part was added to.
    std::string item_id{};
    /// The index of the output item that the content part was added to.
    std::int64_t output_index{};
    /// The index of the content part that was added.
    std::int64_t content_index{};
    /// The content part that was added.
    openai::response_content_part_done_event_part part{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_content_part_added_event, (),
                      (type, item_id, output_index, content_index, part, sequence_number))
OPENAI_EXTERN_JSON_READER(response_content_part_added_event)

OPENAI_END_NAMESPACE

#endif
