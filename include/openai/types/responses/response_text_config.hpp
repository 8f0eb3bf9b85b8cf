// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseTextConfig (spec schema ResponseTextParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_CONFIG_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_CONFIG_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/chat/response_format.hpp>
#include <openai/types/responses/response_format_text_config.hpp>
#include <openai/types/responses/response_format_text_json_schema_config.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Configuration options for a text response from the model. Can be plain text or structured JSON
/// data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured
/// Outputs](/docs/guides/structured-outputs)
struct response_text_config
{
    /// An object specifying the format that the model must output.
    std::optional<openai::response_format_text_config> format{};
    /// Constrains the verbosity of the model's response. Lower values will result in more concise
    /// responses, while higher values will result in more verbose responses. Currently supported
    /// values are `low`, `medium`, and `high`. The default is `medium`.
    std::optional<std::string> verbosity{};
};
BOOST_DESCRIBE_STRUCT(response_text_config, (), (format, verbosity))
OPENAI_EXTERN_JSON_READER(response_text_config)

OPENAI_END_NAMESPACE

#endif
