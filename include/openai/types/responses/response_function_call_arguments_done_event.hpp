// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionCallArgumentsDoneEvent (spec schema ResponseFunctionCallArgumentsDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when function-call arguments are finalized.
struct response_function_call_arguments_done_event
{
    /// Always `response.function_call_arguments.done`.
    std::string type = "response.function_call_arguments.done";
    /// The ID of the item.
    std::string item_id{};
    /// The name of the function that was called.
    std::string name{};
    /// The index of the output item.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The function-call arguments.
    std::string arguments{};
};
BOOST_DESCRIBE_STRUCT(response_function_call_arguments_done_event, (),
                      (type, item_id, name, output_index, sequence_number, arguments))
OPENAI_EXTERN_JSON_READER(response_function_call_arguments_done_event)

OPENAI_END_NAMESPACE

#endif
