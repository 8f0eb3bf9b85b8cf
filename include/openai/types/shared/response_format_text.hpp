// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.shared.ResponseFormatText (spec schema ResponseFormatText).
#ifndef OPENAI_TYPES_SHARED_RESPONSE_FORMAT_TEXT_HPP
#define OPENAI_TYPES_SHARED_RESPONSE_FORMAT_TEXT_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Default response format. Used to generate text responses.
struct response_format_text
{
    /// The type of response format being defined. Always `text`.
    std::string type = "text";
};
BOOST_DESCRIBE_STRUCT(response_format_text, (), (type))

OPENAI_END_NAMESPACE

#endif
