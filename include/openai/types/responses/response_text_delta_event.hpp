// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseTextDeltaEvent (spec schema ResponseTextDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_text_done_event.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Emitted when there is an additional text delta.
struct response_text_delta_event
{
    /// The type of the event. Always `response.output_text.delta`.
    std::string type = "response.output_text.delta";
    /// The ID of the output item that the text delta was added to.
    std::string item_id{};
    /// The index of the output item that the text delta was added to.
    std::int64_t output_index{};
    /// The index of the content part that the text delta was added to.
    std::int64_t content_index{};
    /// The text delta that was added.
    std::string delta{};
    /// The sequence number for this event.
    std::int64_t sequence_number{};
    /// The log probabilities of the tokens in the delta.
    std::vector<openai::response_text_done_event_logprob> logprobs{};
};
BOOST_DESCRIBE_STRUCT(response_text_delta_event, (),
                      (type, item_id, output_index, content_index, delta, sequence_number, logprobs))
OPENAI_EXTERN_JSON_READER(response_text_delta_event)

OPENAI_END_NAMESPACE

#endif
