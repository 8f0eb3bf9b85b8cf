// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseStreamEvent (spec schema ResponseStreamEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_STREAM_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_STREAM_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_audio_delta_event.hpp>
#include <openai/types/responses/response_audio_done_event.hpp>
#include <openai/types/responses/response_audio_transcript_delta_event.hpp>
#include <openai/types/responses/response_audio_transcript_done_event.hpp>
#include <openai/types/responses/response_code_interpreter_call_code_delta_event.hpp>
#include <openai/types/responses/response_code_interpreter_call_code_done_event.hpp>
#include <openai/types/responses/response_code_interpreter_call_completed_event.hpp>
#include <openai/types/responses/response_code_interpreter_call_in_progress_event.hpp>
#include <openai/types/responses/response_code_interpreter_call_interpreting_event.hpp>
#include <openai/types/responses/response_completed_event.hpp>
#include <openai/types/responses/response_content_part_added_event.hpp>
#include <openai/types/responses/response_content_part_done_event.hpp>
#include <openai/types/responses/response_created_event.hpp>
#include <openai/types/responses/response_custom_tool_call_input_delta_event.hpp>
#include <openai/types/responses/response_custom_tool_call_input_done_event.hpp>
#include <openai/types/responses/response_error_event.hpp>
#include <openai/types/responses/response_failed_event.hpp>
#include <openai/types/responses/response_file_search_call_completed_event.hpp>
#include <openai/types/responses/response_file_search_call_in_progress_event.hpp>
#include <openai/types/responses/response_file_search_call_searching_event.hpp>
#include <openai/types/responses/response_function_call_arguments_delta_event.hpp>
#include <openai/types/responses/response_function_call_arguments_done_event.hpp>
#include <openai/types/responses/response_image_gen_call_completed_event.hpp>
#include <openai/types/responses/response_image_gen_call_generating_event.hpp>
#include <openai/types/responses/response_image_gen_call_in_progress_event.hpp>
#include <openai/types/responses/response_image_gen_call_partial_image_event.hpp>
#include <openai/types/responses/response_in_progress_event.hpp>
#include <openai/types/responses/response_incomplete_event.hpp>
#include <openai/types/responses/response_mcp_call_arguments_delta_event.hpp>
#include <openai/types/responses/response_mcp_call_arguments_done_event.hpp>
#include <openai/types/responses/response_mcp_call_completed_event.hpp>
#include <openai/types/responses/response_mcp_call_failed_event.hpp>
#include <openai/types/responses/response_mcp_call_in_progress_event.hpp>
#include <openai/types/responses/response_mcp_list_tools_completed_event.hpp>
#include <openai/types/responses/response_mcp_list_tools_failed_event.hpp>
#include <openai/types/responses/response_mcp_list_tools_in_progress_event.hpp>
#include <openai/types/responses/response_output_item_added_event.hpp>
#include <openai/types/responses/response_output_item_done_event.hpp>
#include <openai/types/responses/response_output_text_annotation_added_event.hpp>
#include <openai/types/responses/response_queued_event.hpp>
#include <openai/types/responses/response_reasoning_summary_part_added_event.hpp>
#include <openai/types/responses/response_reasoning_summary_part_done_event.hpp>
#include <openai/types/responses/response_reasoning_summary_text_delta_event.hpp>
#include <openai/types/responses/response_reasoning_summary_text_done_event.hpp>
#include <openai/types/responses/response_reasoning_text_delta_event.hpp>
#include <openai/types/responses/response_reasoning_text_done_event.hpp>
#include <openai/types/responses/response_refusal_delta_event.hpp>
#include <openai/types/responses/response_refusal_done_event.hpp>
#include <openai/types/responses/response_shell_call_command_added_event.hpp>
#include <openai/types/responses/response_shell_call_command_delta_event.hpp>
#include <openai/types/responses/response_shell_call_command_done_event.hpp>
#include <openai/types/responses/response_shell_call_output_content_delta_event.hpp>
#include <openai/types/responses/response_shell_call_output_content_done_event.hpp>
#include <openai/types/responses/response_text_delta_event.hpp>
#include <openai/types/responses/response_text_done_event.hpp>
#include <openai/types/responses/response_web_search_call_completed_event.hpp>
#include <openai/types/responses/response_web_search_call_in_progress_event.hpp>
#include <openai/types/responses/response_web_search_call_searching_event.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// Event emitted while a response is streamed.
using response_stream_event = std::variant<
    openai::response_audio_delta_event, openai::response_audio_done_event,
    openai::response_audio_transcript_delta_event, openai::response_audio_transcript_done_event,
    openai::response_code_interpreter_call_code_delta_event, openai::response_code_interpreter_call_code_done_event,
    openai::response_code_interpreter_call_completed_event, openai::response_code_interpreter_call_in_progress_event,
    openai::response_code_interpreter_call_interpreting_event, openai::response_completed_event,
    openai::response_content_part_added_event, openai::response_content_part_done_event, openai::response_created_event,
    openai::response_error_event, openai::response_file_search_call_completed_event,
    openai::response_file_search_call_in_progress_event, openai::response_file_search_call_searching_event,
    openai::response_function_call_arguments_delta_event, openai::response_function_call_arguments_done_event,
    openai::response_shell_call_command_added_event, openai::response_shell_call_command_delta_event,
    openai::response_shell_call_command_done_event, openai::response_shell_call_output_content_delta_event,
    openai::response_shell_call_output_content_done_event, openai::response_in_progress_event,
    openai::response_failed_event, openai::response_incomplete_event, openai::response_output_item_added_event,
    openai::response_output_item_done_event, openai::response_reasoning_summary_part_added_event,
    openai::response_reasoning_summary_part_done_event, openai::response_reasoning_summary_text_delta_event,
    openai::response_reasoning_summary_text_done_event, openai::response_reasoning_text_delta_event,
    openai::response_reasoning_text_done_event, openai::response_refusal_delta_event,
    openai::response_refusal_done_event, openai::response_text_delta_event, openai::response_text_done_event,
    openai::response_web_search_call_completed_event, openai::response_web_search_call_in_progress_event,
    openai::response_web_search_call_searching_event, openai::response_image_gen_call_completed_event,
    openai::response_image_gen_call_generating_event, openai::response_image_gen_call_in_progress_event,
    openai::response_image_gen_call_partial_image_event, openai::response_mcp_call_arguments_delta_event,
    openai::response_mcp_call_arguments_done_event, openai::response_mcp_call_completed_event,
    openai::response_mcp_call_failed_event, openai::response_mcp_call_in_progress_event,
    openai::response_mcp_list_tools_completed_event, openai::response_mcp_list_tools_failed_event,
    openai::response_mcp_list_tools_in_progress_event, openai::response_output_text_annotation_added_event,
    openai::response_queued_event, openai::response_custom_tool_call_input_delta_event,
    openai::response_custom_tool_call_input_done_event, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_stream_event_cases[] = {{"response.audio.delta", 0},
                                                                  {"response.audio.done", 1},
                                                                  {"response.audio.transcript.delta", 2},
                                                                  {"response.audio.transcript.done", 3},
                                                                  {"response.code_interpreter_call_code.delta", 4},
                                                                  {"response.code_interpreter_call_code.done", 5},
                                                                  {"response.code_interpreter_call.completed", 6},
                                                                  {"response.code_interpreter_call.in_progress", 7},
                                                                  {"response.code_interpreter_call.interpreting", 8},
                                                                  {"response.completed", 9},
                                                                  {"response.content_part.added", 10},
                                                                  {"response.content_part.done", 11},
                                                                  {"response.created", 12},
                                                                  {"error", 13},
                                                                  {"response.file_search_call.completed", 14},
                                                                  {"response.file_search_call.in_progress", 15},
                                                                  {"response.file_search_call.searching", 16},
                                                                  {"response.function_call_arguments.delta", 17},
                                                                  {"response.function_call_arguments.done", 18},
                                                                  {"response.shell_call_command.added", 19},
                                                                  {"response.shell_call_command.delta", 20},
                                                                  {"response.shell_call_command.done", 21},
                                                                  {"response.shell_call_output_content.delta", 22},
                                                                  {"response.shell_call_output_content.done", 23},
                                                                  {"response.in_progress", 24},
                                                                  {"response.failed", 25},
                                                                  {"response.incomplete", 26},
                                                                  {"response.output_item.added", 27},
                                                                  {"response.output_item.done", 28},
                                                                  {"response.reasoning_summary_part.added", 29},
                                                                  {"response.reasoning_summary_part.done", 30},
                                                                  {"response.reasoning_summary_text.delta", 31},
                                                                  {"response.reasoning_summary_text.done", 32},
                                                                  {"response.reasoning_text.delta", 33},
                                                                  {"response.reasoning_text.done", 34},
                                                                  {"response.refusal.delta", 35},
                                                                  {"response.refusal.done", 36},
                                                                  {"response.output_text.delta", 37},
                                                                  {"response.output_text.done", 38},
                                                                  {"response.web_search_call.completed", 39},
                                                                  {"response.web_search_call.in_progress", 40},
                                                                  {"response.web_search_call.searching", 41},
                                                                  {"response.image_generation_call.completed", 42},
                                                                  {"response.image_generation_call.generating", 43},
                                                                  {"response.image_generation_call.in_progress", 44},
                                                                  {"response.image_generation_call.partial_image", 45},
                                                                  {"response.mcp_call_arguments.delta", 46},
                                                                  {"response.mcp_call_arguments.done", 47},
                                                                  {"response.mcp_call.completed", 48},
                                                                  {"response.mcp_call.failed", 49},
                                                                  {"response.mcp_call.in_progress", 50},
                                                                  {"response.mcp_list_tools.completed", 51},
                                                                  {"response.mcp_list_tools.failed", 52},
                                                                  {"response.mcp_list_tools.in_progress", 53},
                                                                  {"response.output_text.annotation.added", 54},
                                                                  {"response.queued", 55},
                                                                  {"response.custom_tool_call_input.delta", 56},
                                                                  {"response.custom_tool_call_input.done", 57}};
template <>
inline constexpr json_union_table json_union<response_stream_event>{.key = "type",
                                                                    .cases = response_stream_event_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_stream_event)

OPENAI_END_NAMESPACE

#endif
