// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolChoiceMcp (spec schema ToolChoiceMCP).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_CHOICE_MCP_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_CHOICE_MCP_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Use this option to force the model to call a specific tool on a remote MCP server.
struct tool_choice_mcp
{
    /// For MCP tools, the type is always `mcp`.
    std::string type = "mcp";
    /// The label of the MCP server to use.
    std::string server_label{};
    /// The name of the tool to call on the server.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(tool_choice_mcp, (), (type, server_label, name))
OPENAI_EXTERN_JSON_READER(tool_choice_mcp)

OPENAI_END_NAMESPACE

#endif
