// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseComputerToolCallOutputItem (spec schema ComputerToolCallOutputResource).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_screenshot.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The output of a computer tool call.
struct response_computer_tool_call_output_item
{
    /// The type of the computer tool call output. Always `computer_call_output`.
    std::string type = "computer_call_output";
    /// The unique ID of the computer call tool output.
    std::string id{};
    /// The ID of the computer tool call that produced the output.
    std::string call_id{};
    /// The safety checks reported by the API that have been acknowledged by the developer.
    std::vector<openai::response_input_item_computer_call_output_acknowledged_safety_check>
        acknowledged_safety_checks{};
    /// A computer screenshot image used with the computer use tool.
    openai::response_computer_tool_call_output_screenshot output{};
    /// The status of the message input. One of `in_progress`, `completed`, or `incomplete`.
    /// Populated when input items are returned via API. One of: completed, incomplete, failed.
    std::string status{};
    /// The identifier of the actor that created the item.
    std::optional<std::string> created_by{};
};
BOOST_DESCRIBE_STRUCT(response_computer_tool_call_output_item, (),
                      (type, id, call_id, acknowledged_safety_checks, output, status, created_by))
OPENAI_EXTERN_JSON_READER(response_computer_tool_call_output_item)

OPENAI_END_NAMESPACE

#endif
