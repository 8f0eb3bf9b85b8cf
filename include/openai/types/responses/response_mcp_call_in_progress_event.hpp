// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseMcpCallInProgressEvent (spec schema ResponseMCPCallInProgressEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when an MCP  tool call is in progress.
struct response_mcp_call_in_progress_event
{
    /// The type of the event. Always 'response.mcp_call.in_progress'. Always
    /// `response.mcp_call.in_progress`.
    std::string type = "response.mcp_call.in_progress";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The unique identifier of the MCP tool call item being processed.
    std::string item_id{};
};
BOOST_DESCRIBE_STRUCT(response_mcp_call_in_progress_event, (), (type, sequence_number, output_index, item_id))
OPENAI_EXTERN_JSON_READER(response_mcp_call_in_progress_event)

OPENAI_END_NAMESPACE

#endif
