// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseConversationParamParam (spec schema ConversationParam-2).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CONVERSATION_PARAM_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CONVERSATION_PARAM_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// The conversation that this response belongs to.
struct response_conversation_param_param
{
    /// The unique ID of the conversation.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(response_conversation_param_param, (), (id))
OPENAI_EXTERN_JSON_WRITER(response_conversation_param_param)

OPENAI_END_NAMESPACE

#endif
