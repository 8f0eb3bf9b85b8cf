// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseImageGenCallCompletedEvent (spec schema ResponseImageGenCallCompletedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when an image generation tool call has completed and the final image is available.
struct response_image_gen_call_completed_event
{
    /// The type of the event. Always 'response.image_generation_call.completed'. Always
    /// `response.image_generation_call.completed`.
    std::string type = "response.image_generation_call.completed";
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The unique identifier of the image generation item being processed.
    std::string item_id{};
};
BOOST_DESCRIBE_STRUCT(response_image_gen_call_completed_event, (), (type, output_index, sequence_number, item_id))
OPENAI_EXTERN_JSON_READER(response_image_gen_call_completed_event)

OPENAI_END_NAMESPACE

#endif
