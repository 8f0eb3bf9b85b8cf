// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// Declares every generated type without defining it: what <openai/client.hpp> names, so
// that a file pays to parse only the areas it includes (<openai/types/responses.hpp>, ...).
#ifndef OPENAI_TYPES_FWD_HPP
#define OPENAI_TYPES_FWD_HPP

#include <openai/detail/config.hpp>

#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

struct unknown_json;
struct apply_patch_tool;
struct apply_patch_tool_param;
struct compacted_response;
struct comparison_filter;
struct comparison_filter_param;
struct compound_filter;
struct compound_filter_param;
struct computer_action_click;
struct computer_action_click_param;
struct computer_action_double_click;
struct computer_action_double_click_param;
struct computer_action_drag;
struct computer_action_drag_param;
struct computer_action_drag_path;
struct computer_action_drag_path_param;
struct computer_action_keypress;
struct computer_action_keypress_param;
struct computer_action_move;
struct computer_action_move_param;
struct computer_action_screenshot;
struct computer_action_screenshot_param;
struct computer_action_scroll;
struct computer_action_scroll_param;
struct computer_action_type;
struct computer_action_type_param;
struct computer_action_wait;
struct computer_action_wait_param;
struct computer_screenshot_content;
struct computer_tool;
struct computer_tool_param;
struct computer_use_preview_tool;
struct computer_use_preview_tool_param;
struct container_auto;
struct container_auto_param;
struct container_network_policy_allowlist;
struct container_network_policy_allowlist_param;
struct container_network_policy_disabled;
struct container_network_policy_disabled_param;
struct container_network_policy_domain_secret;
struct container_network_policy_domain_secret_param;
struct container_reference;
struct container_reference_param;
struct conversation;
struct conversation_create_params;
struct conversation_deleted_resource;
struct conversation_item_list;
struct conversation_update_params;
struct custom_tool;
struct custom_tool_input_format_grammar;
struct custom_tool_input_format_grammar_param;
struct custom_tool_input_format_text;
struct custom_tool_input_format_text_param;
struct custom_tool_param;
struct easy_input_message;
struct easy_input_message_param;
struct file_search_tool;
struct file_search_tool_param;
struct file_search_tool_ranking_options;
struct file_search_tool_ranking_options_hybrid_search;
struct file_search_tool_ranking_options_hybrid_search_param;
struct file_search_tool_ranking_options_param;
struct function_shell_tool;
struct function_shell_tool_param;
struct function_tool;
struct function_tool_call_output;
struct function_tool_param;
struct inline_skill;
struct inline_skill_param;
struct inline_skill_source;
struct inline_skill_source_param;
struct input_token_count_params;
struct input_token_count_response;
struct item_create_params;
struct local_environment;
struct local_environment_param;
struct local_skill;
struct local_skill_param;
struct mcp_tool_call_error_http_error;
struct mcp_tool_call_error_http_error_param;
struct mcp_tool_call_error_mcp_protocol_error;
struct mcp_tool_call_error_mcp_protocol_error_param;
struct mcp_tool_call_error_mcp_tool_execution_error;
struct mcp_tool_call_error_mcp_tool_execution_error_param;
struct message;
struct namespace_tool;
struct namespace_tool_param;
struct namespace_tool_tool_function;
struct namespace_tool_tool_function_param;
struct reasoning;
struct reasoning_param;
struct response;
struct response_apply_patch_tool_call;
struct response_apply_patch_tool_call_operation_create_file;
struct response_apply_patch_tool_call_operation_delete_file;
struct response_apply_patch_tool_call_operation_update_file;
struct response_apply_patch_tool_call_output;
struct response_audio_delta_event;
struct response_audio_done_event;
struct response_audio_transcript_delta_event;
struct response_audio_transcript_done_event;
struct response_code_interpreter_call_code_delta_event;
struct response_code_interpreter_call_code_done_event;
struct response_code_interpreter_call_completed_event;
struct response_code_interpreter_call_in_progress_event;
struct response_code_interpreter_call_interpreting_event;
struct response_code_interpreter_tool_call;
struct response_code_interpreter_tool_call_output_image;
struct response_code_interpreter_tool_call_output_image_param;
struct response_code_interpreter_tool_call_output_logs;
struct response_code_interpreter_tool_call_output_logs_param;
struct response_code_interpreter_tool_call_param;
struct response_compact_params;
struct response_compaction_item;
struct response_compaction_item_param;
struct response_compaction_item_param_param;
struct response_completed_event;
struct response_computer_tool_call;
struct response_computer_tool_call_output_item;
struct response_computer_tool_call_output_screenshot;
struct response_computer_tool_call_output_screenshot_param;
struct response_computer_tool_call_param;
struct response_container_reference;
struct response_content_part_added_event;
struct response_content_part_done_event;
struct response_conversation;
struct response_conversation_param_param;
struct response_create_params;
struct response_create_params_context_management;
struct response_create_params_moderation;
struct response_create_params_moderation_policy;
struct response_create_params_moderation_policy_input;
struct response_create_params_prompt_cache_options;
struct response_create_params_stream_options;
struct response_create_params_tool_choice_specific_programmatic_tool_calling_param;
struct response_created_event;
struct response_custom_tool_call;
struct response_custom_tool_call_caller_direct;
struct response_custom_tool_call_caller_direct_param;
struct response_custom_tool_call_caller_program;
struct response_custom_tool_call_caller_program_param;
struct response_custom_tool_call_input_delta_event;
struct response_custom_tool_call_input_done_event;
struct response_custom_tool_call_item;
struct response_custom_tool_call_output;
struct response_custom_tool_call_output_item;
struct response_custom_tool_call_output_param;
struct response_custom_tool_call_param;
struct response_error;
struct response_error_event;
struct response_failed_event;
struct response_file_search_call_completed_event;
struct response_file_search_call_in_progress_event;
struct response_file_search_call_searching_event;
struct response_file_search_tool_call;
struct response_file_search_tool_call_param;
struct response_file_search_tool_call_result;
struct response_file_search_tool_call_result_param;
struct response_format_json_object;
struct response_format_json_object_param;
struct response_format_text;
struct response_format_text_json_schema_config;
struct response_format_text_json_schema_config_param;
struct response_format_text_param;
struct response_function_call_arguments_delta_event;
struct response_function_call_arguments_done_event;
struct response_function_shell_call_output_content;
struct response_function_shell_call_output_content_outcome_exit;
struct response_function_shell_call_output_content_outcome_exit_param;
struct response_function_shell_call_output_content_outcome_timeout;
struct response_function_shell_call_output_content_outcome_timeout_param;
struct response_function_shell_call_output_content_param;
struct response_function_shell_tool_call;
struct response_function_shell_tool_call_action;
struct response_function_shell_tool_call_output;
struct response_function_shell_tool_call_output_output;
struct response_function_shell_tool_call_output_output_outcome_exit;
struct response_function_shell_tool_call_output_output_outcome_timeout;
struct response_function_tool_call;
struct response_function_tool_call_item;
struct response_function_tool_call_output_item;
struct response_function_tool_call_param;
struct response_function_web_search;
struct response_function_web_search_action_find;
struct response_function_web_search_action_find_param;
struct response_function_web_search_action_open_page;
struct response_function_web_search_action_open_page_param;
struct response_function_web_search_action_search;
struct response_function_web_search_action_search_param;
struct response_function_web_search_action_search_source;
struct response_function_web_search_action_search_source_param;
struct response_function_web_search_param;
struct response_image_gen_call_completed_event;
struct response_image_gen_call_generating_event;
struct response_image_gen_call_in_progress_event;
struct response_image_gen_call_partial_image_event;
struct response_in_progress_event;
struct response_incomplete_details;
struct response_incomplete_event;
struct response_input_file;
struct response_input_file_content;
struct response_input_file_content_param;
struct response_input_file_content_prompt_cache_breakpoint;
struct response_input_file_content_prompt_cache_breakpoint_param;
struct response_input_file_param;
struct response_input_file_prompt_cache_breakpoint;
struct response_input_file_prompt_cache_breakpoint_param;
struct response_input_image;
struct response_input_image_content;
struct response_input_image_content_param;
struct response_input_image_param;
struct response_input_item_additional_tools;
struct response_input_item_additional_tools_param;
struct response_input_item_apply_patch_call;
struct response_input_item_apply_patch_call_operation_create_file;
struct response_input_item_apply_patch_call_operation_create_file_param;
struct response_input_item_apply_patch_call_operation_delete_file;
struct response_input_item_apply_patch_call_operation_delete_file_param;
struct response_input_item_apply_patch_call_operation_update_file;
struct response_input_item_apply_patch_call_operation_update_file_param;
struct response_input_item_apply_patch_call_output;
struct response_input_item_apply_patch_call_output_param;
struct response_input_item_apply_patch_call_param;
struct response_input_item_compaction_trigger;
struct response_input_item_compaction_trigger_param;
struct response_input_item_computer_call_output;
struct response_input_item_computer_call_output_acknowledged_safety_check;
struct response_input_item_computer_call_output_acknowledged_safety_check_param;
struct response_input_item_computer_call_output_param;
struct response_input_item_function_call_output;
struct response_input_item_function_call_output_param;
struct response_input_item_image_generation_call_param;
struct response_input_item_item_reference;
struct response_input_item_item_reference_param;
struct response_input_item_local_shell_call_action_param;
struct response_input_item_local_shell_call_output_param;
struct response_input_item_local_shell_call_param;
struct response_input_item_mcp_approval_request_param;
struct response_input_item_mcp_approval_response;
struct response_input_item_mcp_approval_response_param;
struct response_input_item_mcp_call_param;
struct response_input_item_mcp_list_tools_param;
struct response_input_item_mcp_list_tools_tool_param;
struct response_input_item_message;
struct response_input_item_message_param;
struct response_input_item_program;
struct response_input_item_program_output;
struct response_input_item_program_output_param;
struct response_input_item_program_param;
struct response_input_item_shell_call;
struct response_input_item_shell_call_action;
struct response_input_item_shell_call_action_param;
struct response_input_item_shell_call_caller_direct;
struct response_input_item_shell_call_caller_direct_param;
struct response_input_item_shell_call_caller_program;
struct response_input_item_shell_call_caller_program_param;
struct response_input_item_shell_call_output;
struct response_input_item_shell_call_output_param;
struct response_input_item_shell_call_param;
struct response_input_item_tool_search_call;
struct response_input_item_tool_search_call_param;
struct response_input_message_item;
struct response_input_text;
struct response_input_text_content;
struct response_input_text_content_param;
struct response_input_text_param;
struct response_item_list;
struct response_local_environment;
struct response_mcp_call_arguments_delta_event;
struct response_mcp_call_arguments_done_event;
struct response_mcp_call_completed_event;
struct response_mcp_call_failed_event;
struct response_mcp_call_in_progress_event;
struct response_mcp_list_tools_completed_event;
struct response_mcp_list_tools_failed_event;
struct response_mcp_list_tools_in_progress_event;
struct response_moderation;
struct response_moderation_input_error;
struct response_moderation_input_moderation_result;
struct response_output_item_added_event;
struct response_output_item_additional_tools;
struct response_output_item_done_event;
struct response_output_item_image_generation_call;
struct response_output_item_local_shell_call;
struct response_output_item_local_shell_call_action;
struct response_output_item_local_shell_call_output;
struct response_output_item_mcp_approval_request;
struct response_output_item_mcp_approval_response;
struct response_output_item_mcp_call;
struct response_output_item_mcp_list_tools;
struct response_output_item_mcp_list_tools_tool;
struct response_output_item_program;
struct response_output_item_program_output;
struct response_output_message;
struct response_output_message_param;
struct response_output_refusal;
struct response_output_refusal_param;
struct response_output_text;
struct response_output_text_annotation_added_event;
struct response_output_text_annotation_container_file_citation;
struct response_output_text_annotation_container_file_citation_param;
struct response_output_text_annotation_file_citation;
struct response_output_text_annotation_file_citation_param;
struct response_output_text_annotation_file_path;
struct response_output_text_annotation_file_path_param;
struct response_output_text_annotation_url_citation;
struct response_output_text_annotation_url_citation_param;
struct response_output_text_logprob;
struct response_output_text_logprob_param;
struct response_output_text_logprob_top_logprob;
struct response_output_text_logprob_top_logprob_param;
struct response_output_text_param;
struct response_prompt;
struct response_prompt_cache_options;
struct response_prompt_param;
struct response_queued_event;
struct response_reasoning_item;
struct response_reasoning_item_content;
struct response_reasoning_item_content_param;
struct response_reasoning_item_param;
struct response_reasoning_item_summary_param;
struct response_reasoning_summary_part_added_event;
struct response_reasoning_summary_part_added_event_part;
struct response_reasoning_summary_part_done_event;
struct response_reasoning_summary_part_done_event_part;
struct response_reasoning_summary_text_delta_event;
struct response_reasoning_summary_text_done_event;
struct response_reasoning_text_delta_event;
struct response_reasoning_text_done_event;
struct response_refusal_delta_event;
struct response_refusal_done_event;
struct response_shell_call_command_added_event;
struct response_shell_call_command_delta_event;
struct response_shell_call_command_done_event;
struct response_shell_call_output_content_delta_event;
struct response_shell_call_output_content_delta_event_delta;
struct response_shell_call_output_content_done_event;
struct response_text_config;
struct response_text_config_param;
struct response_text_delta_event;
struct response_text_done_event;
struct response_text_done_event_logprob;
struct response_text_done_event_logprob_top_logprob;
struct response_tool_choice_specific_programmatic_tool_calling_param;
struct response_tool_search_call;
struct response_tool_search_output_item;
struct response_tool_search_output_item_param;
struct response_tool_search_output_item_param_param;
struct response_usage;
struct response_usage_input_tokens_details;
struct response_usage_output_tokens_details;
struct response_web_search_call_completed_event;
struct response_web_search_call_in_progress_event;
struct response_web_search_call_searching_event;
struct skill_reference;
struct skill_reference_param;
struct summary_text_content;
struct text_content;
struct tool_choice_allowed;
struct tool_choice_allowed_param;
struct tool_choice_apply_patch;
struct tool_choice_apply_patch_param;
struct tool_choice_custom;
struct tool_choice_custom_param;
struct tool_choice_function;
struct tool_choice_function_param;
struct tool_choice_mcp;
struct tool_choice_mcp_param;
struct tool_choice_shell;
struct tool_choice_shell_param;
struct tool_choice_types;
struct tool_choice_types_param;
struct tool_code_interpreter;
struct tool_code_interpreter_container_code_interpreter_tool_auto;
struct tool_code_interpreter_container_code_interpreter_tool_auto_param;
struct tool_code_interpreter_param;
struct tool_image_generation;
struct tool_image_generation_input_image_mask;
struct tool_image_generation_input_image_mask_param;
struct tool_image_generation_param;
struct tool_local_shell;
struct tool_local_shell_param;
struct tool_mcp;
struct tool_mcp_allowed_tools_mcp_tool_filter;
struct tool_mcp_allowed_tools_mcp_tool_filter_param;
struct tool_mcp_param;
struct tool_mcp_require_approval_mcp_tool_approval_filter;
struct tool_mcp_require_approval_mcp_tool_approval_filter_param;
struct tool_programmatic_tool_calling;
struct tool_programmatic_tool_calling_param;
struct tool_search_tool;
struct tool_search_tool_param;
struct web_search_preview_tool;
struct web_search_preview_tool_param;
struct web_search_preview_tool_user_location;
struct web_search_preview_tool_user_location_param;
struct web_search_tool;
struct web_search_tool_filters;
struct web_search_tool_filters_param;
struct web_search_tool_param;
struct web_search_tool_user_location;
struct web_search_tool_user_location_param;

