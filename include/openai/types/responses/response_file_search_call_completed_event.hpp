// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFileSearchCallCompletedEvent (spec schema ResponseFileSearchCallCompletedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a file search call is completed (results found).
struct response_file_search_call_completed_event
{
    /// The type of the event. Always `response.file_search_call.completed`.
    std::string type = "response.file_search_call.completed";
    /// The index of the output item that the file search call is initiated.
    std::int64_t output_index{};
    /// The ID of the output item that the file search call is initiated.
    std::string item_id{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_file_search_call_completed_event, (), (type, output_index, item_id, sequence_number))
OPENAI_EXTERN_JSON_READER(response_file_search_call_completed_event)

OPENAI_END_NAMESPACE

#endif
