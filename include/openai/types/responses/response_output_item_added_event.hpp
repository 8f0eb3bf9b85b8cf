// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputItemAddedEvent (spec schema ResponseOutputItemAddedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_ITEM_ADDED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_ITEM_ADDED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_apply_patch_tool_call.hpp>
#include <openai/types/responses/response_apply_patch_tool_call_output.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_item.hpp>
#include <openai/types/responses/response_custom_tool_call.hpp>
#include <openai/types/responses/response_custom_tool_call_output_item.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>
#include <openai/types/responses/response_function_tool_call.hpp>
#include <openai/types/responses/response_function_tool_call_output_item.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_output_message.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when a new output item is added.
struct response_output_item_added_event
{
    /// The type of the event. Always `response.output_item.added`.
    std::string type = "response.output_item.added";
    /// The index of the output item that was added.
    std::int64_t output_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The output item that was added. For reasoning items, `encrypted_content` may be incomplete
    /// while the item is in progress. Use the reasoning item from the corresponding
    /// `response.output_item.done` event when passing it as input to a subsequent request.
    openai::response_output_item item{};
};
BOOST_DESCRIBE_STRUCT(response_output_item_added_event, (), (type, output_index, sequence_number, item))
OPENAI_EXTERN_JSON_READER(response_output_item_added_event)

OPENAI_END_NAMESPACE

#endif
