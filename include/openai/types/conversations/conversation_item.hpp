// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ConversationItem (spec schema ConversationItem).
#ifndef OPENAI_TYPES_CONVERSATIONS_CONVERSATION_ITEM_HPP
#define OPENAI_TYPES_CONVERSATIONS_CONVERSATION_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/conversations/message.hpp>
#include <openai/types/responses/response_apply_patch_tool_call.hpp>
#include <openai/types/responses/response_apply_patch_tool_call_output.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_item.hpp>
#include <openai/types/responses/response_custom_tool_call.hpp>
#include <openai/types/responses/response_custom_tool_call_output.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>
#include <openai/types/responses/response_function_tool_call_item.hpp>
#include <openai/types/responses/response_function_tool_call_output_item.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>
#include <openai/unknown_json.hpp>

#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A single item within a conversation. The set of possible types are the same as the `output` type
/// of a [Response object](/docs/api-reference/responses/object#responses/object-output).
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

namespace detail {
inline constexpr json_union_case conversation_item_cases[] = {{"message", 0},
                                                              {"function_call", 1},
                                                              {"function_call_output", 2},
                                                              {"file_search_call", 3},
                                                              {"web_search_call", 4},
                                                              {"image_generation_call", 5},
                                                              {"computer_call", 6},
                                                              {"computer_call_output", 7},
                                                              {"tool_search_call", 8},
                                                              {"tool_search_output", 9},
                                                              {"additional_tools", 10},
                                                              {"reasoning", 11},
                                                              {"program", 12},
                                                              {"program_output", 13},
                                                              {"compaction", 14},
                                                              {"code_interpreter_call", 15},
                                                              {"local_shell_call", 16},
                                                              {"local_shell_call_output", 17},
                                                              {"shell_call", 18},
                                                              {"shell_call_output", 19},
                                                              {"apply_patch_call", 20},
                                                              {"apply_patch_call_output", 21},
                                                              {"mcp_list_tools", 22},
                                                              {"mcp_approval_request", 23},
                                                              {"mcp_approval_response", 24},
                                                              {"mcp_call", 25},
                                                              {"custom_tool_call", 26},
                                                              {"custom_tool_call_output", 27}};
template <>
inline constexpr json_union_table json_union<conversation_item>{.key = "type", .cases = conversation_item_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(conversation_item)

OPENAI_END_NAMESPACE

#endif
