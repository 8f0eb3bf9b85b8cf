// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseIncompleteEvent (spec schema ResponseIncompleteEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INCOMPLETE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INCOMPLETE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// An event that is emitted when a response finishes as incomplete.
struct response_incomplete_event
{
    /// The type of the event. Always `response.incomplete`.
    std::string type = "response.incomplete";
    /// The response that was incomplete.
    openai::response response{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_incomplete_event, (), (type, response, sequence_number))
OPENAI_EXTERN_JSON_READER(response_incomplete_event)

OPENAI_END_NAMESPACE

#endif
