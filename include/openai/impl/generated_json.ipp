// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The JSON reader of every generated read type and the writer of every write type, compiled
// once under separate compilation (see <openai/detail/json_extern.hpp>); included by
// <openai/src.hpp>.
#ifndef OPENAI_IMPL_GENERATED_JSON_IPP
#define OPENAI_IMPL_GENERATED_JSON_IPP

#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/types/conversations.hpp>
#include <openai/types/responses.hpp>

#include <boost/json/value.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template const json_sink_ops& json_sink_for<apply_patch_tool>() noexcept;
template void write_json<apply_patch_tool_param>(boost::json::value&, const apply_patch_tool_param&);
template const json_sink_ops& json_sink_for<compacted_response>() noexcept;
template const json_sink_ops& json_sink_for<compacted_response_output>() noexcept;
template const json_sink_ops& json_sink_for<comparison_filter>() noexcept;
template void write_json<comparison_filter_param>(boost::json::value&, const comparison_filter_param&);
template const json_sink_ops& json_sink_for<compound_filter>() noexcept;
template const json_sink_ops& json_sink_for<compound_filter_filter>() noexcept;
template void write_json<compound_filter_filter_param>(boost::json::value&, const compound_filter_filter_param&);
template void write_json<compound_filter_param>(boost::json::value&, const compound_filter_param&);
template const json_sink_ops& json_sink_for<computer_action>() noexcept;
template const json_sink_ops& json_sink_for<computer_action_click>() noexcept;
template void write_json<computer_action_click_param>(boost::json::value&, const computer_action_click_param&);
template const json_sink_ops& json_sink_for<computer_action_double_click>() noexcept;
template void write_json<computer_action_double_click_param>(boost::json::value&,
                                                             const computer_action_double_click_param&);
template const json_sink_ops& json_sink_for<computer_action_drag>() noexcept;
template void write_json<computer_action_drag_param>(boost::json::value&, const computer_action_drag_param&);
template const json_sink_ops& json_sink_for<computer_action_drag_path>() noexcept;
template void write_json<computer_action_drag_path_param>(boost::json::value&, const computer_action_drag_path_param&);
template const json_sink_ops& json_sink_for<computer_action_keypress>() noexcept;
template void write_json<computer_action_keypress_param>(boost::json::value&, const computer_action_keypress_param&);
template const json_sink_ops& json_sink_for<computer_action_move>() noexcept;
template void write_json<computer_action_move_param>(boost::json::value&, const computer_action_move_param&);
template void write_json<computer_action_param>(boost::json::value&, const computer_action_param&);
template const json_sink_ops& json_sink_for<computer_action_screenshot>() noexcept;
template void write_json<computer_action_screenshot_param>(boost::json::value&,
                                                           const computer_action_screenshot_param&);
template const json_sink_ops& json_sink_for<computer_action_scroll>() noexcept;
template void write_json<computer_action_scroll_param>(boost::json::value&, const computer_action_scroll_param&);
template const json_sink_ops& json_sink_for<computer_action_type>() noexcept;
template void write_json<computer_action_type_param>(boost::json::value&, const computer_action_type_param&);
template const json_sink_ops& json_sink_for<computer_action_wait>() noexcept;
template void write_json<computer_action_wait_param>(boost::json::value&, const computer_action_wait_param&);
template const json_sink_ops& json_sink_for<computer_screenshot_content>() noexcept;
template const json_sink_ops& json_sink_for<computer_tool>() noexcept;
template void write_json<computer_tool_param>(boost::json::value&, const computer_tool_param&);
template const json_sink_ops& json_sink_for<computer_use_preview_tool>() noexcept;
template void write_json<computer_use_preview_tool_param>(boost::json::value&, const computer_use_preview_tool_param&);
template const json_sink_ops& json_sink_for<container_auto>() noexcept;
template const json_sink_ops& json_sink_for<container_auto_network_policy>() noexcept;
template void write_json<container_auto_network_policy_param>(boost::json::value&,
                                                              const container_auto_network_policy_param&);
template void write_json<container_auto_param>(boost::json::value&, const container_auto_param&);
template const json_sink_ops& json_sink_for<container_auto_skill>() noexcept;
template void write_json<container_auto_skill_param>(boost::json::value&, const container_auto_skill_param&);
template const json_sink_ops& json_sink_for<container_network_policy_allowlist>() noexcept;
template void write_json<container_network_policy_allowlist_param>(boost::json::value&,
                                                                   const container_network_policy_allowlist_param&);
template const json_sink_ops& json_sink_for<container_network_policy_disabled>() noexcept;
template void write_json<container_network_policy_disabled_param>(boost::json::value&,
                                                                  const container_network_policy_disabled_param&);
template const json_sink_ops& json_sink_for<container_network_policy_domain_secret>() noexcept;
template void write_json<container_network_policy_domain_secret_param>(
    boost::json::value&, const container_network_policy_domain_secret_param&);
