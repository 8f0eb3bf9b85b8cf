// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ComputerTool (spec schema ComputerTool).
#ifndef OPENAI_TYPES_RESPONSES_COMPUTER_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_COMPUTER_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// A tool that controls a virtual computer. Learn more about the [computer
/// tool](https://platform.openai.com/docs/guides/tools-computer-use).
struct computer_tool
{
    /// The type of the computer tool. Always `computer`.
    std::string type = "computer";
};
BOOST_DESCRIBE_STRUCT(computer_tool, (), (type))
OPENAI_EXTERN_JSON_READER(computer_tool)

OPENAI_END_NAMESPACE

#endif
