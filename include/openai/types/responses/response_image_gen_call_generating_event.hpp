// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseImageGenCallGeneratingEvent (spec schema ResponseImageGenCallGeneratingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when an image generation tool call is actively generating an image (intermediate state).
struct response_image_gen_call_generating_event
{
    /// The type of the event. Always 'response.image_generation_call.generating'. Always
    /// `response.image_generation_call.generating`.
    std::string type = "response.image_generation_call.generating";
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The unique identifier of the image generation item being processed.
    std::string item_id{};
    /// The sequence number of the image generation item being processed.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_image_gen_call_generating_event, (), (type, output_index, item_id, sequence_number))
OPENAI_EXTERN_JSON_READER(response_image_gen_call_generating_event)

OPENAI_END_NAMESPACE

#endif