template const json_sink_ops& json_sink_for<container_reference>() noexcept;
template void write_json<container_reference_param>(boost::json::value&, const container_reference_param&);
template const json_sink_ops& json_sink_for<conversation>() noexcept;
template void write_json<conversation_create_params>(boost::json::value&, const conversation_create_params&);
template const json_sink_ops& json_sink_for<conversation_deleted_resource>() noexcept;
template const json_sink_ops& json_sink_for<conversation_item>() noexcept;
template const json_sink_ops& json_sink_for<conversation_item_list>() noexcept;
template void write_json<conversation_update_params>(boost::json::value&, const conversation_update_params&);
template const json_sink_ops& json_sink_for<custom_tool>() noexcept;
template const json_sink_ops& json_sink_for<custom_tool_input_format>() noexcept;
template const json_sink_ops& json_sink_for<custom_tool_input_format_grammar>() noexcept;
template void write_json<custom_tool_input_format_grammar_param>(boost::json::value&,
                                                                 const custom_tool_input_format_grammar_param&);
template void write_json<custom_tool_input_format_param>(boost::json::value&, const custom_tool_input_format_param&);
template const json_sink_ops& json_sink_for<custom_tool_input_format_text>() noexcept;
template void write_json<custom_tool_input_format_text_param>(boost::json::value&,
                                                              const custom_tool_input_format_text_param&);
template void write_json<custom_tool_param>(boost::json::value&, const custom_tool_param&);
template const json_sink_ops& json_sink_for<easy_input_message>() noexcept;
template void write_json<easy_input_message_param>(boost::json::value&, const easy_input_message_param&);
template const json_sink_ops& json_sink_for<file_search_tool>() noexcept;
template void write_json<file_search_tool_param>(boost::json::value&, const file_search_tool_param&);
template const json_sink_ops& json_sink_for<file_search_tool_ranking_options>() noexcept;
template const json_sink_ops& json_sink_for<file_search_tool_ranking_options_hybrid_search>() noexcept;
template void write_json<file_search_tool_ranking_options_hybrid_search_param>(
    boost::json::value&, const file_search_tool_ranking_options_hybrid_search_param&);
template void write_json<file_search_tool_ranking_options_param>(boost::json::value&,
                                                                 const file_search_tool_ranking_options_param&);
template const json_sink_ops& json_sink_for<function_shell_tool>() noexcept;
template const json_sink_ops& json_sink_for<function_shell_tool_environment>() noexcept;
template void write_json<function_shell_tool_environment_param>(boost::json::value&,
                                                                const function_shell_tool_environment_param&);
template void write_json<function_shell_tool_param>(boost::json::value&, const function_shell_tool_param&);
template const json_sink_ops& json_sink_for<function_tool>() noexcept;
template const json_sink_ops& json_sink_for<function_tool_call_output>() noexcept;
template void write_json<function_tool_param>(boost::json::value&, const function_tool_param&);
template const json_sink_ops& json_sink_for<inline_skill>() noexcept;
template void write_json<inline_skill_param>(boost::json::value&, const inline_skill_param&);
template const json_sink_ops& json_sink_for<inline_skill_source>() noexcept;
template void write_json<inline_skill_source_param>(boost::json::value&, const inline_skill_source_param&);
template void write_json<input_token_count_params>(boost::json::value&, const input_token_count_params&);
template const json_sink_ops& json_sink_for<input_token_count_response>() noexcept;
template void write_json<item_create_params>(boost::json::value&, const item_create_params&);
template const json_sink_ops& json_sink_for<local_environment>() noexcept;
template void write_json<local_environment_param>(boost::json::value&, const local_environment_param&);
template const json_sink_ops& json_sink_for<local_skill>() noexcept;
template void write_json<local_skill_param>(boost::json::value&, const local_skill_param&);
template const json_sink_ops& json_sink_for<mcp_tool_call_error>() noexcept;
template const json_sink_ops& json_sink_for<mcp_tool_call_error_http_error>() noexcept;
template void write_json<mcp_tool_call_error_http_error_param>(boost::json::value&,
                                                               const mcp_tool_call_error_http_error_param&);
template const json_sink_ops& json_sink_for<mcp_tool_call_error_mcp_protocol_error>() noexcept;
template void write_json<mcp_tool_call_error_mcp_protocol_error_param>(
    boost::json::value&, const mcp_tool_call_error_mcp_protocol_error_param&);
template const json_sink_ops& json_sink_for<mcp_tool_call_error_mcp_tool_execution_error>() noexcept;
template void write_json<mcp_tool_call_error_mcp_tool_execution_error_param>(
    boost::json::value&, const mcp_tool_call_error_mcp_tool_execution_error_param&);
