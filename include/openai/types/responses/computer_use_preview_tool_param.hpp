// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ComputerUsePreviewToolParam (spec schema ComputerUsePreviewTool).
#ifndef OPENAI_TYPES_RESPONSES_COMPUTER_USE_PREVIEW_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_COMPUTER_USE_PREVIEW_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A tool that controls a virtual computer. Learn more about the [computer
/// tool](https://platform.openai.com/docs/guides/tools-computer-use).
struct computer_use_preview_tool_param
{
    /// The type of the computer use tool. Always `computer_use_preview`.
    std::string type = "computer_use_preview";
    /// The type of computer environment to control. One of: windows, mac, linux, ubuntu, browser.
    std::string environment{};
    /// The width of the computer display.
    std::int64_t display_width{};
    /// The height of the computer display.
    std::int64_t display_height{};
};
BOOST_DESCRIBE_STRUCT(computer_use_preview_tool_param, (), (type, environment, display_width, display_height))
OPENAI_EXTERN_JSON_WRITER(computer_use_preview_tool_param)

OPENAI_END_NAMESPACE

#endif
