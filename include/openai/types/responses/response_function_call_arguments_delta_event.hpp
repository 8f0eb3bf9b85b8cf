// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionCallArgumentsDeltaEvent (spec schema ResponseFunctionCallArgumentsDeltaEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when there is a partial function-call arguments delta.
struct response_function_call_arguments_delta_event
{
    /// The type of the event. Always `response.function_call_arguments.delta`.
    std::string type = "response.function_call_arguments.delta";
    /// The ID of the output item that the function-call arguments delta is added to.
    std::string item_id{};
    /// The index of the output item that the function-call arguments delta is added to.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The function-call arguments delta that is added.
    std::string delta{};
};
BOOST_DESCRIBE_STRUCT(response_function_call_arguments_delta_event, (),
                      (type, item_id, output_index, sequence_number, delta))
OPENAI_EXTERN_JSON_READER(response_function_call_arguments_delta_event)

OPENAI_END_NAMESPACE

#endif
