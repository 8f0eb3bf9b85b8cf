// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFailedEvent (spec schema ResponseFailedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FAILED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FAILED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// An event that is emitted when a response fails.
struct response_failed_event
{
    /// The type of the event. Always `response.failed`.
    std::string type = "response.failed";
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The response that failed.
    openai::response response{};
};
BOOST_DESCRIBE_STRUCT(response_failed_event, (), (type, sequence_number, response))
OPENAI_EXTERN_JSON_READER(response_failed_event)

OPENAI_END_NAMESPACE

#endif