using compacted_response_output =
    std::variant<openai::message, openai::response_output_item_program, openai::response_output_item_program_output,
                 openai::response_function_tool_call, openai::response_tool_search_call,
                 openai::response_tool_search_output_item, openai::response_output_item_additional_tools,
                 openai::function_tool_call_output, openai::response_file_search_tool_call,
                 openai::response_function_web_search, openai::response_output_item_image_generation_call,
                 openai::response_computer_tool_call, openai::response_computer_tool_call_output_item,
                 openai::response_reasoning_item, openai::response_compaction_item,
                 openai::response_code_interpreter_tool_call, openai::response_output_item_local_shell_call,
                 openai::response_output_item_local_shell_call_output, openai::response_function_shell_tool_call,
                 openai::response_function_shell_tool_call_output, openai::response_apply_patch_tool_call,
                 openai::response_apply_patch_tool_call_output, openai::response_output_item_mcp_list_tools,
                 openai::response_output_item_mcp_approval_request, openai::response_output_item_mcp_approval_response,
                 openai::response_output_item_mcp_call, openai::response_custom_tool_call,
                 openai::response_custom_tool_call_output, openai::unknown_json>;
using compound_filter_filter = std::variant<openai::comparison_filter, openai::compound_filter, openai::unknown_json>;
using compound_filter_filter_param =
    std::variant<openai::comparison_filter_param, openai::compound_filter_param, openai::unknown_json>;
