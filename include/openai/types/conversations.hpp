// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// Every type of the Conversations API.
#ifndef OPENAI_TYPES_CONVERSATIONS_HPP
#define OPENAI_TYPES_CONVERSATIONS_HPP

#include <openai/types/conversations/computer_screenshot_content.hpp>
#include <openai/types/conversations/conversation.hpp>
#include <openai/types/conversations/conversation_create_params.hpp>
#include <openai/types/conversations/conversation_deleted_resource.hpp>
#include <openai/types/conversations/conversation_item.hpp>
#include <openai/types/conversations/conversation_item_list.hpp>
#include <openai/types/conversations/conversation_update_params.hpp>
#include <openai/types/conversations/item_create_params.hpp>
#include <openai/types/conversations/item_list_params.hpp>
#include <openai/types/conversations/item_retrieve_params.hpp>
#include <openai/types/conversations/message.hpp>
#include <openai/types/conversations/summary_text_content.hpp>
#include <openai/types/conversations/text_content.hpp>

#endif
