// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The types of the Python SDK's response_format_json_object module.
#ifndef OPENAI_TYPES_SHARED_PARAMS_RESPONSE_FORMAT_JSON_OBJECT_HPP
#define OPENAI_TYPES_SHARED_PARAMS_RESPONSE_FORMAT_JSON_OBJECT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// JSON object response format. An older method of generating JSON responses. Using `json_schema`
/// is recommended for models that support it. Note that the model will not generate JSON without a
/// system or user message instructing it to do so.
struct response_format_json_object_param
{
    /// The type of response format being defined. Always `json_object`.
    std::string type = "json_object";
};
BOOST_DESCRIBE_STRUCT(response_format_json_object_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(response_format_json_object_param)

OPENAI_END_NAMESPACE

#endif
