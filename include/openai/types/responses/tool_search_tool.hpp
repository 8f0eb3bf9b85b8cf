// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolSearchTool (spec schema ToolSearchToolParam).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_SEARCH_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_SEARCH_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Hosted or BYOT tool search configuration for deferred tools.
struct tool_search_tool
{
    /// The type of the tool. Always `tool_search`.
    std::string type = "tool_search";
    /// Whether tool search is executed by the server or by the client. One of: server, client.
    std::optional<std::string> execution{};
    /// Description shown to the model for a client-executed tool search tool.
    std::optional<std::string> description{};
    /// The `parameters` member.
    std::optional<boost::json::object> parameters{};
};
BOOST_DESCRIBE_STRUCT(tool_search_tool, (), (type, execution, description, parameters))
OPENAI_EXTERN_JSON_READER(tool_search_tool)

OPENAI_END_NAMESPACE

#endif
