// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseQueuedEvent (spec schema ResponseQueuedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_QUEUED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_QUEUED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a response is queued and waiting to be processed.
struct response_queued_event
{
    /// The type of the event. Always 'response.queued'. Always `response.queued`.
    std::string type = "response.queued";
    /// The full response object that is queued.
    openai::response response{};
    /// The sequence number for this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_queued_event, (), (type, response, sequence_number))
OPENAI_EXTERN_JSON_READER(response_queued_event)

OPENAI_END_NAMESPACE

#endif
