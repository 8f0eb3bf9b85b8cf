// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseMcpListToolsInProgressEvent (spec schema ResponseMCPListToolsInProgressEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the system is in the process of retrieving the list of available MCP tools.
struct response_mcp_list_tools_in_progress_event
{
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'. Always
    /// `response.mcp_list_tools.in_progress`.
    std::string type = "response.mcp_list_tools.in_progress";
    /// The ID of the MCP tool call item that is being processed.
    std::string item_id{};
    /// The index of the output item that is being processed.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_mcp_list_tools_in_progress_event, (), (type, item_id, output_index, sequence_number))
OPENAI_EXTERN_JSON_READER(response_mcp_list_tools_in_progress_event)

OPENAI_END_NAMESPACE

#endif
