// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.CustomToolParam (spec schema CustomToolParam).
#ifndef OPENAI_TYPES_RESPONSES_CUSTOM_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_CUSTOM_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/shared_params/custom_tool_input_format.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A custom tool that processes input using a specified format. Learn more about   [custom
/// tools](/docs/guides/function-calling#custom-tools)
struct custom_tool_param
{
    /// The type of the custom tool. Always `custom`.
    std::string type = "custom";
    /// The name of the custom tool, used to identify it in tool calls.
    std::string name{};
    /// Optional description of the custom tool, used to provide more context.
    std::optional<std::string> description{};
    /// The input format for the custom tool. Default is unconstrained text.
    std::optional<openai::custom_tool_input_format_param> format{};
    /// Whether this tool should be deferred and discovered via tool search.
    std::optional<bool> defer_loading{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(custom_tool_param, (), (type, name, description, format, defer_loading, allowed_callers))
OPENAI_EXTERN_JSON_WRITER(custom_tool_param)

OPENAI_END_NAMESPACE

#endif
