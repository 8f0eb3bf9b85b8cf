// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ConversationItemList (spec schema ConversationItemList).
#ifndef OPENAI_TYPES_CONVERSATIONS_CONVERSATION_ITEM_LIST_HPP
#define OPENAI_TYPES_CONVERSATIONS_CONVERSATION_ITEM_LIST_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/conversations/conversation_item.hpp>
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

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A list of Conversation items.
struct conversation_item_list
{
    /// The type of object returned, must be `list`.
    std::string object = "list";
    /// A list of conversation items.
    std::vector<openai::conversation_item> data{};
    /// Whether there are more items available.
    bool has_more{};
    /// The ID of the first item in the list.
    std::string first_id{};
    /// The ID of the last item in the list.
    std::string last_id{};

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(conversation_item_list, (), (object, data, has_more, first_id, last_id))
OPENAI_EXTERN_JSON_READER(conversation_item_list)

OPENAI_END_NAMESPACE

#endif
