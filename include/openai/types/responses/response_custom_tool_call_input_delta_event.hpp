// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCustomToolCallInputDeltaEvent (spec schema ResponseCustomToolCallInputDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Event representing a delta (partial update) to the input of a custom tool call.
struct response_custom_tool_call_input_delta_event
{
    /// The event type identifier. Always `response.custom_tool_call_input.delta`.
    std::string type = "response.custom_tool_call_input.delta";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The index of the output this delta applies to.
    std::int64_t output_index{};
    /// Unique identifier for the API item associated with this event.
    std::string item_id{};
    /// The incremental input data (delta) for the custom tool call.
    std::string delta{};
};
BOOST_DESCRIBE_STRUCT(response_custom_tool_call_input_delta_event, (),
                      (type, sequence_number, output_index, item_id, delta))
OPENAI_EXTERN_JSON_READER(response_custom_tool_call_input_delta_event)

OPENAI_END_NAMESPACE

#endif