template void write_json<mcp_tool_call_error_param>(boost::json::value&, const mcp_tool_call_error_param&);
template const json_sink_ops& json_sink_for<message>() noexcept;
template const json_sink_ops& json_sink_for<message_content>() noexcept;
template const json_sink_ops& json_sink_for<namespace_tool>() noexcept;
template void write_json<namespace_tool_param>(boost::json::value&, const namespace_tool_param&);
template const json_sink_ops& json_sink_for<namespace_tool_tool>() noexcept;
template const json_sink_ops& json_sink_for<namespace_tool_tool_function>() noexcept;
template void write_json<namespace_tool_tool_function_param>(boost::json::value&,
                                                             const namespace_tool_tool_function_param&);
template void write_json<namespace_tool_tool_param>(boost::json::value&, const namespace_tool_tool_param&);
template const json_sink_ops& json_sink_for<reasoning>() noexcept;
template void write_json<reasoning_param>(boost::json::value&, const reasoning_param&);
template const json_sink_ops& json_sink_for<response>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call_operation>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call_operation_create_file>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call_operation_delete_file>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call_operation_update_file>() noexcept;
template const json_sink_ops& json_sink_for<response_apply_patch_tool_call_output>() noexcept;
template const json_sink_ops& json_sink_for<response_audio_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_audio_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_audio_transcript_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_audio_transcript_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_call_code_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_call_code_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_call_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_call_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_call_interpreting_event>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_tool_call_output>() noexcept;
template const json_sink_ops& json_sink_for<response_code_interpreter_tool_call_output_image>() noexcept;
template void write_json<response_code_interpreter_tool_call_output_image_param>(
    boost::json::value&, const response_code_interpreter_tool_call_output_image_param&);
template const json_sink_ops& json_sink_for<response_code_interpreter_tool_call_output_logs>() noexcept;
template void write_json<response_code_interpreter_tool_call_output_logs_param>(
    boost::json::value&, const response_code_interpreter_tool_call_output_logs_param&);
template void write_json<response_code_interpreter_tool_call_output_param>(
    boost::json::value&, const response_code_interpreter_tool_call_output_param&);
template void write_json<response_code_interpreter_tool_call_param>(boost::json::value&,
                                                                    const response_code_interpreter_tool_call_param&);
template void write_json<response_compact_params>(boost::json::value&, const response_compact_params&);
template const json_sink_ops& json_sink_for<response_compaction_item>() noexcept;
template const json_sink_ops& json_sink_for<response_compaction_item_param>() noexcept;
template void write_json<response_compaction_item_param_param>(boost::json::value&,
                                                               const response_compaction_item_param_param&);
template const json_sink_ops& json_sink_for<response_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_computer_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_computer_tool_call_output_item>() noexcept;
template const json_sink_ops& json_sink_for<response_computer_tool_call_output_screenshot>() noexcept;
template void write_json<response_computer_tool_call_output_screenshot_param>(
    boost::json::value&, const response_computer_tool_call_output_screenshot_param&);
template void write_json<response_computer_tool_call_param>(boost::json::value&,
                                                            const response_computer_tool_call_param&);
template const json_sink_ops& json_sink_for<response_container_reference>() noexcept;
template const json_sink_ops& json_sink_for<response_content_part_added_event>() noexcept;
template const json_sink_ops& json_sink_for<response_content_part_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_content_part_done_event_part>() noexcept;
template const json_sink_ops& json_sink_for<response_conversation>() noexcept;
template void write_json<response_conversation_param_param>(boost::json::value&,
                                                            const response_conversation_param_param&);
template void write_json<response_create_params>(boost::json::value&, const response_create_params&);
template void write_json<response_create_params_context_management>(boost::json::value&,
                                                                    const response_create_params_context_management&);
template void write_json<response_create_params_moderation>(boost::json::value&,
                                                            const response_create_params_moderation&);
template void write_json<response_create_params_moderation_policy>(boost::json::value&,
                                                                   const response_create_params_moderation_policy&);
template void write_json<response_create_params_moderation_policy_input>(
    boost::json::value&, const response_create_params_moderation_policy_input&);
template void write_json<response_create_params_prompt_cache_options>(
    boost::json::value&, const response_create_params_prompt_cache_options&);
template void write_json<response_create_params_stream_options>(boost::json::value&,
                                                                const response_create_params_stream_options&);
template void write_json<response_create_params_tool_choice>(boost::json::value&,
                                                             const response_create_params_tool_choice&);
template void write_json<response_create_params_tool_choice_specific_programmatic_tool_calling_param>(
    boost::json::value&, const response_create_params_tool_choice_specific_programmatic_tool_calling_param&);
template const json_sink_ops& json_sink_for<response_created_event>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_caller>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_caller_direct>() noexcept;
template void write_json<response_custom_tool_call_caller_direct_param>(
    boost::json::value&, const response_custom_tool_call_caller_direct_param&);
template void write_json<response_custom_tool_call_caller_param>(boost::json::value&,
                                                                 const response_custom_tool_call_caller_param&);
template const json_sink_ops& json_sink_for<response_custom_tool_call_caller_program>() noexcept;
template void write_json<response_custom_tool_call_caller_program_param>(
    boost::json::value&, const response_custom_tool_call_caller_program_param&);
