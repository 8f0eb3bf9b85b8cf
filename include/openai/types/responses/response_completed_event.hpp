// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCompletedEvent (spec schema ResponseCompletedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPLETED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPLETED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the model response is complete.
struct response_completed_event
{
    /// The type of the event. Always `response.completed`.
    std::string type = "response.completed";
    /// Properties of the completed response.
    openai::response response{};
    /// The sequence number for this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_completed_event, (), (type, response, sequence_number))
OPENAI_EXTERN_JSON_READER(response_completed_event)

OPENAI_END_NAMESPACE

#endif