using computer_action =
    std::variant<openai::computer_action_click, openai::computer_action_double_click, openai::computer_action_drag,
                 openai::computer_action_keypress, openai::computer_action_move, openai::computer_action_screenshot,
                 openai::computer_action_scroll, openai::computer_action_type, openai::computer_action_wait,
                 openai::unknown_json>;
using response_computer_tool_call_action = computer_action;
using computer_action_param =
    std::variant<openai::computer_action_click_param, openai::computer_action_double_click_param,
                 openai::computer_action_drag_param, openai::computer_action_keypress_param,
                 openai::computer_action_move_param, openai::computer_action_screenshot_param,
                 openai::computer_action_scroll_param, openai::computer_action_type_param,
                 openai::computer_action_wait_param, openai::unknown_json>;
using computer_action_list_computer_action_param = computer_action_param;
using response_computer_tool_call_action_param = computer_action_param;
using container_auto_network_policy = std::variant<openai::container_network_policy_disabled,
                                                   openai::container_network_policy_allowlist, openai::unknown_json>;
using container_auto_network_policy_param =
    std::variant<openai::container_network_policy_disabled_param, openai::container_network_policy_allowlist_param,
                 openai::unknown_json>;
using container_auto_skill = std::variant<openai::skill_reference, openai::inline_skill, openai::unknown_json>;
using container_auto_skill_param =
    std::variant<openai::skill_reference_param, openai::inline_skill_param, openai::unknown_json>;
