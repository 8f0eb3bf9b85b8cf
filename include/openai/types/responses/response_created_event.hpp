// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCreatedEvent (spec schema ResponseCreatedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CREATED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CREATED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// An event that is emitted when a response is created.
struct response_created_event
{
    /// The type of the event. Always `response.created`.
    std::string type = "response.created";
    /// The response that was created.
    openai::response response{};
    /// The sequence number for this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_created_event, (), (type, response, sequence_number))
OPENAI_EXTERN_JSON_READER(response_created_event)

OPENAI_END_NAMESPACE

#endif
