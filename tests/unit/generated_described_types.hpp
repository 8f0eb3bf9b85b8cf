// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The described structs of the generated headers, for test_described_members.cpp.
#ifndef OPENAI_TESTS_UNIT_GENERATED_DESCRIBED_TYPES_HPP
#define OPENAI_TESTS_UNIT_GENERATED_DESCRIBED_TYPES_HPP

#include <openai/types/conversations.hpp>
#include <openai/types/responses.hpp>

#define OPENAI_GENERATED_DESCRIBED_TYPES(X)                                                                            \
    X(apply_patch_tool, openai::apply_patch_tool)                                                                      \
    X(apply_patch_tool_param, openai::apply_patch_tool_param)                                                          \
    X(compacted_response, openai::compacted_response)                                                                  \
    X(comparison_filter, openai::comparison_filter)                                                                    \
    X(comparison_filter_param, openai::comparison_filter_param)                                                        \
    X(compound_filter, openai::compound_filter)                                                                        \
    X(compound_filter_param, openai::compound_filter_param)                                                            \
    X(computer_action_click, openai::computer_action_click)                                                            \
    X(computer_action_click_param, openai::computer_action_click_param)                                                \
    X(computer_action_double_click, openai::computer_action_double_click)                                              \
    X(computer_action_double_click_param, openai::computer_action_double_click_param)                                  \
    X(computer_action_drag, openai::computer_action_drag)                                                              \
    X(computer_action_drag_param, openai::computer_action_drag_param)                                                  \
    X(computer_action_drag_path, openai::computer_action_drag_path)                                                    \
    X(computer_action_drag_path_param, openai::computer_action_drag_path_param)                                        \
    X(computer_action_keypress, openai::computer_action_keypress)                                                      \
    X(computer_action_keypress_param, openai::computer_action_keypress_param)                                          \
    X(computer_action_move, openai::computer_action_move)                                                              \
    X(computer_action_move_param, openai::computer_action_move_param)                                                  \
    X(computer_action_screenshot, openai::computer_action_screenshot)                                                  \
    X(computer_action_screenshot_param, openai::computer_action_screenshot_param)                                      \
    X(computer_action_scroll, openai::computer_action_scroll)                                                          \
    X(computer_action_scroll_param, openai::computer_action_scroll_param)                                              \
    X(computer_action_type, openai::computer_action_type)                                                              \
    X(computer_action_type_param, openai::computer_action_type_param)                                                  \
    X(computer_action_wait, openai::computer_action_wait)                                                              \
    X(computer_action_wait_param, openai::computer_action_wait_param)                                                  \
    X(computer_screenshot_content, openai::computer_screenshot_content)                                                \
    X(computer_tool, openai::computer_tool)                                                                            \
    X(computer_tool_param, openai::computer_tool_param)                                                                \
    X(computer_use_preview_tool, openai::computer_use_preview_tool)                                                    \
    X(computer_use_preview_tool_param, openai::computer_use_preview_tool_param)                                        \
    X(container_auto, openai::container_auto)                                                                          \
    X(container_auto_param, openai::container_auto_param)                                                              \
    X(container_network_policy_allowlist, openai::container_network_policy_allowlist)                                  \
    X(container_network_policy_allowlist_param, openai::container_network_policy_allowlist_param)                      \
    X(container_network_policy_disabled, openai::container_network_policy_disabled)                                    \
    X(container_network_policy_disabled_param, openai::container_network_policy_disabled_param)                        \
    X(container_network_policy_domain_secret, openai::container_network_policy_domain_secret)                          \
    X(container_network_policy_domain_secret_param, openai::container_network_policy_domain_secret_param)              \
    X(container_reference, openai::container_reference)                                                                \
    X(container_reference_param, openai::container_reference_param)                                                    \
    X(conversation, openai::conversation)                                                                              \
    X(conversation_create_params, openai::conversation_create_params)                                                  \
    X(conversation_deleted_resource, openai::conversation_deleted_resource)                                            \
    X(conversation_item_list, openai::conversation_item_list)                                                          \
    X(conversation_update_params, openai::conversation_update_params)                                                  \
    X(custom_tool, openai::custom_tool)                                                                                \
    X(custom_tool_input_format_grammar, openai::custom_tool_input_format_grammar)                                      \
    X(custom_tool_input_format_grammar_param, openai::custom_tool_input_format_grammar_param)                          \
    X(custom_tool_input_format_text, openai::custom_tool_input_format_text)                                            \
    X(custom_tool_input_format_text_param, openai::custom_tool_input_format_text_param)                                \
    X(custom_tool_param, openai::custom_tool_param)                                                                    \
    X(easy_input_message, openai::easy_input_message)                                                                  \
    X(easy_input_message_param, openai::easy_input_message_param)                                                      \
    X(file_search_tool, openai::file_search_tool)                                                                      \
    X(file_search_tool_param, openai::file_search_tool_param)                                                          \
    X(file_search_tool_ranking_options, openai::file_search_tool_ranking_options)                                      \
    X(file_search_tool_ranking_options_hybrid_search, openai::file_search_tool_ranking_options_hybrid_search)          \
    X(file_search_tool_ranking_options_hybrid_search_param,                                                            \
      openai::file_search_tool_ranking_options_hybrid_search_param)                                                    \
    X(file_search_tool_ranking_options_param, openai::file_search_tool_ranking_options_param)                          \
    X(function_shell_tool, openai::function_shell_tool)                                                                \
    X(function_shell_tool_param, openai::function_shell_tool_param)                                                    \
    X(function_tool, openai::function_tool)                                                                            \
    X(function_tool_call_output, openai::function_tool_call_output)                                                    \
    X(function_tool_param, openai::function_tool_param)                                                                \
    X(inline_skill, openai::inline_skill)                                                                              \
    X(inline_skill_param, openai::inline_skill_param)                                                                  \
    X(inline_skill_source, openai::inline_skill_source)                                                                \
    X(inline_skill_source_param, openai::inline_skill_source_param)                                                    \
    X(input_token_count_params, openai::input_token_count_params)                                                      \
    X(input_token_count_response, openai::input_token_count_response)                                                  \
    X(item_create_params, openai::item_create_params)                                                                  \
    X(local_environment, openai::local_environment)                                                                    \
    X(local_environment_param, openai::local_environment_param)                                                        \
    X(local_skill, openai::local_skill)                                                                                \
    X(local_skill_param, openai::local_skill_param)                                                                    \
    X(mcp_tool_call_error_http_error, openai::mcp_tool_call_error_http_error)                                          \
    X(mcp_tool_call_error_http_error_param, openai::mcp_tool_call_error_http_error_param)                              \
    X(mcp_tool_call_error_mcp_protocol_error, openai::mcp_tool_call_error_mcp_protocol_error)                          \
    X(mcp_tool_call_error_mcp_protocol_error_param, openai::mcp_tool_call_error_mcp_protocol_error_param)              \
    X(mcp_tool_call_error_mcp_tool_execution_error, openai::mcp_tool_call_error_mcp_tool_execution_error)              \
    X(mcp_tool_call_error_mcp_tool_execution_error_param, openai::mcp_tool_call_error_mcp_tool_execution_error_param)  \
    X(message, openai::message)                                                                                        \
    X(namespace_tool, openai::namespace_tool)                                                                          \
    X(namespace_tool_param, openai::namespace_tool_param)                                                              \
    X(namespace_tool_tool_function, openai::namespace_tool_tool_function)                                              \
    X(namespace_tool_tool_function_param, openai::namespace_tool_tool_function_param)                                  \
    X(reasoning, openai::reasoning)                                                                                    \
    X(reasoning_param, openai::reasoning_param)                                                                        \
    X(response, openai::response)                                                                                      \
    X(response_apply_patch_tool_call, openai::response_apply_patch_tool_call)                                          \
    X(response_apply_patch_tool_call_operation_create_file,                                                            \
      openai::response_apply_patch_tool_call_operation_create_file)                                                    \
    X(response_apply_patch_tool_call_operation_delete_file,                                                            \
      openai::response_apply_patch_tool_call_operation_delete_file)                                                    \
    X(response_apply_patch_tool_call_operation_update_file,                                                            \
      openai::response_apply_patch_tool_call_operation_update_file)                                                    \
    X(response_apply_patch_tool_call_output, openai::response_apply_patch_tool_call_output)                            \
    X(response_audio_delta_event, openai::response_audio_delta_event)                                                  \
    X(response_audio_done_event, openai::response_audio_done_event)                                                    \
    X(response_audio_transcript_delta_event, openai::response_audio_transcript_delta_event)                            \
    X(response_audio_transcript_done_event, openai::response_audio_transcript_done_event)                              \
    X(response_code_interpreter_call_code_delta_event, openai::response_code_interpreter_call_code_delta_event)        \
    X(response_code_interpreter_call_code_done_event, openai::response_code_interpreter_call_code_done_event)          \
    X(response_code_interpreter_call_completed_event, openai::response_code_interpreter_call_completed_event)          \
    X(response_code_interpreter_call_in_progress_event, openai::response_code_interpreter_call_in_progress_event)      \
    X(response_code_interpreter_call_interpreting_event, openai::response_code_interpreter_call_interpreting_event)    \
    X(response_code_interpreter_tool_call, openai::response_code_interpreter_tool_call)                                \
    X(response_code_interpreter_tool_call_output_image, openai::response_code_interpreter_tool_call_output_image)      \
    X(response_code_interpreter_tool_call_output_image_param,                                                          \
      openai::response_code_interpreter_tool_call_output_image_param)                                                  \
    X(response_code_interpreter_tool_call_output_logs, openai::response_code_interpreter_tool_call_output_logs)        \
    X(response_code_interpreter_tool_call_output_logs_param,                                                           \
      openai::response_code_interpreter_tool_call_output_logs_param)                                                   \
    X(response_code_interpreter_tool_call_param, openai::response_code_interpreter_tool_call_param)                    \
    X(response_compact_params, openai::response_compact_params)                                                        \
    X(response_compaction_item, openai::response_compaction_item)                                                      \
    X(response_compaction_item_param, openai::response_compaction_item_param)                                          \
    X(response_compaction_item_param_param, openai::response_compaction_item_param_param)                              \
    X(response_completed_event, openai::response_completed_event)                                                      \
    X(response_computer_tool_call, openai::response_computer_tool_call)                                                \
    X(response_computer_tool_call_output_item, openai::response_computer_tool_call_output_item)                        \
    X(response_computer_tool_call_output_screenshot, openai::response_computer_tool_call_output_screenshot)            \
    X(response_computer_tool_call_output_screenshot_param,                                                             \
      openai::response_computer_tool_call_output_screenshot_param)                                                     \
    X(response_computer_tool_call_param, openai::response_computer_tool_call_param)                                    \
    X(response_container_reference, openai::response_container_reference)                                              \
    X(response_content_part_added_event, openai::response_content_part_added_event)                                    \
    X(response_content_part_done_event, openai::response_content_part_done_event)                                      \
    X(response_conversation, openai::response_conversation)                                                            \
    X(response_conversation_param_param, openai::response_conversation_param_param)                                    \
    X(response_create_params, openai::response_create_params)                                                          \
    X(response_create_params_context_management, openai::response_create_params_context_management)                    \
    X(response_create_params_moderation, openai::response_create_params_moderation)                                    \
    X(response_create_params_moderation_policy, openai::response_create_params_moderation_policy)                      \
    X(response_create_params_moderation_policy_input, openai::response_create_params_moderation_policy_input)          \
    X(response_create_params_prompt_cache_options, openai::response_create_params_prompt_cache_options)                \
    X(response_create_params_stream_options, openai::response_create_params_stream_options)                            \
    X(response_create_params_tool_choice_specific_programmatic_tool_calling_param,                                     \
      openai::response_create_params_tool_choice_specific_programmatic_tool_calling_param)                             \
    X(response_created_event, openai::response_created_event)                                                          \
    X(response_custom_tool_call, openai::response_custom_tool_call)                                                    \
    X(response_custom_tool_call_caller_direct, openai::response_custom_tool_call_caller_direct)                        \
    X(response_custom_tool_call_caller_direct_param, openai::response_custom_tool_call_caller_direct_param)            \
    X(response_custom_tool_call_caller_program, openai::response_custom_tool_call_caller_program)                      \
    X(response_custom_tool_call_caller_program_param, openai::response_custom_tool_call_caller_program_param)          \
    X(response_custom_tool_call_input_delta_event, openai::response_custom_tool_call_input_delta_event)                \
    X(response_custom_tool_call_input_done_event, openai::response_custom_tool_call_input_done_event)                  \
    X(response_custom_tool_call_item, openai::response_custom_tool_call_item)                                          \
    X(response_custom_tool_call_output, openai::response_custom_tool_call_output)                                      \
    X(response_custom_tool_call_output_item, openai::response_custom_tool_call_output_item)                            \
    X(response_custom_tool_call_output_param, openai::response_custom_tool_call_output_param)                          \
    X(response_custom_tool_call_param, openai::response_custom_tool_call_param)                                        \
    X(response_error, openai::response_error)                                                                          \
    X(response_error_event, openai::response_error_event)                                                              \
    X(response_failed_event, openai::response_failed_event)                                                            \
    X(response_file_search_call_completed_event, openai::response_file_search_call_completed_event)                    \
    X(response_file_search_call_in_progress_event, openai::response_file_search_call_in_progress_event)                \
    X(response_file_search_call_searching_event, openai::response_file_search_call_searching_event)                    \
    X(response_file_search_tool_call, openai::response_file_search_tool_call)                                          \
    X(response_file_search_tool_call_param, openai::response_file_search_tool_call_param)                              \
    X(response_file_search_tool_call_result, openai::response_file_search_tool_call_result)                            \
    X(response_file_search_tool_call_result_param, openai::response_file_search_tool_call_result_param)                \
    X(response_format_json_object_param, openai::response_format_json_object_param)                                    \
    X(response_format_text_json_schema_config, openai::response_format_text_json_schema_config)                        \
    X(response_format_text_json_schema_config_param, openai::response_format_text_json_schema_config_param)            \
    X(response_format_text_param, openai::response_format_text_param)                                                  \
    X(response_function_call_arguments_delta_event, openai::response_function_call_arguments_delta_event)              \
    X(response_function_call_arguments_done_event, openai::response_function_call_arguments_done_event)                \
    X(response_function_shell_call_output_content, openai::response_function_shell_call_output_content)                \
    X(response_function_shell_call_output_content_outcome_exit,                                                        \
      openai::response_function_shell_call_output_content_outcome_exit)                                                \
    X(response_function_shell_call_output_content_outcome_exit_param,                                                  \
      openai::response_function_shell_call_output_content_outcome_exit_param)                                          \
    X(response_function_shell_call_output_content_outcome_timeout,                                                     \
      openai::response_function_shell_call_output_content_outcome_timeout)                                             \
    X(response_function_shell_call_output_content_outcome_timeout_param,                                               \
      openai::response_function_shell_call_output_content_outcome_timeout_param)                                       \
    X(response_function_shell_call_output_content_param, openai::response_function_shell_call_output_content_param)    \
    X(response_function_shell_tool_call, openai::response_function_shell_tool_call)                                    \
    X(response_function_shell_tool_call_action, openai::response_function_shell_tool_call_action)                      \
    X(response_function_shell_tool_call_output, openai::response_function_shell_tool_call_output)                      \
    X(response_function_shell_tool_call_output_output, openai::response_function_shell_tool_call_output_output)        \
    X(response_function_shell_tool_call_output_output_outcome_exit,                                                    \
      openai::response_function_shell_tool_call_output_output_outcome_exit)                                            \
    X(response_function_shell_tool_call_output_output_outcome_timeout,                                                 \
      openai::response_function_shell_tool_call_output_output_outcome_timeout)                                         \
    X(response_function_tool_call, openai::response_function_tool_call)                                                \
    X(response_function_tool_call_item, openai::response_function_tool_call_item)                                      \
    X(response_function_tool_call_output_item, openai::response_function_tool_call_output_item)                        \
    X(response_function_tool_call_param, openai::response_function_tool_call_param)                                    \
    X(response_function_web_search, openai::response_function_web_search)                                              \
    X(response_function_web_search_action_find, openai::response_function_web_search_action_find)                      \
    X(response_function_web_search_action_find_param, openai::response_function_web_search_action_find_param)          \
    X(response_function_web_search_action_open_page, openai::response_function_web_search_action_open_page)            \
    X(response_function_web_search_action_open_page_param,                                                             \
      openai::response_function_web_search_action_open_page_param)                                                     \
    X(response_function_web_search_action_search, openai::response_function_web_search_action_search)                  \
    X(response_function_web_search_action_search_param, openai::response_function_web_search_action_search_param)      \
    X(response_function_web_search_action_search_source, openai::response_function_web_search_action_search_source)    \
    X(response_function_web_search_action_search_source_param,                                                         \
      openai::response_function_web_search_action_search_source_param)                                                 \
    X(response_function_web_search_param, openai::response_function_web_search_param)                                  \
    X(response_image_gen_call_completed_event, openai::response_image_gen_call_completed_event)                        \
    X(response_image_gen_call_generating_event, openai::response_image_gen_call_generating_event)                      \
    X(response_image_gen_call_in_progress_event, openai::response_image_gen_call_in_progress_event)                    \
    X(response_image_gen_call_partial_image_event, openai::response_image_gen_call_partial_image_event)                \
    X(response_in_progress_event, openai::response_in_progress_event)                                                  \
    X(response_incomplete_details, openai::response_incomplete_details)                                                \
    X(response_incomplete_event, openai::response_incomplete_event)                                                    \
    X(response_input_file, openai::response_input_file)                                                                \
    X(response_input_file_content, openai::response_input_file_content)                                                \
    X(response_input_file_content_param, openai::response_input_file_content_param)                                    \
    X(response_input_file_content_prompt_cache_breakpoint,                                                             \
      openai::response_input_file_content_prompt_cache_breakpoint)                                                     \
    X(response_input_file_content_prompt_cache_breakpoint_param,                                                       \
      openai::response_input_file_content_prompt_cache_breakpoint_param)                                               \
    X(response_input_file_param, openai::response_input_file_param)                                                    \
    X(response_input_file_prompt_cache_breakpoint, openai::response_input_file_prompt_cache_breakpoint)                \
    X(response_input_file_prompt_cache_breakpoint_param, openai::response_input_file_prompt_cache_breakpoint_param)    \
    X(response_input_image, openai::response_input_image)                                                              \
    X(response_input_image_content, openai::response_input_image_content)                                              \
    X(response_input_image_content_param, openai::response_input_image_content_param)                                  \
    X(response_input_image_param, openai::response_input_image_param)                                                  \
    X(response_input_item_additional_tools, openai::response_input_item_additional_tools)                              \
    X(response_input_item_additional_tools_param, openai::response_input_item_additional_tools_param)                  \
    X(response_input_item_apply_patch_call, openai::response_input_item_apply_patch_call)                              \
    X(response_input_item_apply_patch_call_operation_create_file,                                                      \
      openai::response_input_item_apply_patch_call_operation_create_file)                                              \
    X(response_input_item_apply_patch_call_operation_create_file_param,                                                \
      openai::response_input_item_apply_patch_call_operation_create_file_param)                                        \
    X(response_input_item_apply_patch_call_operation_delete_file,                                                      \
      openai::response_input_item_apply_patch_call_operation_delete_file)                                              \
    X(response_input_item_apply_patch_call_operation_delete_file_param,                                                \
      openai::response_input_item_apply_patch_call_operation_delete_file_param)                                        \
    X(response_input_item_apply_patch_call_operation_update_file,                                                      \
      openai::response_input_item_apply_patch_call_operation_update_file)                                              \
    X(response_input_item_apply_patch_call_operation_update_file_param,                                                \
      openai::response_input_item_apply_patch_call_operation_update_file_param)                                        \
    X(response_input_item_apply_patch_call_output, openai::response_input_item_apply_patch_call_output)                \
    X(response_input_item_apply_patch_call_output_param, openai::response_input_item_apply_patch_call_output_param)    \
    X(response_input_item_apply_patch_call_param, openai::response_input_item_apply_patch_call_param)                  \
    X(response_input_item_compaction_trigger, openai::response_input_item_compaction_trigger)                          \
    X(response_input_item_compaction_trigger_param, openai::response_input_item_compaction_trigger_param)              \
    X(response_input_item_computer_call_output, openai::response_input_item_computer_call_output)                      \
    X(response_input_item_computer_call_output_acknowledged_safety_check,                                              \
      openai::response_input_item_computer_call_output_acknowledged_safety_check)                                      \
    X(response_input_item_computer_call_output_acknowledged_safety_check_param,                                        \
      openai::response_input_item_computer_call_output_acknowledged_safety_check_param)                                \
    X(response_input_item_computer_call_output_param, openai::response_input_item_computer_call_output_param)          \
    X(response_input_item_function_call_output, openai::response_input_item_function_call_output)                      \
    X(response_input_item_function_call_output_param, openai::response_input_item_function_call_output_param)          \
    X(response_input_item_image_generation_call_param, openai::response_input_item_image_generation_call_param)        \
    X(response_input_item_item_reference, openai::response_input_item_item_reference)                                  \
    X(response_input_item_item_reference_param, openai::response_input_item_item_reference_param)                      \
    X(response_input_item_local_shell_call_action_param, openai::response_input_item_local_shell_call_action_param)    \
    X(response_input_item_local_shell_call_output_param, openai::response_input_item_local_shell_call_output_param)    \
    X(response_input_item_local_shell_call_param, openai::response_input_item_local_shell_call_param)                  \
    X(response_input_item_mcp_approval_request_param, openai::response_input_item_mcp_approval_request_param)          \
    X(response_input_item_mcp_approval_response, openai::response_input_item_mcp_approval_response)                    \
    X(response_input_item_mcp_approval_response_param, openai::response_input_item_mcp_approval_response_param)        \
    X(response_input_item_mcp_call_param, openai::response_input_item_mcp_call_param)                                  \
    X(response_input_item_mcp_list_tools_param, openai::response_input_item_mcp_list_tools_param)                      \
    X(response_input_item_mcp_list_tools_tool_param, openai::response_input_item_mcp_list_tools_tool_param)            \
    X(response_input_item_message, openai::response_input_item_message)                                                \
    X(response_input_item_message_param, openai::response_input_item_message_param)                                    \
    X(response_input_item_program, openai::response_input_item_program)                                                \
    X(response_input_item_program_output, openai::response_input_item_program_output)                                  \
    X(response_input_item_program_output_param, openai::response_input_item_program_output_param)                      \
    X(response_input_item_program_param, openai::response_input_item_program_param)                                    \
    X(response_input_item_shell_call, openai::response_input_item_shell_call)                                          \
    X(response_input_item_shell_call_action, openai::response_input_item_shell_call_action)                            \
    X(response_input_item_shell_call_action_param, openai::response_input_item_shell_call_action_param)                \
    X(response_input_item_shell_call_caller_direct, openai::response_input_item_shell_call_caller_direct)              \
    X(response_input_item_shell_call_caller_direct_param, openai::response_input_item_shell_call_caller_direct_param)  \
    X(response_input_item_shell_call_caller_program, openai::response_input_item_shell_call_caller_program)            \
    X(response_input_item_shell_call_caller_program_param,                                                             \
      openai::response_input_item_shell_call_caller_program_param)                                                     \
    X(response_input_item_shell_call_output, openai::response_input_item_shell_call_output)                            \
    X(response_input_item_shell_call_output_param, openai::response_input_item_shell_call_output_param)                \
    X(response_input_item_shell_call_param, openai::response_input_item_shell_call_param)                              \
    X(response_input_item_tool_search_call, openai::response_input_item_tool_search_call)                              \
    X(response_input_item_tool_search_call_param, openai::response_input_item_tool_search_call_param)                  \
    X(response_input_message_item, openai::response_input_message_item)                                                \
    X(response_input_text, openai::response_input_text)                                                                \
    X(response_input_text_content, openai::response_input_text_content)                                                \
    X(response_input_text_content_param, openai::response_input_text_content_param)                                    \
    X(response_input_text_param, openai::response_input_text_param)                                                    \
    X(response_item_list, openai::response_item_list)                                                                  \
    X(response_local_environment, openai::response_local_environment)                                                  \
    X(response_mcp_call_arguments_delta_event, openai::response_mcp_call_arguments_delta_event)                        \
    X(response_mcp_call_arguments_done_event, openai::response_mcp_call_arguments_done_event)                          \
    X(response_mcp_call_completed_event, openai::response_mcp_call_completed_event)                                    \
    X(response_mcp_call_failed_event, openai::response_mcp_call_failed_event)                                          \
    X(response_mcp_call_in_progress_event, openai::response_mcp_call_in_progress_event)                                \
    X(response_mcp_list_tools_completed_event, openai::response_mcp_list_tools_completed_event)                        \
    X(response_mcp_list_tools_failed_event, openai::response_mcp_list_tools_failed_event)                              \
    X(response_mcp_list_tools_in_progress_event, openai::response_mcp_list_tools_in_progress_event)                    \
    X(response_moderation, openai::response_moderation)                                                                \
    X(response_moderation_input_error, openai::response_moderation_input_error)                                        \
    X(response_moderation_input_moderation_result, openai::response_moderation_input_moderation_result)                \
    X(response_output_item_added_event, openai::response_output_item_added_event)                                      \
    X(response_output_item_additional_tools, openai::response_output_item_additional_tools)                            \
    X(response_output_item_done_event, openai::response_output_item_done_event)                                        \
    X(response_output_item_image_generation_call, openai::response_output_item_image_generation_call)                  \
    X(response_output_item_local_shell_call, openai::response_output_item_local_shell_call)                            \
    X(response_output_item_local_shell_call_action, openai::response_output_item_local_shell_call_action)              \
    X(response_output_item_local_shell_call_output, openai::response_output_item_local_shell_call_output)              \
    X(response_output_item_mcp_approval_request, openai::response_output_item_mcp_approval_request)                    \
    X(response_output_item_mcp_approval_response, openai::response_output_item_mcp_approval_response)                  \
    X(response_output_item_mcp_call, openai::response_output_item_mcp_call)                                            \
    X(response_output_item_mcp_list_tools, openai::response_output_item_mcp_list_tools)                                \
    X(response_output_item_mcp_list_tools_tool, openai::response_output_item_mcp_list_tools_tool)                      \
    X(response_output_item_program, openai::response_output_item_program)                                              \
    X(response_output_item_program_output, openai::response_output_item_program_output)                                \
    X(response_output_message, openai::response_output_message)                                                        \
    X(response_output_message_param, openai::response_output_message_param)                                            \
    X(response_output_refusal, openai::response_output_refusal)                                                        \
    X(response_output_refusal_param, openai::response_output_refusal_param)                                            \
    X(response_output_text, openai::response_output_text)                                                              \
    X(response_output_text_annotation_added_event, openai::response_output_text_annotation_added_event)                \
    X(response_output_text_annotation_container_file_citation,                                                         \
      openai::response_output_text_annotation_container_file_citation)                                                 \
    X(response_output_text_annotation_container_file_citation_param,                                                   \
      openai::response_output_text_annotation_container_file_citation_param)                                           \
    X(response_output_text_annotation_file_citation, openai::response_output_text_annotation_file_citation)            \
    X(response_output_text_annotation_file_citation_param,                                                             \
      openai::response_output_text_annotation_file_citation_param)                                                     \
    X(response_output_text_annotation_file_path, openai::response_output_text_annotation_file_path)                    \
    X(response_output_text_annotation_file_path_param, openai::response_output_text_annotation_file_path_param)        \
    X(response_output_text_annotation_url_citation, openai::response_output_text_annotation_url_citation)              \
    X(response_output_text_annotation_url_citation_param, openai::response_output_text_annotation_url_citation_param)  \
    X(response_output_text_logprob, openai::response_output_text_logprob)                                              \
    X(response_output_text_logprob_param, openai::response_output_text_logprob_param)                                  \
    X(response_output_text_logprob_top_logprob, openai::response_output_text_logprob_top_logprob)                      \
    X(response_output_text_logprob_top_logprob_param, openai::response_output_text_logprob_top_logprob_param)          \
    X(response_output_text_param, openai::response_output_text_param)                                                  \
    X(response_prompt, openai::response_prompt)                                                                        \
    X(response_prompt_cache_options, openai::response_prompt_cache_options)                                            \
    X(response_prompt_param, openai::response_prompt_param)                                                            \
    X(response_queued_event, openai::response_queued_event)                                                            \
    X(response_reasoning_item, openai::response_reasoning_item)                                                        \
    X(response_reasoning_item_content, openai::response_reasoning_item_content)                                        \
    X(response_reasoning_item_content_param, openai::response_reasoning_item_content_param)                            \
    X(response_reasoning_item_param, openai::response_reasoning_item_param)                                            \
    X(response_reasoning_item_summary_param, openai::response_reasoning_item_summary_param)                            \
    X(response_reasoning_summary_part_added_event, openai::response_reasoning_summary_part_added_event)                \
    X(response_reasoning_summary_part_added_event_part, openai::response_reasoning_summary_part_added_event_part)      \
    X(response_reasoning_summary_part_done_event, openai::response_reasoning_summary_part_done_event)                  \
    X(response_reasoning_summary_part_done_event_part, openai::response_reasoning_summary_part_done_event_part)        \
    X(response_reasoning_summary_text_delta_event, openai::response_reasoning_summary_text_delta_event)                \
    X(response_reasoning_summary_text_done_event, openai::response_reasoning_summary_text_done_event)                  \
    X(response_reasoning_text_delta_event, openai::response_reasoning_text_delta_event)                                \
    X(response_reasoning_text_done_event, openai::response_reasoning_text_done_event)                                  \
    X(response_refusal_delta_event, openai::response_refusal_delta_event)                                              \
    X(response_refusal_done_event, openai::response_refusal_done_event)                                                \
    X(response_shell_call_command_added_event, openai::response_shell_call_command_added_event)                        \
    X(response_shell_call_command_delta_event, openai::response_shell_call_command_delta_event)                        \
    X(response_shell_call_command_done_event, openai::response_shell_call_command_done_event)                          \
    X(response_shell_call_output_content_delta_event, openai::response_shell_call_output_content_delta_event)          \
    X(response_shell_call_output_content_delta_event_delta,                                                            \
      openai::response_shell_call_output_content_delta_event_delta)                                                    \
    X(response_shell_call_output_content_done_event, openai::response_shell_call_output_content_done_event)            \
    X(response_text_config, openai::response_text_config)                                                              \
    X(response_text_config_param, openai::response_text_config_param)                                                  \
    X(response_text_delta_event, openai::response_text_delta_event)                                                    \
    X(response_text_done_event, openai::response_text_done_event)                                                      \
    X(response_text_done_event_logprob, openai::response_text_done_event_logprob)                                      \
    X(response_text_done_event_logprob_top_logprob, openai::response_text_done_event_logprob_top_logprob)              \
    X(response_tool_choice_specific_programmatic_tool_calling_param,                                                   \
      openai::response_tool_choice_specific_programmatic_tool_calling_param)                                           \
    X(response_tool_search_call, openai::response_tool_search_call)                                                    \
    X(response_tool_search_output_item, openai::response_tool_search_output_item)                                      \
    X(response_tool_search_output_item_param, openai::response_tool_search_output_item_param)                          \
    X(response_tool_search_output_item_param_param, openai::response_tool_search_output_item_param_param)              \
    X(response_usage, openai::response_usage)                                                                          \
    X(response_usage_input_tokens_details, openai::response_usage_input_tokens_details)                                \
    X(response_usage_output_tokens_details, openai::response_usage_output_tokens_details)                              \
    X(response_web_search_call_completed_event, openai::response_web_search_call_completed_event)                      \
    X(response_web_search_call_in_progress_event, openai::response_web_search_call_in_progress_event)                  \
    X(response_web_search_call_searching_event, openai::response_web_search_call_searching_event)                      \
    X(skill_reference, openai::skill_reference)                                                                        \
    X(skill_reference_param, openai::skill_reference_param)                                                            \
    X(summary_text_content, openai::summary_text_content)                                                              \
    X(text_content, openai::text_content)                                                                              \
    X(tool_choice_allowed, openai::tool_choice_allowed)                                                                \
    X(tool_choice_allowed_param, openai::tool_choice_allowed_param)                                                    \
    X(tool_choice_apply_patch, openai::tool_choice_apply_patch)                                                        \
    X(tool_choice_apply_patch_param, openai::tool_choice_apply_patch_param)                                            \
    X(tool_choice_custom, openai::tool_choice_custom)                                                                  \
    X(tool_choice_custom_param, openai::tool_choice_custom_param)                                                      \
    X(tool_choice_function, openai::tool_choice_function)                                                              \
    X(tool_choice_function_param, openai::tool_choice_function_param)                                                  \
    X(tool_choice_mcp, openai::tool_choice_mcp)                                                                        \
    X(tool_choice_mcp_param, openai::tool_choice_mcp_param)                                                            \
    X(tool_choice_shell, openai::tool_choice_shell)                                                                    \
    X(tool_choice_shell_param, openai::tool_choice_shell_param)                                                        \
    X(tool_choice_types, openai::tool_choice_types)                                                                    \
    X(tool_choice_types_param, openai::tool_choice_types_param)                                                        \
    X(tool_code_interpreter, openai::tool_code_interpreter)                                                            \
    X(tool_code_interpreter_container_code_interpreter_tool_auto,                                                      \
      openai::tool_code_interpreter_container_code_interpreter_tool_auto)                                              \
    X(tool_code_interpreter_container_code_interpreter_tool_auto_param,                                                \
      openai::tool_code_interpreter_container_code_interpreter_tool_auto_param)                                        \
    X(tool_code_interpreter_param, openai::tool_code_interpreter_param)                                                \
    X(tool_image_generation, openai::tool_image_generation)                                                            \
    X(tool_image_generation_input_image_mask, openai::tool_image_generation_input_image_mask)                          \
    X(tool_image_generation_input_image_mask_param, openai::tool_image_generation_input_image_mask_param)              \
    X(tool_image_generation_param, openai::tool_image_generation_param)                                                \
    X(tool_local_shell, openai::tool_local_shell)                                                                      \
    X(tool_local_shell_param, openai::tool_local_shell_param)                                                          \
    X(tool_mcp, openai::tool_mcp)                                                                                      \
    X(tool_mcp_allowed_tools_mcp_tool_filter, openai::tool_mcp_allowed_tools_mcp_tool_filter)                          \
    X(tool_mcp_allowed_tools_mcp_tool_filter_param, openai::tool_mcp_allowed_tools_mcp_tool_filter_param)              \
    X(tool_mcp_param, openai::tool_mcp_param)                                                                          \
    X(tool_mcp_require_approval_mcp_tool_approval_filter, openai::tool_mcp_require_approval_mcp_tool_approval_filter)  \
    X(tool_mcp_require_approval_mcp_tool_approval_filter_param,                                                        \
      openai::tool_mcp_require_approval_mcp_tool_approval_filter_param)                                                \
    X(tool_programmatic_tool_calling, openai::tool_programmatic_tool_calling)                                          \
    X(tool_programmatic_tool_calling_param, openai::tool_programmatic_tool_calling_param)                              \
    X(tool_search_tool, openai::tool_search_tool)                                                                      \
    X(tool_search_tool_param, openai::tool_search_tool_param)                                                          \
    X(web_search_preview_tool, openai::web_search_preview_tool)                                                        \
    X(web_search_preview_tool_param, openai::web_search_preview_tool_param)                                            \
    X(web_search_preview_tool_user_location, openai::web_search_preview_tool_user_location)                            \
    X(web_search_preview_tool_user_location_param, openai::web_search_preview_tool_user_location_param)                \
    X(web_search_tool, openai::web_search_tool)                                                                        \
    X(web_search_tool_filters, openai::web_search_tool_filters)                                                        \
    X(web_search_tool_filters_param, openai::web_search_tool_filters_param)                                            \
    X(web_search_tool_param, openai::web_search_tool_param)                                                            \
    X(web_search_tool_user_location, openai::web_search_tool_user_location)                                            \
    X(web_search_tool_user_location_param, openai::web_search_tool_user_location_param)

#endif
