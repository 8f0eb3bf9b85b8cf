// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ComputerToolParam (spec schema ComputerTool).
#ifndef OPENAI_TYPES_RESPONSES_COMPUTER_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_COMPUTER_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// A tool that controls a virtual computer. Learn more about the [computer
/// tool](https://platform.openai.com/docs/guides/tools-computer-use).
struct computer_tool_param
{
    /// The type of the computer tool. Always `computer`.
    std::string type = "computer";
};
BOOST_DESCRIBE_STRUCT(computer_tool_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(computer_tool_param)

OPENAI_END_NAMESPACE

#endif