using conversation_item =
    std::variant<openai::message, openai::response_function_tool_call_item,
                 openai::response_function_tool_call_output_item, openai::response_file_search_tool_call,
                 openai::response_function_web_search, openai::response_output_item_image_generation_call,
                 openai::response_computer_tool_call, openai::response_computer_tool_call_output_item,
                 openai::response_tool_search_call, openai::response_tool_search_output_item,
                 openai::response_output_item_additional_tools, openai::response_reasoning_item,
                 openai::response_output_item_program, openai::response_output_item_program_output,
                 openai::response_compaction_item, openai::response_code_interpreter_tool_call,
                 openai::response_output_item_local_shell_call, openai::response_output_item_local_shell_call_output,
                 openai::response_function_shell_tool_call, openai::response_function_shell_tool_call_output,
                 openai::response_apply_patch_tool_call, openai::response_apply_patch_tool_call_output,
                 openai::response_output_item_mcp_list_tools, openai::response_output_item_mcp_approval_request,
                 openai::response_output_item_mcp_approval_response, openai::response_output_item_mcp_call,
                 openai::response_custom_tool_call, openai::response_custom_tool_call_output, openai::unknown_json>;
using custom_tool_input_format =
    std::variant<openai::custom_tool_input_format_text, openai::custom_tool_input_format_grammar, openai::unknown_json>;