template const json_sink_ops& json_sink_for<response_custom_tool_call_input_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_input_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_item>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_output>() noexcept;
template const json_sink_ops& json_sink_for<response_custom_tool_call_output_item>() noexcept;
template void write_json<response_custom_tool_call_output_param>(boost::json::value&,
                                                                 const response_custom_tool_call_output_param&);
template void write_json<response_custom_tool_call_param>(boost::json::value&, const response_custom_tool_call_param&);
template const json_sink_ops& json_sink_for<response_error>() noexcept;
template const json_sink_ops& json_sink_for<response_error_event>() noexcept;
template const json_sink_ops& json_sink_for<response_failed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_file_search_call_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_file_search_call_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_file_search_call_searching_event>() noexcept;
template const json_sink_ops& json_sink_for<response_file_search_tool_call>() noexcept;
template void write_json<response_file_search_tool_call_param>(boost::json::value&,
                                                               const response_file_search_tool_call_param&);
template const json_sink_ops& json_sink_for<response_file_search_tool_call_result>() noexcept;
template void write_json<response_file_search_tool_call_result_param>(
    boost::json::value&, const response_file_search_tool_call_result_param&);
template void write_json<response_format_json_object_param>(boost::json::value&,
                                                            const response_format_json_object_param&);
template const json_sink_ops& json_sink_for<response_format_text_config>() noexcept;
template void write_json<response_format_text_config_param>(boost::json::value&,
                                                            const response_format_text_config_param&);
template const json_sink_ops& json_sink_for<response_format_text_json_schema_config>() noexcept;
template void write_json<response_format_text_json_schema_config_param>(
    boost::json::value&, const response_format_text_json_schema_config_param&);
template void write_json<response_format_text_param>(boost::json::value&, const response_format_text_param&);
template const json_sink_ops& json_sink_for<response_function_call_arguments_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_function_call_arguments_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_function_call_output_item>() noexcept;
template void write_json<response_function_call_output_item_param>(boost::json::value&,
                                                                   const response_function_call_output_item_param&);
template const json_sink_ops& json_sink_for<response_function_shell_call_output_content>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_call_output_content_outcome>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_call_output_content_outcome_exit>() noexcept;
template void write_json<response_function_shell_call_output_content_outcome_exit_param>(
    boost::json::value&, const response_function_shell_call_output_content_outcome_exit_param&);
template void write_json<response_function_shell_call_output_content_outcome_param>(
    boost::json::value&, const response_function_shell_call_output_content_outcome_param&);
template const json_sink_ops& json_sink_for<response_function_shell_call_output_content_outcome_timeout>() noexcept;
template void write_json<response_function_shell_call_output_content_outcome_timeout_param>(
    boost::json::value&, const response_function_shell_call_output_content_outcome_timeout_param&);
template void write_json<response_function_shell_call_output_content_param>(
    boost::json::value&, const response_function_shell_call_output_content_param&);
template const json_sink_ops& json_sink_for<response_function_shell_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_action>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_environment>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_output>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_output_output>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_output_output_outcome>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_output_output_outcome_exit>() noexcept;
template const json_sink_ops& json_sink_for<response_function_shell_tool_call_output_output_outcome_timeout>() noexcept;
template const json_sink_ops& json_sink_for<response_function_tool_call>() noexcept;
template const json_sink_ops& json_sink_for<response_function_tool_call_item>() noexcept;
template const json_sink_ops& json_sink_for<response_function_tool_call_output_item>() noexcept;
template void write_json<response_function_tool_call_param>(boost::json::value&,
                                                            const response_function_tool_call_param&);
template const json_sink_ops& json_sink_for<response_function_web_search>() noexcept;
template const json_sink_ops& json_sink_for<response_function_web_search_action>() noexcept;
template const json_sink_ops& json_sink_for<response_function_web_search_action_find>() noexcept;
template void write_json<response_function_web_search_action_find_param>(
    boost::json::value&, const response_function_web_search_action_find_param&);
template const json_sink_ops& json_sink_for<response_function_web_search_action_open_page>() noexcept;
template void write_json<response_function_web_search_action_open_page_param>(
    boost::json::value&, const response_function_web_search_action_open_page_param&);
template void write_json<response_function_web_search_action_param>(boost::json::value&,
                                                                    const response_function_web_search_action_param&);
template const json_sink_ops& json_sink_for<response_function_web_search_action_search>() noexcept;
template void write_json<response_function_web_search_action_search_param>(
    boost::json::value&, const response_function_web_search_action_search_param&);
template const json_sink_ops& json_sink_for<response_function_web_search_action_search_source>() noexcept;
template void write_json<response_function_web_search_action_search_source_param>(
    boost::json::value&, const response_function_web_search_action_search_source_param&);
template void write_json<response_function_web_search_param>(boost::json::value&,
                                                             const response_function_web_search_param&);
