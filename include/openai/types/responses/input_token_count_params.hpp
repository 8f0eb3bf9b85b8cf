// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.InputTokenCountParams (spec schema TokenCountsBody).
#ifndef OPENAI_TYPES_RESPONSES_INPUT_TOKEN_COUNT_PARAMS_HPP
#define OPENAI_TYPES_RESPONSES_INPUT_TOKEN_COUNT_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/request_options.hpp>
#include <openai/types/responses/apply_patch_tool_param.hpp>
#include <openai/types/responses/computer_tool_param.hpp>
#include <openai/types/responses/computer_use_preview_tool_param.hpp>
#include <openai/types/responses/custom_tool_param.hpp>
#include <openai/types/responses/easy_input_message_param.hpp>
#include <openai/types/responses/file_search_tool_param.hpp>
#include <openai/types/responses/function_shell_tool_param.hpp>
#include <openai/types/responses/function_tool_param.hpp>
#include <openai/types/responses/namespace_tool_param.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call_param.hpp>
#include <openai/types/responses/response_compaction_item_param_param.hpp>
#include <openai/types/responses/response_computer_tool_call_param.hpp>
#include <openai/types/responses/response_conversation_param_param.hpp>
#include <openai/types/responses/response_create_params.hpp>
#include <openai/types/responses/response_custom_tool_call_output_param.hpp>
#include <openai/types/responses/response_custom_tool_call_param.hpp>
#include <openai/types/responses/response_file_search_tool_call_param.hpp>
#include <openai/types/responses/response_function_tool_call_param.hpp>
#include <openai/types/responses/response_function_web_search_param.hpp>
#include <openai/types/responses/response_input_item_param.hpp>
#include <openai/types/responses/response_output_message_param.hpp>
#include <openai/types/responses/response_reasoning_item_param.hpp>
#include <openai/types/responses/response_text_config_param.hpp>
#include <openai/types/responses/response_tool_search_output_item_param_param.hpp>
#include <openai/types/responses/tool_choice_allowed_param.hpp>
#include <openai/types/responses/tool_choice_apply_patch_param.hpp>
#include <openai/types/responses/tool_choice_custom_param.hpp>
#include <openai/types/responses/tool_choice_function_param.hpp>
#include <openai/types/responses/tool_choice_mcp_param.hpp>
#include <openai/types/responses/tool_choice_shell_param.hpp>
#include <openai/types/responses/tool_choice_types_param.hpp>
#include <openai/types/responses/tool_param.hpp>
#include <openai/types/responses/tool_search_tool_param.hpp>
#include <openai/types/responses/web_search_preview_tool_param.hpp>
#include <openai/types/responses/web_search_tool_param.hpp>
#include <openai/types/shared_params/reasoning.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The request of `client.responses.input_tokens.count` (POST /responses/input_tokens). Members:
/// `model` first, then `input`, then the others alphabetically; `options` last (not sent).
struct input_token_count_params
{
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
    /// models with different capabilities, performance characteristics, and price points. Refer to
    /// the [model guide](/docs/models) to browse and compare available models.
    std::optional<std::string> model{};
    /// Text, image, or file inputs to the model, used to generate a response
    std::optional<std::variant<std::string, std::vector<openai::response_input_item_param>>> input{};
    /// The conversation that this response belongs to. Items from this conversation are prepended
    /// to `input_items` for this response request. Input items and output items from this response
    /// are automatically added to this conversation after this response completes.
    std::optional<std::variant<std::string, openai::response_conversation_param_param>> conversation{};
    /// A system (or developer) message inserted into the model's context. When used along with
    /// `previous_response_id`, the instructions from a previous response will not be carried over
    /// to the next response. This makes it simple to swap out system (or developer) messages in new
    /// responses.
    std::optional<std::string> instructions{};
    /// Whether to allow the model to run tool calls in parallel.
    std::optional<bool> parallel_tool_calls{};
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's
    /// default style. Supported values may expand over time. Values must be at most 64 characters.
    /// One of: friendly, pragmatic.
    std::optional<std::string> personality{};
    /// The unique ID of the previous response to the model. Use this to create multi-turn
    /// conversations. Learn more about [conversation state](/docs/guides/conversation-state).
    /// Cannot be used in conjunction with `conversation`.
    std::optional<std::string> previous_response_id{};
    /// **gpt-5 and o-series models only**
    std::optional<openai::reasoning_param> reasoning{};
    /// Configuration options for a text response from the model. Can be plain text or structured
    /// JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured
    /// Outputs](/docs/guides/structured-outputs)
    std::optional<openai::response_text_config_param> text{};
    /// How the model should select which tool (or tools) to use when generating a response. See the
    /// `tools` parameter to see how to specify which tools the model can call.
    std::optional<openai::response_create_params_tool_choice> tool_choice{};
    /// An array of tools the model may call while generating a response. You can specify which tool
    /// to use by setting the `tool_choice` parameter.
    std::vector<openai::tool_param> tools{};
    /// The truncation strategy to use for the model response. - `auto`: If the input to this
    /// Response exceeds the model's context window size, the model will truncate the response to
    /// fit the context window by dropping items from the beginning of the conversation. -
    /// `disabled` (default): If the input size will exceed the context window size for a model, the
    /// request will fail with a 400 error.
    std::optional<std::string> truncation{};

    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(input_token_count_params, (),
                      (model, input, conversation, instructions, parallel_tool_calls, personality, previous_response_id,
                       reasoning, text, tool_choice, tools, truncation))
OPENAI_EXTERN_JSON_WRITER(input_token_count_params)

OPENAI_END_NAMESPACE

#endif