using custom_tool_input_format_param =
    std::variant<openai::custom_tool_input_format_text_param, openai::custom_tool_input_format_grammar_param,
                 openai::unknown_json>;
using file_search_tool_filters = openai::compound_filter_filter;
using file_search_tool_filters_param = openai::compound_filter_filter_param;
using function_shell_tool_environment =
    std::variant<openai::container_auto, openai::local_environment, openai::container_reference, openai::unknown_json>;
using function_shell_tool_environment_param =
    std::variant<openai::container_auto_param, openai::local_environment_param, openai::container_reference_param,
                 openai::unknown_json>;
using mcp_tool_call_error =
    std::variant<openai::mcp_tool_call_error_mcp_protocol_error, openai::mcp_tool_call_error_mcp_tool_execution_error,
                 openai::mcp_tool_call_error_http_error, openai::unknown_json>;
using mcp_tool_call_error_param = std::variant<openai::mcp_tool_call_error_mcp_protocol_error_param,
                                               openai::mcp_tool_call_error_mcp_tool_execution_error_param,
                                               openai::mcp_tool_call_error_http_error_param, openai::unknown_json>;
using message_content =
    std::variant<openai::response_input_text, openai::response_output_text, openai::text_content,
                 openai::summary_text_content, openai::response_reasoning_item_content, openai::response_output_refusal,
                 openai::response_input_image, openai::computer_screenshot_content, openai::response_input_file,
                 openai::unknown_json>;
using namespace_tool_tool =
    std::variant<openai::namespace_tool_tool_function, openai::custom_tool, openai::unknown_json>;
using namespace_tool_tool_param =
    std::variant<openai::namespace_tool_tool_function_param, openai::custom_tool_param, openai::unknown_json>;
using response_apply_patch_tool_call_operation =
    std::variant<openai::response_apply_patch_tool_call_operation_create_file,
                 openai::response_apply_patch_tool_call_operation_delete_file,
                 openai::response_apply_patch_tool_call_operation_update_file, openai::unknown_json>;
using response_code_interpreter_tool_call_output =
    std::variant<openai::response_code_interpreter_tool_call_output_logs,
                 openai::response_code_interpreter_tool_call_output_image, openai::unknown_json>;
using response_code_interpreter_tool_call_output_param =
    std::variant<openai::response_code_interpreter_tool_call_output_logs_param,
                 openai::response_code_interpreter_tool_call_output_image_param, openai::unknown_json>;
using response_content_part_done_event_part =
    std::variant<openai::response_output_text, openai::response_output_refusal, openai::response_reasoning_item_content,
                 openai::unknown_json>;
using response_content_part_added_event_part = response_content_part_done_event_part;
using response_create_params_tool_choice =
    std::variant<std::string, openai::tool_choice_allowed_param, openai::tool_choice_types_param,
                 openai::tool_choice_function_param, openai::tool_choice_mcp_param, openai::tool_choice_custom_param,
                 openai::response_create_params_tool_choice_specific_programmatic_tool_calling_param,
                 openai::tool_choice_apply_patch_param, openai::tool_choice_shell_param, openai::unknown_json>;
using input_token_count_params_tool_choice = response_create_params_tool_choice;
using response_custom_tool_call_caller =
    std::variant<openai::response_custom_tool_call_caller_direct, openai::response_custom_tool_call_caller_program,
                 openai::unknown_json>;
