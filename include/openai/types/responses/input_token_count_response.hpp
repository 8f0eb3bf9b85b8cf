// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.InputTokenCountResponse (spec schema TokenCountsResource).
#ifndef OPENAI_TYPES_RESPONSES_INPUT_TOKEN_COUNT_RESPONSE_HPP
#define OPENAI_TYPES_RESPONSES_INPUT_TOKEN_COUNT_RESPONSE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Token counts
struct input_token_count_response
{
    /// Always `response.input_tokens`.
    std::string object = "response.input_tokens";
    /// The `input_tokens` member.
    std::int64_t input_tokens{};

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(input_token_count_response, (), (object, input_tokens))
OPENAI_EXTERN_JSON_READER(input_token_count_response)

OPENAI_END_NAMESPACE

#endif
