// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.CompactedResponse (spec schema CompactResource).
#ifndef OPENAI_TYPES_RESPONSES_COMPACTED_RESPONSE_HPP
#define OPENAI_TYPES_RESPONSES_COMPACTED_RESPONSE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/conversations/message.hpp>
#include <openai/types/responses/function_tool_call_output.hpp>
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
#include <openai/types/responses/response_function_tool_call.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>
#include <openai/types/responses/response_usage.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// An item representing a message, tool call, tool output, reasoning, or other response element.
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

namespace detail {
inline constexpr json_union_case compacted_response_output_cases[] = {{"message", 0},
                                                                      {"program", 1},
                                                                      {"program_output", 2},
                                                                      {"function_call", 3},
                                                                      {"tool_search_call", 4},
                                                                      {"tool_search_output", 5},
                                                                      {"additional_tools", 6},
                                                                      {"function_call_output", 7},
                                                                      {"file_search_call", 8},
                                                                      {"web_search_call", 9},
                                                                      {"image_generation_call", 10},
                                                                      {"computer_call", 11},
                                                                      {"computer_call_output", 12},
                                                                      {"reasoning", 13},
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
inline constexpr json_union_table json_union<compacted_response_output>{.key = "type",
                                                                        .cases = compacted_response_output_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(compacted_response_output)

/// The compacted response object
struct compacted_response
{
    /// The unique identifier for the compacted response.
    std::string id{};
    /// The object type. Always `response.compaction`.
    std::string object = "response.compaction";
    /// The compacted list of output items.
    std::vector<openai::compacted_response_output> output{};
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    std::int64_t created_at{};
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    openai::response_usage usage{};

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(compacted_response, (), (id, object, output, created_at, usage))
OPENAI_EXTERN_JSON_READER(compacted_response)

OPENAI_END_NAMESPACE

#endif