using response_apply_patch_tool_call_caller = response_custom_tool_call_caller;
using response_apply_patch_tool_call_output_caller = response_custom_tool_call_caller;
using response_function_shell_tool_call_caller = response_custom_tool_call_caller;
using response_function_shell_tool_call_output_caller = response_custom_tool_call_caller;
using response_function_tool_call_caller = response_custom_tool_call_caller;
using response_custom_tool_call_caller_param =
    std::variant<openai::response_custom_tool_call_caller_direct_param,
                 openai::response_custom_tool_call_caller_program_param, openai::unknown_json>;
using response_function_tool_call_caller_param = response_custom_tool_call_caller_param;
using response_input_content = std::variant<openai::response_input_text, openai::response_input_image,
                                            openai::response_input_file, openai::unknown_json>;
using response_custom_tool_call_output_output_output_content_list = openai::response_input_content;
using response_function_tool_call_output_item_output_output_content_list =
    response_custom_tool_call_output_output_output_content_list;
using response_input_content_param = std::variant<openai::response_input_text_param, openai::response_input_image_param,
                                                  openai::response_input_file_param, openai::unknown_json>;
using response_input_message_content_list_response_input_content_param = response_input_content_param;
using response_custom_tool_call_output_output_output_content_list_param = openai::response_input_content_param;
using response_format_text_config =
    std::variant<openai::response_format_text, openai::response_format_text_json_schema_config,
                 openai::response_format_json_object, openai::unknown_json>;
using response_format_text_config_param =
    std::variant<openai::response_format_text_param, openai::response_format_text_json_schema_config_param,
                 openai::response_format_json_object_param, openai::unknown_json>;
using response_function_call_output_item =
    std::variant<openai::response_input_text_content, openai::response_input_image_content,
                 openai::response_input_file_content, openai::unknown_json>;
using response_function_call_output_item_param =
    std::variant<openai::response_input_text_content_param, openai::response_input_image_content_param,
                 openai::response_input_file_content_param, openai::unknown_json>;
using response_function_call_output_item_list_response_function_call_output_item_param =
    response_function_call_output_item_param;
using response_function_shell_call_output_content_outcome =
    std::variant<openai::response_function_shell_call_output_content_outcome_timeout,
                 openai::response_function_shell_call_output_content_outcome_exit, openai::unknown_json>;
using response_function_shell_call_output_content_outcome_param =
    std::variant<openai::response_function_shell_call_output_content_outcome_timeout_param,
                 openai::response_function_shell_call_output_content_outcome_exit_param, openai::unknown_json>;
using response_function_shell_tool_call_environment =
    std::variant<openai::response_local_environment, openai::response_container_reference, openai::unknown_json>;
using response_function_shell_tool_call_output_output_outcome =
    std::variant<openai::response_function_shell_tool_call_output_output_outcome_timeout,
                 openai::response_function_shell_tool_call_output_output_outcome_exit, openai::unknown_json>;
using response_shell_call_output_content_done_event_output_outcome =
    response_function_shell_tool_call_output_output_outcome;
using response_function_web_search_action =
    std::variant<openai::response_function_web_search_action_search,
                 openai::response_function_web_search_action_open_page,
                 openai::response_function_web_search_action_find, openai::unknown_json>;
using response_function_web_search_action_param =
    std::variant<openai::response_function_web_search_action_search_param,
                 openai::response_function_web_search_action_open_page_param,
                 openai::response_function_web_search_action_find_param, openai::unknown_json>;
using response_input_item =
    std::variant<openai::easy_input_message, openai::response_input_item_message, openai::response_output_message,
                 openai::response_file_search_tool_call, openai::response_computer_tool_call,
                 openai::response_input_item_computer_call_output, openai::response_function_web_search,
                 openai::response_function_tool_call, openai::response_input_item_function_call_output,
                 openai::response_input_item_tool_search_call, openai::response_tool_search_output_item_param,
                 openai::response_input_item_additional_tools, openai::response_reasoning_item,
                 openai::response_compaction_item_param, openai::response_output_item_image_generation_call,
                 openai::response_code_interpreter_tool_call, openai::response_output_item_local_shell_call,
                 openai::response_output_item_local_shell_call_output, openai::response_input_item_shell_call,
                 openai::response_input_item_shell_call_output, openai::response_input_item_apply_patch_call,
                 openai::response_input_item_apply_patch_call_output, openai::response_output_item_mcp_list_tools,
                 openai::response_output_item_mcp_approval_request, openai::response_input_item_mcp_approval_response,
                 openai::response_output_item_mcp_call, openai::response_custom_tool_call_output,
                 openai::response_custom_tool_call, openai::response_input_item_compaction_trigger,
                 openai::response_input_item_item_reference, openai::response_input_item_program,
                 openai::response_input_item_program_output, openai::unknown_json>;
using response_input_item_apply_patch_call_operation =
    std::variant<openai::response_input_item_apply_patch_call_operation_create_file,
                 openai::response_input_item_apply_patch_call_operation_delete_file,
                 openai::response_input_item_apply_patch_call_operation_update_file, openai::unknown_json>;
