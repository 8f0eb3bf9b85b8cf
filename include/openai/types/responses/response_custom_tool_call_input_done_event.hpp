// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCustomToolCallInputDoneEvent (spec schema ResponseCustomToolCallInputDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Event indicating that input for a custom tool call is complete.
struct response_custom_tool_call_input_done_event
{
    /// The event type identifier. Always `response.custom_tool_call_input.done`.
    std::string type = "response.custom_tool_call_input.done";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The index of the output this event applies to.
    std::int64_t output_index{};
    /// Unique identifier for the API item associated with this event.
    std::string item_id{};
    /// The complete input data for the custom tool call.
    std::string input{};
};
BOOST_DESCRIBE_STRUCT(response_custom_tool_call_input_done_event, (),
                      (type, sequence_number, output_index, item_id, input))
OPENAI_EXTERN_JSON_READER(response_custom_tool_call_input_done_event)

OPENAI_END_NAMESPACE

#endif
