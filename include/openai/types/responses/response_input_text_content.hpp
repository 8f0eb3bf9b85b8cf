// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputTextContent (spec schema InputTextContentParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_TEXT_CONTENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_TEXT_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_input_file_content.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A text input to the model.
struct response_input_text_content
{
    /// The type of the input item. Always `input_text`.
    std::string type = "input_text";
    /// The text input to the model.
    std::string text{};
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    /// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    std::optional<openai::response_input_file_content_prompt_cache_breakpoint> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(response_input_text_content, (), (type, text, prompt_cache_breakpoint))
OPENAI_EXTERN_JSON_READER(response_input_text_content)

OPENAI_END_NAMESPACE

#endif
