// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ConversationDeletedResource (spec schema DeletedConversationResource).
#ifndef OPENAI_TYPES_CONVERSATIONS_CONVERSATION_DELETED_RESOURCE_HPP
#define OPENAI_TYPES_CONVERSATIONS_CONVERSATION_DELETED_RESOURCE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The conversation_deleted_resource object.
struct conversation_deleted_resource
{
    /// Always `conversation.deleted`.
    std::string object = "conversation.deleted";
    /// The `deleted` member.
    bool deleted{};
    /// The `id` member.
    std::string id{};

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(conversation_deleted_resource, (), (object, deleted, id))
OPENAI_EXTERN_JSON_READER(conversation_deleted_resource)

OPENAI_END_NAMESPACE

#endif
