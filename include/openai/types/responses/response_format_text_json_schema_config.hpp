// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFormatTextJSONSchemaConfig (spec schema TextResponseFormatJsonSchema).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_JSON_SCHEMA_CONFIG_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FORMAT_TEXT_JSON_SCHEMA_CONFIG_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// JSON Schema response format. Used to generate structured JSON responses. Learn more about
/// [Structured Outputs](/docs/guides/structured-outputs).
struct response_format_text_json_schema_config
{
    /// The type of response format being defined. Always `json_schema`.
    std::string type = "json_schema";
    /// A description of what the response format is for, used by the model to determine how to
    /// respond in the format.
    std::optional<std::string> description{};
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes,
    /// with a maximum length of 64.
    std::string name{};
    /// The schema for the response format, described as a JSON Schema object. Learn how to build
    /// JSON schemas [here](https://json-schema.org/).
    boost::json::object schema{};
    /// Whether to enable strict schema adherence when generating the output. If set to true, the
    /// model will always follow the exact schema defined in the `schema` field. Only a subset of
    /// JSON Schema is supported when `strict` is `true`. To learn more, read the [Structured
    /// Outputs guide](/docs/guides/structured-outputs).
    std::optional<bool> strict{};
};
BOOST_DESCRIBE_STRUCT(response_format_text_json_schema_config, (), (type, description, name, schema, strict))
OPENAI_EXTERN_JSON_READER(response_format_text_json_schema_config)

OPENAI_END_NAMESPACE

#endif
