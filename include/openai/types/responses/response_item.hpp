// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseItem (spec schema ItemResource).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_apply_patch_tool_call.hpp>
#include <openai/types/responses/response_apply_patch_tool_call_output.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_item.hpp>
#include <openai/types/responses/response_custom_tool_call_item.hpp>
#include <openai/types/responses/response_custom_tool_call_output_item.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>
#include <openai/types/responses/response_function_tool_call_item.hpp>
#include <openai/types/responses/response_function_tool_call_output_item.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_input_message_item.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_output_message.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// Content item used to generate a response.
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

namespace detail {
inline constexpr json_union_case response_item_cases[] = {{"message", 1, "assistant"},
                                                          {"message", 0},
                                                          {"file_search_call", 2},
                                                          {"computer_call", 3},
                                                          {"computer_call_output", 4},
                                                          {"web_search_call", 5},
                                                          {"function_call", 6},
                                                          {"function_call_output", 7},
                                                          {"tool_search_call", 8},
                                                          {"tool_search_output", 9},
                                                          {"additional_tools", 10},
                                                          {"reasoning", 11},
                                                          {"program", 12},
                                                          {"program_output", 13},
                                                          {"compaction", 14},
                                                          {"image_generation_call", 15},
                                                          {"code_interpreter_call", 16},
                                                          {"local_shell_call", 17},
                                                          {"local_shell_call_output", 18},
                                                          {"shell_call", 19},
                                                          {"shell_call_output", 20},
                                                          {"apply_patch_call", 21},
                                                          {"apply_patch_call_output", 22},
                                                          {"mcp_list_tools", 23},
                                                          {"mcp_approval_request", 24},
                                                          {"mcp_approval_response", 25},
                                                          {"mcp_call", 26},
                                                          {"custom_tool_call", 27},
                                                          {"custom_tool_call_output", 28}};
template <>
inline constexpr json_union_table json_union<response_item>{
    .key = "type", .cases = response_item_cases, .second_key = "role"};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_item)

OPENAI_END_NAMESPACE

#endif
