// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseComputerToolCall (spec schema ComputerToolCall).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/computer_action.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A pending safety check for the computer call.
struct response_input_item_computer_call_output_acknowledged_safety_check
{
    /// The ID of the pending safety check.
    std::string id{};
    /// The type of the pending safety check.
    std::optional<std::string> code{};
    /// Details about the pending safety check.
    std::optional<std::string> message{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_computer_call_output_acknowledged_safety_check, (), (id, code, message))
using response_computer_tool_call_output_item_acknowledged_safety_check =
    response_input_item_computer_call_output_acknowledged_safety_check;
using response_computer_tool_call_pending_safety_check =
    response_input_item_computer_call_output_acknowledged_safety_check;
OPENAI_EXTERN_JSON_READER(response_input_item_computer_call_output_acknowledged_safety_check)

/// A tool call to a computer use tool. See the [computer use
/// guide](/docs/guides/tools-computer-use) for more information.
struct response_computer_tool_call
{
    /// The type of the computer call. Always `computer_call`.
    std::string type = "computer_call";
    /// The unique ID of the computer call.
    std::string id{};
    /// An identifier used when responding to the tool call with output.
    std::string call_id{};
    /// The `action` member.
    std::optional<openai::computer_action> action{};
    /// Flattened batched actions for `computer_use`. Each action includes an `type` discriminator
    /// and action-specific fields.
    std::vector<openai::computer_action> actions{};
    /// The pending safety checks for the computer call.
    std::vector<openai::response_input_item_computer_call_output_acknowledged_safety_check> pending_safety_checks{};
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when
    /// items are returned via API.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_computer_tool_call, (),
                      (type, id, call_id, action, actions, pending_safety_checks, status))
OPENAI_EXTERN_JSON_READER(response_computer_tool_call)

OPENAI_END_NAMESPACE

#endif
