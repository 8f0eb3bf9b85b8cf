// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseComputerToolCallParam (spec schema ComputerToolCall).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPUTER_TOOL_CALL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/computer_action_param.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A pending safety check for the computer call.
struct response_input_item_computer_call_output_acknowledged_safety_check_param
{
    /// The ID of the pending safety check.
    std::string id{};
    /// The type of the pending safety check.
    std::optional<std::string> code{};
    /// Details about the pending safety check.
    std::optional<std::string> message{};
};
BOOST_DESCRIBE_STRUCT(response_input_item_computer_call_output_acknowledged_safety_check_param, (), (id, code, message))
using response_computer_tool_call_pending_safety_check_param =
    response_input_item_computer_call_output_acknowledged_safety_check_param;
using response_input_computer_call_output_acknowledged_safety_check_param =
    response_input_item_computer_call_output_acknowledged_safety_check_param;
OPENAI_EXTERN_JSON_WRITER(response_input_item_computer_call_output_acknowledged_safety_check_param)

/// A tool call to a computer use tool. See the [computer use
/// guide](/docs/guides/tools-computer-use) for more information.
struct response_computer_tool_call_param
{
    /// The type of the computer call. Always `computer_call`.
    std::string type = "computer_call";
    /// The unique ID of the computer call.
    std::string id{};
    /// An identifier used when responding to the tool call with output.
    std::string call_id{};
    /// The `action` member.
    std::optional<openai::computer_action_param> action{};
    /// Flattened batched actions for `computer_use`. Each action includes an `type` discriminator
    /// and action-specific fields.
    std::vector<openai::computer_action_param> actions{};
    /// The pending safety checks for the computer call.
    std::vector<openai::response_input_item_computer_call_output_acknowledged_safety_check_param>
        pending_safety_checks{};
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when
    /// items are returned via API.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_computer_tool_call_param, (),
                      (type, id, call_id, action, actions, pending_safety_checks, status))
OPENAI_EXTERN_JSON_WRITER(response_computer_tool_call_param)

OPENAI_END_NAMESPACE

#endif
