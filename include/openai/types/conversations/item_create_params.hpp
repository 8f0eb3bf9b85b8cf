// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ItemCreateParams.
#ifndef OPENAI_TYPES_CONVERSATIONS_ITEM_CREATE_PARAMS_HPP
#define OPENAI_TYPES_CONVERSATIONS_ITEM_CREATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/request_options.hpp>
#include <openai/types/responses/easy_input_message_param.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call_param.hpp>
#include <openai/types/responses/response_compaction_item_param_param.hpp>
#include <openai/types/responses/response_computer_tool_call_param.hpp>
#include <openai/types/responses/response_custom_tool_call_output_param.hpp>
#include <openai/types/responses/response_custom_tool_call_param.hpp>
#include <openai/types/responses/response_file_search_tool_call_param.hpp>
#include <openai/types/responses/response_function_tool_call_param.hpp>
#include <openai/types/responses/response_function_web_search_param.hpp>
#include <openai/types/responses/response_input_item_param.hpp>
#include <openai/types/responses/response_output_message_param.hpp>
#include <openai/types/responses/response_reasoning_item_param.hpp>
#include <openai/types/responses/response_tool_search_output_item_param_param.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The request of `client.conversations.items.create` (POST
/// /conversations/{conversation_id}/items). Members: `model` first, then `items`, then the others
/// alphabetically; `options` last (not sent).
struct item_create_params
{
    /// The items to add to the conversation. You may add up to 20 items at a time.
    std::vector<openai::response_input_item_param> items{};
    /// Additional fields to include in the response. See the `include` parameter for [listing
    /// Conversation items
    /// above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for
    /// more information. Sent in the URL's query, not in the body.
    std::vector<std::string> include{};

    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(item_create_params, (), (items, include))

namespace detail {
template <>
inline constexpr const char* json_query<item_create_params> = "include";
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(item_create_params)

OPENAI_END_NAMESPACE

#endif
