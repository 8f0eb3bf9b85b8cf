// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCodeInterpreterCallInProgressEvent (spec schema ResponseCodeInterpreterCallInProgressEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a code interpreter call is in progress.
struct response_code_interpreter_call_in_progress_event
{
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    std::string type = "response.code_interpreter_call.in_progress";
    /// The index of the output item in the response for which the code interpreter call is in
    /// progress.
    std::int64_t output_index{};
    /// The unique identifier of the code interpreter tool call item.
    std::string item_id{};
    /// The sequence number of this event, used to order streaming events.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_code_interpreter_call_in_progress_event, (),
                      (type, output_index, item_id, sequence_number))
OPENAI_EXTERN_JSON_READER(response_code_interpreter_call_in_progress_event)

OPENAI_END_NAMESPACE

#endif