template const json_sink_ops& json_sink_for<response_image_gen_call_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_image_gen_call_generating_event>() noexcept;
template const json_sink_ops& json_sink_for<response_image_gen_call_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_image_gen_call_partial_image_event>() noexcept;
template const json_sink_ops& json_sink_for<response_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_incomplete_details>() noexcept;
template const json_sink_ops& json_sink_for<response_incomplete_event>() noexcept;
template const json_sink_ops& json_sink_for<response_input_content>() noexcept;
template void write_json<response_input_content_param>(boost::json::value&, const response_input_content_param&);
template const json_sink_ops& json_sink_for<response_input_file>() noexcept;
template const json_sink_ops& json_sink_for<response_input_file_content>() noexcept;
template void write_json<response_input_file_content_param>(boost::json::value&,
                                                            const response_input_file_content_param&);
template const json_sink_ops& json_sink_for<response_input_file_content_prompt_cache_breakpoint>() noexcept;
template void write_json<response_input_file_content_prompt_cache_breakpoint_param>(
    boost::json::value&, const response_input_file_content_prompt_cache_breakpoint_param&);
template void write_json<response_input_file_param>(boost::json::value&, const response_input_file_param&);
template const json_sink_ops& json_sink_for<response_input_file_prompt_cache_breakpoint>() noexcept;
template void write_json<response_input_file_prompt_cache_breakpoint_param>(
    boost::json::value&, const response_input_file_prompt_cache_breakpoint_param&);
template const json_sink_ops& json_sink_for<response_input_image>() noexcept;
template const json_sink_ops& json_sink_for<response_input_image_content>() noexcept;
template void write_json<response_input_image_content_param>(boost::json::value&,
                                                             const response_input_image_content_param&);
template void write_json<response_input_image_param>(boost::json::value&, const response_input_image_param&);
template const json_sink_ops& json_sink_for<response_input_item>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_additional_tools>() noexcept;
template void write_json<response_input_item_additional_tools_param>(boost::json::value&,
                                                                     const response_input_item_additional_tools_param&);
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call_operation>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call_operation_create_file>() noexcept;
template void write_json<response_input_item_apply_patch_call_operation_create_file_param>(
    boost::json::value&, const response_input_item_apply_patch_call_operation_create_file_param&);
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call_operation_delete_file>() noexcept;
template void write_json<response_input_item_apply_patch_call_operation_delete_file_param>(
    boost::json::value&, const response_input_item_apply_patch_call_operation_delete_file_param&);
template void write_json<response_input_item_apply_patch_call_operation_param>(
    boost::json::value&, const response_input_item_apply_patch_call_operation_param&);
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call_operation_update_file>() noexcept;
template void write_json<response_input_item_apply_patch_call_operation_update_file_param>(
    boost::json::value&, const response_input_item_apply_patch_call_operation_update_file_param&);
template const json_sink_ops& json_sink_for<response_input_item_apply_patch_call_output>() noexcept;
template void write_json<response_input_item_apply_patch_call_output_param>(
    boost::json::value&, const response_input_item_apply_patch_call_output_param&);
template void write_json<response_input_item_apply_patch_call_param>(boost::json::value&,
                                                                     const response_input_item_apply_patch_call_param&);
template const json_sink_ops& json_sink_for<response_input_item_compaction_trigger>() noexcept;
template void write_json<response_input_item_compaction_trigger_param>(
    boost::json::value&, const response_input_item_compaction_trigger_param&);
template const json_sink_ops& json_sink_for<response_input_item_computer_call_output>() noexcept;
template const json_sink_ops& json_sink_for<
    response_input_item_computer_call_output_acknowledged_safety_check>() noexcept;
template void write_json<response_input_item_computer_call_output_acknowledged_safety_check_param>(
    boost::json::value&, const response_input_item_computer_call_output_acknowledged_safety_check_param&);
template void write_json<response_input_item_computer_call_output_param>(
    boost::json::value&, const response_input_item_computer_call_output_param&);
template const json_sink_ops& json_sink_for<response_input_item_function_call_output>() noexcept;
template void write_json<response_input_item_function_call_output_param>(
    boost::json::value&, const response_input_item_function_call_output_param&);
template void write_json<response_input_item_image_generation_call_param>(
    boost::json::value&, const response_input_item_image_generation_call_param&);
template const json_sink_ops& json_sink_for<response_input_item_item_reference>() noexcept;
template void write_json<response_input_item_item_reference_param>(boost::json::value&,
                                                                   const response_input_item_item_reference_param&);
template void write_json<response_input_item_local_shell_call_action_param>(
    boost::json::value&, const response_input_item_local_shell_call_action_param&);
template void write_json<response_input_item_local_shell_call_output_param>(
    boost::json::value&, const response_input_item_local_shell_call_output_param&);
template void write_json<response_input_item_local_shell_call_param>(boost::json::value&,
                                                                     const response_input_item_local_shell_call_param&);
template void write_json<response_input_item_mcp_approval_request_param>(
    boost::json::value&, const response_input_item_mcp_approval_request_param&);
template const json_sink_ops& json_sink_for<response_input_item_mcp_approval_response>() noexcept;
template void write_json<response_input_item_mcp_approval_response_param>(
    boost::json::value&, const response_input_item_mcp_approval_response_param&);
