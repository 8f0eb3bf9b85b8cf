// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCodeInterpreterCallCompletedEvent (spec schema ResponseCodeInterpreterCallCompletedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the code interpreter call is completed.
struct response_code_interpreter_call_completed_event
{
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    std::string type = "response.code_interpreter_call.completed";
    /// The index of the output item in the response for which the code interpreter call is
    /// completed.
    std::int64_t output_index{};
    /// The unique identifier of the code interpreter tool call item.
    std::string item_id{};
    /// The sequence number of this event, used to order streaming events.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_code_interpreter_call_completed_event, (),
                      (type, output_index, item_id, sequence_number))
OPENAI_EXTERN_JSON_READER(response_code_interpreter_call_completed_event)

OPENAI_END_NAMESPACE

#endif
