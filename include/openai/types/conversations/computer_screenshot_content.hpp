// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ComputerScreenshotContent (spec schema ComputerScreenshotContent).
#ifndef OPENAI_TYPES_CONVERSATIONS_COMPUTER_SCREENSHOT_CONTENT_HPP
#define OPENAI_TYPES_CONVERSATIONS_COMPUTER_SCREENSHOT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_input_file.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A screenshot of a computer.
struct computer_screenshot_content
{
    /// Specifies the event type. For a computer screenshot, this property is always set to
    /// `computer_screenshot`.
    std::string type = "computer_screenshot";
    /// The URL of the screenshot image.
    std::optional<std::string> image_url{};
    /// The identifier of an uploaded file that contains the screenshot.
    std::optional<std::string> file_id{};
    /// The detail level of the screenshot image to be sent to the model. One of `high`, `low`,
    /// `auto`, or `original`. Defaults to `auto`.
    std::string detail{};
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    /// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    std::optional<openai::response_input_file_prompt_cache_breakpoint> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(computer_screenshot_content, (), (type, image_url, file_id, detail, prompt_cache_breakpoint))
OPENAI_EXTERN_JSON_READER(computer_screenshot_content)

OPENAI_END_NAMESPACE

#endif
