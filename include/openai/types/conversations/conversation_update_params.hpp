// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.ConversationUpdateParams (spec schema UpdateConversationBody).
#ifndef OPENAI_TYPES_CONVERSATIONS_CONVERSATION_UPDATE_PARAMS_HPP
#define OPENAI_TYPES_CONVERSATIONS_CONVERSATION_UPDATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// The request of `client.conversations.update` (POST /conversations/{conversation_id}). Members:
/// `model` first, then the others alphabetically; `options` last (not sent).
struct conversation_update_params
{
    /// Set of 16 key-value pairs that can be attached to an object. This can be         useful for
    /// storing additional information about the object in a structured         format, and querying
    /// for objects via API or the dashboard. Keys are strings with a maximum length of 64
    /// characters. Values are strings         with a maximum length of 512 characters.
    std::map<std::string, std::string> metadata{};

    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(conversation_update_params, (), (metadata))
OPENAI_EXTERN_JSON_WRITER(conversation_update_params)

OPENAI_END_NAMESPACE

#endif
