// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInProgressEvent (spec schema ResponseInProgressEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_IN_PROGRESS_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_IN_PROGRESS_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when the response is in progress.
struct response_in_progress_event
{
    /// The type of the event. Always `response.in_progress`.
    std::string type = "response.in_progress";
    /// The response that is in progress.
    openai::response response{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_in_progress_event, (), (type, response, sequence_number))
OPENAI_EXTERN_JSON_READER(response_in_progress_event)

OPENAI_END_NAMESPACE

#endif
