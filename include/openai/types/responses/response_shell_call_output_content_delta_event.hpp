// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseShellCallOutputContentDeltaEvent (spec schema ResponseShellCallOutputContentDeltaStreamingEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A delta of stdout/stderr emitted while a shell call was running.
struct response_shell_call_output_content_delta_event_delta
{
    /// The stdout delta that was emitted.
    std::optional<std::string> stdout{};
    /// The stderr delta that was emitted.
    std::optional<std::string> stderr{};
};
BOOST_DESCRIBE_STRUCT(response_shell_call_output_content_delta_event_delta, (), (stdout, stderr))
OPENAI_EXTERN_JSON_READER(response_shell_call_output_content_delta_event_delta)

/// A streaming event that indicated shell call output was incrementally added.
struct response_shell_call_output_content_delta_event
{
    /// The type of the event, always `response.shell_call_output_content.delta`.
    std::string type = "response.shell_call_output_content.delta";
    /// The sequence number of the event that was emitted.
    std::int64_t sequence_number{};
    /// The ID of the output item that was updated.
    std::string item_id{};
    /// The index of the output item that was updated.
    std::int64_t output_index{};
    /// The index of the shell command that produced output.
    std::int64_t command_index{};
    /// The stdout/stderr delta that was emitted.
    openai::response_shell_call_output_content_delta_event_delta delta{};
};
BOOST_DESCRIBE_STRUCT(response_shell_call_output_content_delta_event, (),
                      (type, sequence_number, item_id, output_index, command_index, delta))
OPENAI_EXTERN_JSON_READER(response_shell_call_output_content_delta_event)

OPENAI_END_NAMESPACE

#endif