using response_input_item_apply_patch_call_operation_param =
    std::variant<openai::response_input_item_apply_patch_call_operation_create_file_param,
                 openai::response_input_item_apply_patch_call_operation_delete_file_param,
                 openai::response_input_item_apply_patch_call_operation_update_file_param, openai::unknown_json>;
using response_input_apply_patch_call_operation_param = response_input_item_apply_patch_call_operation_param;
using response_input_item_param = std::variant<
    openai::easy_input_message_param, openai::response_input_item_message_param, openai::response_output_message_param,
    openai::response_file_search_tool_call_param, openai::response_computer_tool_call_param,
    openai::response_input_item_computer_call_output_param, openai::response_function_web_search_param,
    openai::response_function_tool_call_param, openai::response_input_item_function_call_output_param,
    openai::response_input_item_tool_search_call_param, openai::response_tool_search_output_item_param_param,
    openai::response_input_item_additional_tools_param, openai::response_reasoning_item_param,
    openai::response_compaction_item_param_param, openai::response_input_item_image_generation_call_param,
    openai::response_code_interpreter_tool_call_param, openai::response_input_item_local_shell_call_param,
    openai::response_input_item_local_shell_call_output_param, openai::response_input_item_shell_call_param,
    openai::response_input_item_shell_call_output_param, openai::response_input_item_apply_patch_call_param,
    openai::response_input_item_apply_patch_call_output_param, openai::response_input_item_mcp_list_tools_param,
    openai::response_input_item_mcp_approval_request_param, openai::response_input_item_mcp_approval_response_param,
    openai::response_input_item_mcp_call_param, openai::response_custom_tool_call_output_param,
    openai::response_custom_tool_call_param, openai::response_input_item_compaction_trigger_param,
    openai::response_input_item_item_reference_param, openai::response_input_item_program_param,
    openai::response_input_item_program_output_param, openai::unknown_json>;
using response_input_response_input_item_param = response_input_item_param;
using response_input_item_shell_call_caller =
    std::variant<openai::response_input_item_shell_call_caller_direct,
                 openai::response_input_item_shell_call_caller_program, openai::unknown_json>;
using response_custom_tool_call_output_caller = response_input_item_shell_call_caller;
using response_function_tool_call_output_item_caller = response_input_item_shell_call_caller;
using response_input_item_apply_patch_call_caller = response_input_item_shell_call_caller;
using response_input_item_apply_patch_call_output_caller = response_input_item_shell_call_caller;
using response_input_item_function_call_output_caller = response_input_item_shell_call_caller;
using response_input_item_shell_call_output_caller = response_input_item_shell_call_caller;
using response_input_item_shell_call_caller_param =
    std::variant<openai::response_input_item_shell_call_caller_direct_param,
                 openai::response_input_item_shell_call_caller_program_param, openai::unknown_json>;
using response_custom_tool_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_apply_patch_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_apply_patch_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_function_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_apply_patch_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_apply_patch_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_function_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_shell_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_shell_call_caller_param = response_input_item_shell_call_caller_param;
using response_input_shell_call_output_caller_param = response_input_item_shell_call_caller_param;
using response_input_item_shell_call_environment =
    std::variant<openai::local_environment, openai::container_reference, openai::unknown_json>;
using response_input_item_shell_call_environment_param =
    std::variant<openai::local_environment_param, openai::container_reference_param, openai::unknown_json>;
using response_input_shell_call_environment_param = response_input_item_shell_call_environment_param;
using response_item =
    std::variant<openai::response_input_message_item, openai::response_output_message,
                 openai::response_file_search_tool_call, openai::response_computer_tool_call,
                 openai::response_computer_tool_call_output_item, openai::response_function_web_search,
                 openai::response_function_tool_call_item, openai::response_function_tool_call_output_item,
                 openai::response_tool_search_call, openai::response_tool_search_output_item,
                 openai::response_output_item_additional_tools, openai::response_reasoning_item,
                 openai::response_output_item_program, openai::response_output_item_program_output,
                 openai::response_compaction_item, openai::response_output_item_image_generation_call,
                 openai::response_code_interpreter_tool_call, openai::response_output_item_local_shell_call,
                 openai::response_output_item_local_shell_call_output, openai::response_function_shell_tool_call,
                 openai::response_function_shell_tool_call_output, openai::response_apply_patch_tool_call,
                 openai::response_apply_patch_tool_call_output, openai::response_output_item_mcp_list_tools,
                 openai::response_output_item_mcp_approval_request, openai::response_output_item_mcp_approval_response,
                 openai::response_output_item_mcp_call, openai::response_custom_tool_call_item,
                 openai::response_custom_tool_call_output_item, openai::unknown_json>;