template void write_json<response_input_item_mcp_call_param>(boost::json::value&,
                                                             const response_input_item_mcp_call_param&);
template void write_json<response_input_item_mcp_list_tools_param>(boost::json::value&,
                                                                   const response_input_item_mcp_list_tools_param&);
template void write_json<response_input_item_mcp_list_tools_tool_param>(
    boost::json::value&, const response_input_item_mcp_list_tools_tool_param&);
template const json_sink_ops& json_sink_for<response_input_item_message>() noexcept;
template void write_json<response_input_item_message_param>(boost::json::value&,
                                                            const response_input_item_message_param&);
template void write_json<response_input_item_param>(boost::json::value&, const response_input_item_param&);
template const json_sink_ops& json_sink_for<response_input_item_program>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_program_output>() noexcept;
template void write_json<response_input_item_program_output_param>(boost::json::value&,
                                                                   const response_input_item_program_output_param&);
template void write_json<response_input_item_program_param>(boost::json::value&,
                                                            const response_input_item_program_param&);
template const json_sink_ops& json_sink_for<response_input_item_shell_call>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_shell_call_action>() noexcept;
template void write_json<response_input_item_shell_call_action_param>(
    boost::json::value&, const response_input_item_shell_call_action_param&);
template const json_sink_ops& json_sink_for<response_input_item_shell_call_caller>() noexcept;
template const json_sink_ops& json_sink_for<response_input_item_shell_call_caller_direct>() noexcept;
template void write_json<response_input_item_shell_call_caller_direct_param>(
    boost::json::value&, const response_input_item_shell_call_caller_direct_param&);
template void write_json<response_input_item_shell_call_caller_param>(
    boost::json::value&, const response_input_item_shell_call_caller_param&);
template const json_sink_ops& json_sink_for<response_input_item_shell_call_caller_program>() noexcept;
template void write_json<response_input_item_shell_call_caller_program_param>(
    boost::json::value&, const response_input_item_shell_call_caller_program_param&);
template const json_sink_ops& json_sink_for<response_input_item_shell_call_environment>() noexcept;
template void write_json<response_input_item_shell_call_environment_param>(
    boost::json::value&, const response_input_item_shell_call_environment_param&);
template const json_sink_ops& json_sink_for<response_input_item_shell_call_output>() noexcept;
template void write_json<response_input_item_shell_call_output_param>(
    boost::json::value&, const response_input_item_shell_call_output_param&);
template void write_json<response_input_item_shell_call_param>(boost::json::value&,
                                                               const response_input_item_shell_call_param&);
template const json_sink_ops& json_sink_for<response_input_item_tool_search_call>() noexcept;
template void write_json<response_input_item_tool_search_call_param>(boost::json::value&,
                                                                     const response_input_item_tool_search_call_param&);
template const json_sink_ops& json_sink_for<response_input_message_item>() noexcept;
template const json_sink_ops& json_sink_for<response_input_text>() noexcept;
template const json_sink_ops& json_sink_for<response_input_text_content>() noexcept;
template void write_json<response_input_text_content_param>(boost::json::value&,
                                                            const response_input_text_content_param&);
template void write_json<response_input_text_param>(boost::json::value&, const response_input_text_param&);
template const json_sink_ops& json_sink_for<response_item>() noexcept;
template const json_sink_ops& json_sink_for<response_item_list>() noexcept;
template const json_sink_ops& json_sink_for<response_local_environment>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_call_arguments_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_call_arguments_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_call_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_call_failed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_call_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_list_tools_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_list_tools_failed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_mcp_list_tools_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_moderation>() noexcept;
template const json_sink_ops& json_sink_for<response_moderation_input>() noexcept;
template const json_sink_ops& json_sink_for<response_moderation_input_error>() noexcept;
template const json_sink_ops& json_sink_for<response_moderation_input_moderation_result>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_added_event>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_additional_tools>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_image_generation_call>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_local_shell_call>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_local_shell_call_action>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_local_shell_call_output>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_mcp_approval_request>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_mcp_approval_response>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_mcp_call>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_mcp_list_tools>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_mcp_list_tools_tool>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_program>() noexcept;
template const json_sink_ops& json_sink_for<response_output_item_program_output>() noexcept;
template const json_sink_ops& json_sink_for<response_output_message>() noexcept;
template const json_sink_ops& json_sink_for<response_output_message_content>() noexcept;
template void write_json<response_output_message_content_param>(boost::json::value&,
                                                                const response_output_message_content_param&);
template void write_json<response_output_message_param>(boost::json::value&, const response_output_message_param&);
template const json_sink_ops& json_sink_for<response_output_refusal>() noexcept;
template void write_json<response_output_refusal_param>(boost::json::value&, const response_output_refusal_param&);
template const json_sink_ops& json_sink_for<response_output_text>() noexcept;
template const json_sink_ops& json_sink_for<response_output_text_annotation>() noexcept;
template const json_sink_ops& json_sink_for<response_output_text_annotation_added_event>() noexcept;
template const json_sink_ops& json_sink_for<response_output_text_annotation_container_file_citation>() noexcept;
template void write_json<response_output_text_annotation_container_file_citation_param>(
    boost::json::value&, const response_output_text_annotation_container_file_citation_param&);
