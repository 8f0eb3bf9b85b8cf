// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseImageGenCallPartialImageEvent (spec schema ResponseImageGenCallPartialImageEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a partial image is available during image generation streaming.
struct response_image_gen_call_partial_image_event
{
    /// The type of the event. Always 'response.image_generation_call.partial_image'. Always
    /// `response.image_generation_call.partial_image`.
    std::string type = "response.image_generation_call.partial_image";
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The unique identifier of the image generation item being processed.
    std::string item_id{};
    /// The sequence number of the image generation item being processed.
    std::int64_t sequence_number{};
    /// 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).
    std::int64_t partial_image_index{};
    /// Base64-encoded partial image data, suitable for rendering as an image.
    std::string partial_image_b64{};
    /// The image size that was used.
    std::optional<std::string> size{};
    /// The image quality that was used.
    std::optional<std::string> quality{};
    /// The background setting that was used.
    std::optional<std::string> background{};
    /// The output format that was used.
    std::optional<std::string> output_format{};
};
BOOST_DESCRIBE_STRUCT(response_image_gen_call_partial_image_event, (),
                      (type, output_index, item_id, sequence_number, partial_image_index, partial_image_b64, size,
                       quality, background, output_format))
OPENAI_EXTERN_JSON_READER(response_image_gen_call_partial_image_event)

OPENAI_END_NAMESPACE

#endif