using response_moderation_input = std::variant<openai::response_moderation_input_moderation_result,
                                               openai::response_moderation_input_error, openai::unknown_json>;
using response_moderation_output = openai::response_moderation_input;
using response_output_item = std::variant<
    openai::response_output_message, openai::response_file_search_tool_call, openai::response_function_tool_call,
    openai::response_function_tool_call_output_item, openai::response_function_web_search,
    openai::response_computer_tool_call, openai::response_computer_tool_call_output_item,
    openai::response_reasoning_item, openai::response_output_item_program, openai::response_output_item_program_output,
    openai::response_tool_search_call, openai::response_tool_search_output_item,
    openai::response_output_item_additional_tools, openai::response_compaction_item,
    openai::response_output_item_image_generation_call, openai::response_code_interpreter_tool_call,
    openai::response_output_item_local_shell_call, openai::response_output_item_local_shell_call_output,
    openai::response_function_shell_tool_call, openai::response_function_shell_tool_call_output,
    openai::response_apply_patch_tool_call, openai::response_apply_patch_tool_call_output,
    openai::response_output_item_mcp_call, openai::response_output_item_mcp_list_tools,
    openai::response_output_item_mcp_approval_request, openai::response_output_item_mcp_approval_response,
    openai::response_custom_tool_call, openai::response_custom_tool_call_output_item, openai::unknown_json>;
using response_output_message_content =
    std::variant<openai::response_output_text, openai::response_output_refusal, openai::unknown_json>;
using response_output_message_content_param =
    std::variant<openai::response_output_text_param, openai::response_output_refusal_param, openai::unknown_json>;
using response_output_text_annotation =
    std::variant<openai::response_output_text_annotation_file_citation,
                 openai::response_output_text_annotation_url_citation,
                 openai::response_output_text_annotation_container_file_citation,
                 openai::response_output_text_annotation_file_path, openai::unknown_json>;
using response_output_text_annotation_added_event_annotation = response_output_text_annotation;
using response_output_text_annotation_param =
    std::variant<openai::response_output_text_annotation_file_citation_param,
                 openai::response_output_text_annotation_url_citation_param,
                 openai::response_output_text_annotation_container_file_citation_param,
                 openai::response_output_text_annotation_file_path_param, openai::unknown_json>;
using response_prompt_variables = std::variant<std::string, openai::response_input_text, openai::response_input_image,
                                               openai::response_input_file, openai::unknown_json>;
using response_prompt_variables_param =
    std::variant<std::string, openai::response_input_text_param, openai::response_input_image_param,
                 openai::response_input_file_param, openai::unknown_json>;
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
using response_tool_choice =
    std::variant<std::string, openai::tool_choice_allowed, openai::tool_choice_types, openai::tool_choice_function,
                 openai::tool_choice_mcp, openai::tool_choice_custom,
                 openai::response_tool_choice_specific_programmatic_tool_calling_param, openai::tool_choice_apply_patch,
                 openai::tool_choice_shell, openai::unknown_json>;
using tool = std::variant<openai::function_tool, openai::file_search_tool, openai::computer_tool,
                          openai::computer_use_preview_tool, openai::web_search_tool, openai::tool_mcp,
                          openai::tool_code_interpreter, openai::tool_programmatic_tool_calling,
                          openai::tool_image_generation, openai::tool_local_shell, openai::function_shell_tool,
                          openai::custom_tool, openai::namespace_tool, openai::tool_search_tool,
                          openai::web_search_preview_tool, openai::apply_patch_tool, openai::unknown_json>;
using tool_code_interpreter_container =
    std::variant<std::string, openai::tool_code_interpreter_container_code_interpreter_tool_auto, openai::unknown_json>;
using tool_code_interpreter_container_code_interpreter_tool_auto_network_policy = openai::container_auto_network_policy;
using tool_code_interpreter_container_code_interpreter_tool_auto_network_policy_param =
    openai::container_auto_network_policy_param;
using tool_code_interpreter_container_param =
    std::variant<std::string, openai::tool_code_interpreter_container_code_interpreter_tool_auto_param,
                 openai::unknown_json>;
using tool_param =
    std::variant<openai::function_tool_param, openai::file_search_tool_param, openai::computer_tool_param,
                 openai::computer_use_preview_tool_param, openai::web_search_tool_param, openai::tool_mcp_param,
                 openai::tool_code_interpreter_param, openai::tool_programmatic_tool_calling_param,
                 openai::tool_image_generation_param, openai::tool_local_shell_param, openai::function_shell_tool_param,
                 openai::custom_tool_param, openai::namespace_tool_param, openai::tool_search_tool_param,
                 openai::web_search_preview_tool_param, openai::apply_patch_tool_param, openai::unknown_json>;

OPENAI_END_NAMESPACE

#endif
