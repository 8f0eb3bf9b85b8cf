// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseMcpListToolsCompletedEvent (spec schema ResponseMCPListToolsCompletedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the list of available MCP tools has been successfully retrieved.
struct response_mcp_list_tools_completed_event
{
    /// The type of the event. Always 'response.mcp_list_tools.completed'. Always
    /// `response.mcp_list_tools.completed`.
    std::string type = "response.mcp_list_tools.completed";
    /// The ID of the MCP tool call item that produced this output.
    std::string item_id{};
    /// The index of the output item that was processed.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_mcp_list_tools_completed_event, (), (type, item_id, output_index, sequence_number))
OPENAI_EXTERN_JSON_READER(response_mcp_list_tools_completed_event)

OPENAI_END_NAMESPACE

#endif
