// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseErrorEvent (spec schema ResponseErrorEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_ERROR_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_ERROR_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when an error occurs.
struct response_error_event
{
    /// The type of the event. Always `error`.
    std::string type = "error";
    /// The error code.
    std::optional<std::string> code{};
    /// The error message.
    std::string message{};
    /// The error parameter.
    std::optional<std::string> param{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_error_event, (), (type, code, message, param, sequence_number))
OPENAI_EXTERN_JSON_READER(response_error_event)

OPENAI_END_NAMESPACE

#endif
