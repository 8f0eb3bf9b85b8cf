// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.TextContent (spec schema TextContent).
#ifndef OPENAI_TYPES_CONVERSATIONS_TEXT_CONTENT_HPP
#define OPENAI_TYPES_CONVERSATIONS_TEXT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// A text content.
struct text_content
{
    /// Always `text`.
    std::string type = "text";
    /// The `text` member.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(text_content, (), (type, text))
OPENAI_EXTERN_JSON_READER(text_content)

OPENAI_END_NAMESPACE

#endif
