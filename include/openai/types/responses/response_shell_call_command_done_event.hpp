// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseShellCallCommandDoneEvent (spec schema ResponseShellCallCommandDoneStreamingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_COMMAND_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_COMMAND_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A streaming event that indicated a shell command was completed.
struct response_shell_call_command_done_event
{
    /// The type of the event, always `response.shell_call_command.done`.
    std::string type = "response.shell_call_command.done";
    /// The sequence number of the event that was emitted.
    std::int64_t sequence_number{};
    /// The index of the output item that was updated.
    std::int64_t output_index{};
    /// The index of the shell command that was completed.
    std::int64_t command_index{};
    /// The final shell command that was emitted.
    std::string command{};
};
BOOST_DESCRIBE_STRUCT(response_shell_call_command_done_event, (),
                      (type, sequence_number, output_index, command_index, command))
OPENAI_EXTERN_JSON_READER(response_shell_call_command_done_event)

OPENAI_END_NAMESPACE

#endif
