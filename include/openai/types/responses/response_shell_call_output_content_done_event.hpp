// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseShellCallOutputContentDoneEvent (spec schema ResponseShellCallOutputContentDoneStreamingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A streaming event that indicated shell call output was completed.
struct response_shell_call_output_content_done_event
{
    /// The type of the event, always `response.shell_call_output_content.done`.
    std::string type = "response.shell_call_output_content.done";
    /// The sequence number of the event that was emitted.
    std::int64_t sequence_number{};
    /// The ID of the output item that was updated.
    std::string item_id{};
    /// The index of the output item that was updated.
    std::int64_t output_index{};
    /// The index of the shell command that produced output.
    std::int64_t command_index{};
    /// The output contents emitted for the shell command.
    std::vector<openai::response_function_shell_tool_call_output_output> output{};
};
BOOST_DESCRIBE_STRUCT(response_shell_call_output_content_done_event, (),
                      (type, sequence_number, item_id, output_index, command_index, output))
OPENAI_EXTERN_JSON_READER(response_shell_call_output_content_done_event)

OPENAI_END_NAMESPACE

#endif
