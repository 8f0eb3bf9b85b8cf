// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.SummaryTextContent (spec schema SummaryTextContent).
#ifndef OPENAI_TYPES_CONVERSATIONS_SUMMARY_TEXT_CONTENT_HPP
#define OPENAI_TYPES_CONVERSATIONS_SUMMARY_TEXT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// A summary text from the model.
struct summary_text_content
{
    /// The type of the object. Always `summary_text`.
    std::string type = "summary_text";
    /// A summary of the reasoning output from the model so far.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(summary_text_content, (), (type, text))
using response_reasoning_item_summary = summary_text_content;
OPENAI_EXTERN_JSON_READER(summary_text_content)

OPENAI_END_NAMESPACE

#endif
