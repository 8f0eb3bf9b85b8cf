// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The types of the Python SDK's response_format_text module.
#ifndef OPENAI_TYPES_SHARED_PARAMS_RESPONSE_FORMAT_TEXT_HPP
#define OPENAI_TYPES_SHARED_PARAMS_RESPONSE_FORMAT_TEXT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Default response format. Used to generate text responses.
struct response_format_text_param
{
    /// The type of response format being defined. Always `text`.
    std::string type = "text";
};
BOOST_DESCRIBE_STRUCT(response_format_text_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(response_format_text_param)

OPENAI_END_NAMESPACE

#endif
