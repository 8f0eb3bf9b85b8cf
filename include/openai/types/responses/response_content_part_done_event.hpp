// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseContentPartDoneEvent (spec schema ResponseContentPartDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CONTENT_PART_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CONTENT_PART_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_output_refusal.hpp>
#include <openai/types/responses/response_output_text.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_content_part_done_event_part =
    std::variant<openai::response_output_text, openai::response_output_refusal, openai::response_reasoning_item_content,
                 openai::unknown_json>;
using response_content_part_added_event_part = response_content_part_done_event_part;

namespace detail {
inline constexpr json_union_case response_content_part_done_event_part_cases[] = {
    {"output_text", 0}, {"refusal", 1}, {"reasoning_text", 2}};
template <>
inline constexpr json_union_table json_union<response_content_part_done_event_part>{
    .key = "type", .cases = response_content_part_done_event_part_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_content_part_done_event_part)

/// Emitted when a content part is done.
struct response_content_part_done_event
{
    /// The type of the event. Always `response.content_part.done`.
    std::string type = "response.content_part.done";
    /// The ID of the output item that the content part was added to.
    std::string item_id{};
    /// The index of the output item that the content part was added to.
    std::int64_t output_index{};
    /// The index of the content part that is done.
    std::int64_t content_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The content part that is done.
    openai::response_content_part_done_event_part part{};
};
BOOST_DESCRIBE_STRUCT(response_content_part_done_event, (),
                      (type, item_id, output_index, content_index, sequence_number, part))
OPENAI_EXTERN_JSON_READER(response_content_part_done_event)

OPENAI_END_NAMESPACE

#endif
