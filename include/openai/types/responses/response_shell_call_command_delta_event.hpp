// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseShellCallCommandDeltaEvent (spec schema ResponseShellCallCommandDeltaStreamingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_COMMAND_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_COMMAND_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A streaming event that indicated a shell command was incrementally updated.
struct response_shell_call_command_delta_event
{
    /// The type of the event, always `response.shell_call_command.delta`.
    std::string type = "response.shell_call_command.delta";
    /// The sequence number of the event that was emitted.
    std::int64_t sequence_number{};
    /// The index of the output item that was updated.
    std::int64_t output_index{};
    /// The index of the shell command that was updated.
    std::int64_t command_index{};
    /// The shell command delta that was appended.
    std::string delta{};
    /// An obfuscation string that was added to pad the event payload.
    std::optional<std::string> obfuscation{};
};
BOOST_DESCRIBE_STRUCT(response_shell_call_command_delta_event, (),
                      (type, sequence_number, output_index, command_index, delta, obfuscation))
OPENAI_EXTERN_JSON_READER(response_shell_call_command_delta_event)

OPENAI_END_NAMESPACE

#endif
