// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.Conversation (spec schema ConversationResource).
#ifndef OPENAI_TYPES_CONVERSATIONS_CONVERSATION_HPP
#define OPENAI_TYPES_CONVERSATIONS_CONVERSATION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// The conversation object.
struct conversation
{
    /// The unique ID of the conversation.
    std::string id{};
    /// The object type, which is always `conversation`.
    std::string object = "conversation";
    /// Set of 16 key-value pairs that can be attached to an object. This can be         useful for
    /// storing additional information about the object in a structured         format, and querying
    /// for objects via API or the dashboard. Keys are strings with a maximum length of 64
    /// characters. Values are strings         with a maximum length of 512 characters.
    boost::json::value metadata{};
    /// The time at which the conversation was created, measured in seconds since the Unix epoch.
    std::int64_t created_at{};

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(conversation, (), (id, object, metadata, created_at))
OPENAI_EXTERN_JSON_READER(conversation)

OPENAI_END_NAMESPACE

#endif
