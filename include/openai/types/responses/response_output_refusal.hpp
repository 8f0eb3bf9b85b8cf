// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputRefusal (spec schema RefusalContent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_REFUSAL_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_REFUSAL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// A refusal from the model.
struct response_output_refusal
{
    /// The type of the refusal. Always `refusal`.
    std::string type = "refusal";
    /// The refusal explanation from the model.
    std::string refusal{};
};
BOOST_DESCRIBE_STRUCT(response_output_refusal, (), (type, refusal))
OPENAI_EXTERN_JSON_READER(response_output_refusal)

OPENAI_END_NAMESPACE

#endif
