// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputFileContent (spec schema InputFileContentParam).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_FILE_CONTENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_FILE_CONTENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
/// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
struct response_input_file_content_prompt_cache_breakpoint
{
    /// The breakpoint mode. Always `explicit`.
    std::string mode = "explicit";
};
BOOST_DESCRIBE_STRUCT(response_input_file_content_prompt_cache_breakpoint, (), (mode))
using response_input_image_content_prompt_cache_breakpoint = response_input_file_content_prompt_cache_breakpoint;
using response_input_text_content_prompt_cache_breakpoint = response_input_file_content_prompt_cache_breakpoint;
OPENAI_EXTERN_JSON_READER(response_input_file_content_prompt_cache_breakpoint)

/// A file input to the model.
struct response_input_file_content
{
    /// The type of the input item. Always `input_file`.
    std::string type = "input_file";
    /// The ID of the file to be sent to the model.
    std::optional<std::string> file_id{};
    /// The name of the file to be sent to the model.
    std::optional<std::string> filename{};
    /// The base64-encoded data of the file to be sent to the model.
    std::optional<std::string> file_data{};
    /// The URL of the file to be sent to the model.
    std::optional<std::string> file_url{};
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select
    /// the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which
    /// may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the
    /// file at higher quality. Defaults to `auto`.
    std::optional<std::string> detail{};
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    /// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    std::optional<openai::response_input_file_content_prompt_cache_breakpoint> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(response_input_file_content, (),
                      (type, file_id, filename, file_data, file_url, detail, prompt_cache_breakpoint))
OPENAI_EXTERN_JSON_READER(response_input_file_content)

OPENAI_END_NAMESPACE

#endif
