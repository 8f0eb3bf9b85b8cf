// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputImageContent (spec schema InputImageContentParamAutoParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_IMAGE_CONTENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_IMAGE_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_input_file_content.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// An image input to the model. Learn about [image inputs](/docs/guides/vision)
struct response_input_image_content
{
    /// The type of the input item. Always `input_image`.
    std::string type = "input_image";
    /// The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image
    /// in a data URL.
    std::optional<std::string> image_url{};
    /// The ID of the file to be sent to the model.
    std::optional<std::string> file_id{};
    /// One of: low, high, auto, original.
    std::optional<std::string> detail{};
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    /// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    std::optional<openai::response_input_file_content_prompt_cache_breakpoint> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(response_input_image_content, (), (type, image_url, file_id, detail, prompt_cache_breakpoint))
OPENAI_EXTERN_JSON_READER(response_input_image_content)

OPENAI_END_NAMESPACE

#endif