template const json_sink_ops& json_sink_for<response_output_text_annotation_file_citation>() noexcept;
template void write_json<response_output_text_annotation_file_citation_param>(
    boost::json::value&, const response_output_text_annotation_file_citation_param&);
template const json_sink_ops& json_sink_for<response_output_text_annotation_file_path>() noexcept;
template void write_json<response_output_text_annotation_file_path_param>(
    boost::json::value&, const response_output_text_annotation_file_path_param&);
template void write_json<response_output_text_annotation_param>(boost::json::value&,
                                                                const response_output_text_annotation_param&);
template const json_sink_ops& json_sink_for<response_output_text_annotation_url_citation>() noexcept;
template void write_json<response_output_text_annotation_url_citation_param>(
    boost::json::value&, const response_output_text_annotation_url_citation_param&);
template const json_sink_ops& json_sink_for<response_output_text_logprob>() noexcept;
template void write_json<response_output_text_logprob_param>(boost::json::value&,
                                                             const response_output_text_logprob_param&);
template const json_sink_ops& json_sink_for<response_output_text_logprob_top_logprob>() noexcept;
template void write_json<response_output_text_logprob_top_logprob_param>(
    boost::json::value&, const response_output_text_logprob_top_logprob_param&);
template void write_json<response_output_text_param>(boost::json::value&, const response_output_text_param&);
template const json_sink_ops& json_sink_for<response_prompt>() noexcept;
template const json_sink_ops& json_sink_for<response_prompt_cache_options>() noexcept;
template void write_json<response_prompt_param>(boost::json::value&, const response_prompt_param&);
template const json_sink_ops& json_sink_for<response_prompt_variables>() noexcept;
template void write_json<response_prompt_variables_param>(boost::json::value&, const response_prompt_variables_param&);
template const json_sink_ops& json_sink_for<response_queued_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_item>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_item_content>() noexcept;
template void write_json<response_reasoning_item_content_param>(boost::json::value&,
                                                                const response_reasoning_item_content_param&);
template void write_json<response_reasoning_item_param>(boost::json::value&, const response_reasoning_item_param&);
template void write_json<response_reasoning_item_summary_param>(boost::json::value&,
                                                                const response_reasoning_item_summary_param&);
template const json_sink_ops& json_sink_for<response_reasoning_summary_part_added_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_summary_part_added_event_part>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_summary_part_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_summary_part_done_event_part>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_summary_text_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_summary_text_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_text_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_reasoning_text_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_refusal_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_refusal_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_command_added_event>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_command_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_command_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_output_content_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_output_content_delta_event_delta>() noexcept;
template const json_sink_ops& json_sink_for<response_shell_call_output_content_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_stream_event>() noexcept;
template const json_sink_ops& json_sink_for<response_text_config>() noexcept;
template void write_json<response_text_config_param>(boost::json::value&, const response_text_config_param&);
template const json_sink_ops& json_sink_for<response_text_delta_event>() noexcept;
template const json_sink_ops& json_sink_for<response_text_done_event>() noexcept;
template const json_sink_ops& json_sink_for<response_text_done_event_logprob>() noexcept;
template const json_sink_ops& json_sink_for<response_text_done_event_logprob_top_logprob>() noexcept;
template const json_sink_ops& json_sink_for<response_tool_choice>() noexcept;
template const json_sink_ops& json_sink_for<response_tool_choice_specific_programmatic_tool_calling_param>() noexcept;
template const json_sink_ops& json_sink_for<response_tool_search_call>() noexcept;
template const json_sink_ops& json_sink_for<response_tool_search_output_item>() noexcept;
template const json_sink_ops& json_sink_for<response_tool_search_output_item_param>() noexcept;
template void write_json<response_tool_search_output_item_param_param>(
    boost::json::value&, const response_tool_search_output_item_param_param&);
