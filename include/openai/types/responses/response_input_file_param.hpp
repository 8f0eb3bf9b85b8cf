// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputFileParam (spec schema InputFileContent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_FILE_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_FILE_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
/// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
struct response_input_file_prompt_cache_breakpoint_param
{
    /// The breakpoint mode. Always `explicit`.
    std::string mode = "explicit";
};
BOOST_DESCRIBE_STRUCT(response_input_file_prompt_cache_breakpoint_param, (), (mode))
using response_input_image_prompt_cache_breakpoint_param = response_input_file_prompt_cache_breakpoint_param;
using response_input_text_prompt_cache_breakpoint_param = response_input_file_prompt_cache_breakpoint_param;
OPENAI_EXTERN_JSON_WRITER(response_input_file_prompt_cache_breakpoint_param)

/// A file input to the model.
struct response_input_file_param
{
    /// The type of the input item. Always `input_file`.
    std::string type = "input_file";
    /// The ID of the file to be sent to the model.
    std::optional<std::string> file_id{};
    /// The name of the file to be sent to the model.
    std::optional<std::string> filename{};
    /// The content of the file to be sent to the model.
    std::optional<std::string> file_data{};
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the
    /// request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    std::optional<openai::response_input_file_prompt_cache_breakpoint_param> prompt_cache_breakpoint{};
    /// The URL of the file to be sent to the model.
    std::optional<std::string> file_url{};
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select
    /// the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which
    /// may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the
    /// file at higher quality. Defaults to `auto`.
    std::optional<std::string> detail{};
};
BOOST_DESCRIBE_STRUCT(response_input_file_param, (),
                      (type, file_id, filename, file_data, prompt_cache_breakpoint, file_url, detail))
OPENAI_EXTERN_JSON_WRITER(response_input_file_param)

OPENAI_END_NAMESPACE

#endif
