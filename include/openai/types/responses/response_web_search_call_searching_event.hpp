// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseWebSearchCallSearchingEvent (spec schema ResponseWebSearchCallSearchingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a web search call is executing.
struct response_web_search_call_searching_event
{
    /// The type of the event. Always `response.web_search_call.searching`.
    std::string type = "response.web_search_call.searching";
    /// The index of the output item that the web search call is associated with.
    std::int64_t output_index{};
    /// Unique ID for the output item associated with the web search call.
    std::string item_id{};
    /// The sequence number of the web search call being processed.
    std::int64_t sequence_number{};
};
BOOST_DESCRIBE_STRUCT(response_web_search_call_searching_event, (), (type, output_index, item_id, sequence_number))
OPENAI_EXTERN_JSON_READER(response_web_search_call_searching_event)

OPENAI_END_NAMESPACE

#endif
