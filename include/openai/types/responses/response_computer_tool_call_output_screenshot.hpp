// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseComputerToolCallOutputScreenshot (spec schema ComputerScreenshotImage).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_SCREENSHOT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_SCREENSHOT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A computer screenshot image used with the computer use tool.
struct response_computer_tool_call_output_screenshot
{
    /// Specifies the event type. For a computer screenshot, this property is always set to
    /// `computer_screenshot`.
    std::string type = "computer_screenshot";
    /// The URL of the screenshot image.
    std::optional<std::string> image_url{};
    /// The identifier of an uploaded file that contains the screenshot.
    std::optional<std::string> file_id{};
};
BOOST_DESCRIBE_STRUCT(response_computer_tool_call_output_screenshot, (), (type, image_url, file_id))
OPENAI_EXTERN_JSON_READER(response_computer_tool_call_output_screenshot)

OPENAI_END_NAMESPACE

#endif
