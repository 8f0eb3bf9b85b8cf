// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseMcpCallArgumentsDeltaEvent (spec schema ResponseMCPCallArgumentsDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
struct response_mcp_call_arguments_delta_event
{
    /// The type of the event. Always 'response.mcp_call_arguments.delta'. Always
    /// `response.mcp_call_arguments.delta`.
    std::string type = "response.mcp_call_arguments.delta";
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The unique identifier of the MCP tool call item being processed.
    std::string item_id{};
    /// A JSON string containing the partial update to the arguments for the MCP tool call.
    std::string delta{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_mcp_call_arguments_delta_event, (),
                      (type, output_index, item_id, delta, sequence_number))
OPENAI_EXTERN_JSON_READER(response_mcp_call_arguments_delta_event)

OPENAI_END_NAMESPACE

#endif