template const json_sink_ops& json_sink_for<response_usage>() noexcept;
template const json_sink_ops& json_sink_for<response_usage_input_tokens_details>() noexcept;
template const json_sink_ops& json_sink_for<response_usage_output_tokens_details>() noexcept;
template const json_sink_ops& json_sink_for<response_web_search_call_completed_event>() noexcept;
template const json_sink_ops& json_sink_for<response_web_search_call_in_progress_event>() noexcept;
template const json_sink_ops& json_sink_for<response_web_search_call_searching_event>() noexcept;
template const json_sink_ops& json_sink_for<skill_reference>() noexcept;
template void write_json<skill_reference_param>(boost::json::value&, const skill_reference_param&);
template const json_sink_ops& json_sink_for<summary_text_content>() noexcept;
template const json_sink_ops& json_sink_for<text_content>() noexcept;
template const json_sink_ops& json_sink_for<tool>() noexcept;
template const json_sink_ops& json_sink_for<tool_choice_allowed>() noexcept;
template void write_json<tool_choice_allowed_param>(boost::json::value&, const tool_choice_allowed_param&);
template const json_sink_ops& json_sink_for<tool_choice_apply_patch>() noexcept;
template void write_json<tool_choice_apply_patch_param>(boost::json::value&, const tool_choice_apply_patch_param&);
template const json_sink_ops& json_sink_for<tool_choice_custom>() noexcept;
template void write_json<tool_choice_custom_param>(boost::json::value&, const tool_choice_custom_param&);
template const json_sink_ops& json_sink_for<tool_choice_function>() noexcept;
template void write_json<tool_choice_function_param>(boost::json::value&, const tool_choice_function_param&);
template const json_sink_ops& json_sink_for<tool_choice_mcp>() noexcept;
template void write_json<tool_choice_mcp_param>(boost::json::value&, const tool_choice_mcp_param&);
template const json_sink_ops& json_sink_for<tool_choice_shell>() noexcept;
template void write_json<tool_choice_shell_param>(boost::json::value&, const tool_choice_shell_param&);
template const json_sink_ops& json_sink_for<tool_choice_types>() noexcept;
template void write_json<tool_choice_types_param>(boost::json::value&, const tool_choice_types_param&);
template const json_sink_ops& json_sink_for<tool_code_interpreter>() noexcept;
template const json_sink_ops& json_sink_for<tool_code_interpreter_container>() noexcept;
template const json_sink_ops& json_sink_for<tool_code_interpreter_container_code_interpreter_tool_auto>() noexcept;
template void write_json<tool_code_interpreter_container_code_interpreter_tool_auto_param>(
    boost::json::value&, const tool_code_interpreter_container_code_interpreter_tool_auto_param&);
template void write_json<tool_code_interpreter_container_param>(boost::json::value&,
                                                                const tool_code_interpreter_container_param&);
template void write_json<tool_code_interpreter_param>(boost::json::value&, const tool_code_interpreter_param&);
template const json_sink_ops& json_sink_for<tool_image_generation>() noexcept;
template const json_sink_ops& json_sink_for<tool_image_generation_input_image_mask>() noexcept;
template void write_json<tool_image_generation_input_image_mask_param>(
    boost::json::value&, const tool_image_generation_input_image_mask_param&);
template void write_json<tool_image_generation_param>(boost::json::value&, const tool_image_generation_param&);
template const json_sink_ops& json_sink_for<tool_local_shell>() noexcept;
template void write_json<tool_local_shell_param>(boost::json::value&, const tool_local_shell_param&);
template const json_sink_ops& json_sink_for<tool_mcp>() noexcept;
template const json_sink_ops& json_sink_for<tool_mcp_allowed_tools_mcp_tool_filter>() noexcept;
template void write_json<tool_mcp_allowed_tools_mcp_tool_filter_param>(
    boost::json::value&, const tool_mcp_allowed_tools_mcp_tool_filter_param&);
template void write_json<tool_mcp_param>(boost::json::value&, const tool_mcp_param&);
template const json_sink_ops& json_sink_for<tool_mcp_require_approval_mcp_tool_approval_filter>() noexcept;
template void write_json<tool_mcp_require_approval_mcp_tool_approval_filter_param>(
    boost::json::value&, const tool_mcp_require_approval_mcp_tool_approval_filter_param&);
template void write_json<tool_param>(boost::json::value&, const tool_param&);
template const json_sink_ops& json_sink_for<tool_programmatic_tool_calling>() noexcept;
template void write_json<tool_programmatic_tool_calling_param>(boost::json::value&,
                                                               const tool_programmatic_tool_calling_param&);
template const json_sink_ops& json_sink_for<tool_search_tool>() noexcept;
template void write_json<tool_search_tool_param>(boost::json::value&, const tool_search_tool_param&);
template const json_sink_ops& json_sink_for<web_search_preview_tool>() noexcept;
template void write_json<web_search_preview_tool_param>(boost::json::value&, const web_search_preview_tool_param&);
template const json_sink_ops& json_sink_for<web_search_preview_tool_user_location>() noexcept;
template void write_json<web_search_preview_tool_user_location_param>(
    boost::json::value&, const web_search_preview_tool_user_location_param&);
template const json_sink_ops& json_sink_for<web_search_tool>() noexcept;
template const json_sink_ops& json_sink_for<web_search_tool_filters>() noexcept;
template void write_json<web_search_tool_filters_param>(boost::json::value&, const web_search_tool_filters_param&);
template void write_json<web_search_tool_param>(boost::json::value&, const web_search_tool_param&);
template const json_sink_ops& json_sink_for<web_search_tool_user_location>() noexcept;
template void write_json<web_search_tool_user_location_param>(boost::json::value&,
                                                              const web_search_tool_user_location_param&);

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
