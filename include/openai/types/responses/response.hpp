// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.Response (spec schema Response).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/responses/apply_patch_tool.hpp>
#include <openai/types/responses/computer_tool.hpp>
#include <openai/types/responses/computer_use_preview_tool.hpp>
#include <openai/types/responses/custom_tool.hpp>
#include <openai/types/responses/easy_input_message.hpp>
#include <openai/types/responses/file_search_tool.hpp>
#include <openai/types/responses/function_shell_tool.hpp>
#include <openai/types/responses/function_tool.hpp>
#include <openai/types/responses/namespace_tool.hpp>
#include <openai/types/responses/response_apply_patch_tool_call.hpp>
#include <openai/types/responses/response_apply_patch_tool_call_output.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call.hpp>
#include <openai/types/responses/response_compaction_item.hpp>
#include <openai/types/responses/response_compaction_item_param.hpp>
#include <openai/types/responses/response_computer_tool_call.hpp>
#include <openai/types/responses/response_computer_tool_call_output_item.hpp>
#include <openai/types/responses/response_custom_tool_call.hpp>
#include <openai/types/responses/response_custom_tool_call_output.hpp>
#include <openai/types/responses/response_custom_tool_call_output_item.hpp>
#include <openai/types/responses/response_error.hpp>
#include <openai/types/responses/response_file_search_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call.hpp>
#include <openai/types/responses/response_function_shell_tool_call_output.hpp>
#include <openai/types/responses/response_function_tool_call.hpp>
#include <openai/types/responses/response_function_tool_call_output_item.hpp>
#include <openai/types/responses/response_function_web_search.hpp>
#include <openai/types/responses/response_input_item.hpp>
#include <openai/types/responses/response_output_item.hpp>
#include <openai/types/responses/response_output_message.hpp>
#include <openai/types/responses/response_prompt.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/types/responses/response_text_config.hpp>
#include <openai/types/responses/response_tool_search_call.hpp>
#include <openai/types/responses/response_tool_search_output_item.hpp>
#include <openai/types/responses/response_tool_search_output_item_param.hpp>
#include <openai/types/responses/response_usage.hpp>
#include <openai/types/responses/tool.hpp>
#include <openai/types/responses/tool_choice_allowed.hpp>
#include <openai/types/responses/tool_choice_apply_patch.hpp>
#include <openai/types/responses/tool_choice_custom.hpp>
#include <openai/types/responses/tool_choice_function.hpp>
#include <openai/types/responses/tool_choice_mcp.hpp>
#include <openai/types/responses/tool_choice_shell.hpp>
#include <openai/types/responses/tool_choice_types.hpp>
#include <openai/types/responses/tool_search_tool.hpp>
#include <openai/types/responses/web_search_preview_tool.hpp>
#include <openai/types/responses/web_search_tool.hpp>
#include <openai/types/shared/reasoning.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The conversation that this response belonged to. Input items and output items from this response
/// were automatically added to this conversation.
struct response_conversation
{
    /// The unique ID of the conversation that this response was associated with.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(response_conversation, (), (id))
OPENAI_EXTERN_JSON_READER(response_conversation)

/// Details about why the response is incomplete.
struct response_incomplete_details
{
    /// The reason why the response is incomplete. One of: max_output_tokens, content_filter.
    std::optional<std::string> reason{};
};
BOOST_DESCRIBE_STRUCT(response_incomplete_details, (), (reason))
OPENAI_EXTERN_JSON_READER(response_incomplete_details)

/// An error produced while attempting moderation for the response input or output.
struct response_moderation_input_error
{
    /// The object type, which was always `error` for moderation failures.
    std::string type = "error";
    /// The error code.
    std::string code{};
    /// The error message.
    std::string message{};
};
BOOST_DESCRIBE_STRUCT(response_moderation_input_error, (), (type, code, message))
using response_moderation_output_error = response_moderation_input_error;
OPENAI_EXTERN_JSON_READER(response_moderation_input_error)

/// A moderation result produced for the response input or output.
struct response_moderation_input_moderation_result
{
    /// The object type, which was always `moderation_result` for successful moderation results.
    std::string type = "moderation_result";
    /// The moderation model that produced this result.
    std::string model{};
    /// A boolean indicating whether the content was flagged by any category.
    bool flagged{};
    /// A dictionary of moderation categories to booleans, True if the input is flagged under this
    /// category.
    std::map<std::string, bool> categories{};
    /// A dictionary of moderation categories to scores.
    std::map<std::string, double> category_scores{};
    /// Which modalities of input are reflected by the score for each category.
    std::map<std::string, std::vector<std::string>> category_applied_input_types{};
};
BOOST_DESCRIBE_STRUCT(response_moderation_input_moderation_result, (),
                      (type, model, flagged, categories, category_scores, category_applied_input_types))
using response_moderation_output_moderation_result = response_moderation_input_moderation_result;
OPENAI_EXTERN_JSON_READER(response_moderation_input_moderation_result)

/// Moderation for the response input.
using response_moderation_input = std::variant<openai::response_moderation_input_moderation_result,
                                               openai::response_moderation_input_error, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_moderation_input_cases[] = {{"moderation_result", 0}, {"error", 1}};
template <>
inline constexpr json_union_table json_union<response_moderation_input>{.key = "type",
                                                                        .cases = response_moderation_input_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_moderation_input)

/// Moderation for the response output.
using response_moderation_output = openai::response_moderation_input;

/// Moderation results or errors for the response input and output.
struct response_moderation
{
    /// Moderation for the response input.
    openai::response_moderation_input input{};
    /// Moderation for the response output.
    openai::response_moderation_output output{};
};
BOOST_DESCRIBE_STRUCT(response_moderation, (), (input, output))
OPENAI_EXTERN_JSON_READER(response_moderation)

/// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later
/// models.
struct response_prompt_cache_options
{
    /// The minimum lifetime applied to each cache breakpoint. Always `30m`.
    std::string ttl = "30m";
    /// Whether implicit prompt-cache breakpoints were enabled. One of: implicit, explicit.
    std::string mode{};
};
BOOST_DESCRIBE_STRUCT(response_prompt_cache_options, (), (ttl, mode))
OPENAI_EXTERN_JSON_READER(response_prompt_cache_options)

/// The response_tool_choice_specific_programmatic_tool_calling_param object.
struct response_tool_choice_specific_programmatic_tool_calling_param
{
    /// The tool to call. Always `programmatic_tool_calling`.
    std::string type = "programmatic_tool_calling";
};
BOOST_DESCRIBE_STRUCT(response_tool_choice_specific_programmatic_tool_calling_param, (), (type))
OPENAI_EXTERN_JSON_READER(response_tool_choice_specific_programmatic_tool_calling_param)

/// How the model should select which tool (or tools) to use when generating a response. See the
/// `tools` parameter to see how to specify which tools the model can call.
using response_tool_choice =
    std::variant<std::string, openai::tool_choice_allowed, openai::tool_choice_types, openai::tool_choice_function,
                 openai::tool_choice_mcp, openai::tool_choice_custom,
                 openai::response_tool_choice_specific_programmatic_tool_calling_param, openai::tool_choice_apply_patch,
                 openai::tool_choice_shell, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_tool_choice_cases[] = {{"allowed_tools", 1},
                                                                 {"file_search", 2},
                                                                 {"web_search_preview", 2},
                                                                 {"computer", 2},
                                                                 {"computer_use_preview", 2},
                                                                 {"computer_use", 2},
                                                                 {"web_search_preview_2025_03_11", 2},
                                                                 {"image_generation", 2},
                                                                 {"code_interpreter", 2},
                                                                 {"function", 3},
                                                                 {"mcp", 4},
                                                                 {"custom", 5},
                                                                 {"programmatic_tool_calling", 6},
                                                                 {"apply_patch", 7},
                                                                 {"shell", 8}};
template <>
inline constexpr json_union_table json_union<response_tool_choice>{.key = "type", .cases = response_tool_choice_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_tool_choice)

/// The response object
struct response
{
    /// Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
    /// additional information about the object in a structured format, and querying for objects via
    /// API or the dashboard.
    std::map<std::string, std::string> metadata{};
    /// An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
    /// each token position, each with an associated log probability. In some cases, the number of
    /// returned tokens may be fewer than requested.
    std::optional<std::int64_t> top_logprobs{};
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
    /// output more random, while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    std::optional<double> temperature{};
    /// An alternative to sampling with temperature, called nucleus sampling, where the model
    /// considers the results of the tokens with top_p probability mass. So 0.1 means only the
    /// tokens comprising the top 10% probability mass are considered.
    std::optional<double> top_p{};
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
    /// `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your
    /// end-users. Used to boost cache hit rates by better bucketing similar requests and  to help
    /// OpenAI detect and prevent abuse. [Learn
    /// more](/docs/guides/safety-best-practices#safety-identifiers).
    std::optional<std::string> user{};
    /// A stable identifier used to help detect users of your application that may be violating
    /// OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with
    /// a maximum length of 64 characters. We recommend hashing their username or email address, in
    /// order to avoid sending us any identifying information. [Learn
    /// more](/docs/guides/safety-best-practices#safety-identifiers).
    std::optional<std::string> safety_identifier{};
    /// Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
    /// Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
    std::optional<std::string> prompt_cache_key{};
    /// Deprecated. Use `prompt_cache_options.ttl` instead. One of: in_memory, 24h.
    std::optional<std::string> prompt_cache_retention{};
    /// The unique ID of the previous response to the model. Use this to create multi-turn
    /// conversations. Learn more about [conversation state](/docs/guides/conversation-state).
    /// Cannot be used in conjunction with `conversation`.
    std::optional<std::string> previous_response_id{};
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
    /// models with different capabilities, performance characteristics, and price points. Refer to
    /// the [model guide](/docs/models) to browse and compare available models. One of: o1-pro,
    /// o1-pro-2025-03-19, o3-pro, o3-pro-2025-06-10, o3-deep-research, o3-deep-research-2025-06-26,
    /// o4-mini-deep-research, o4-mini-deep-research-2025-06-26, computer-use-preview,
    /// computer-use-preview-2025-03-11, gpt-5.5-pro, gpt-5.5-pro-2026-04-23, gpt-5-codex,
    /// gpt-5-pro, gpt-5-pro-2025-10-06, gpt-5.1-codex-max, gpt-daybreak-blue-latest,
    /// gpt-daybreak-red-latest, gpt-5.6-cyber.
    std::string model{};
    /// Whether to run the model response in the background. [Learn more](/docs/guides/background).
    std::optional<bool> background{};
    /// The maximum number of total calls to built-in tools that can be processed in a response.
    /// This maximum number applies across all built-in tool calls, not per individual tool. Any
    /// further attempts to call a tool by the model will be ignored.
    std::optional<std::int64_t> max_tool_calls{};
    /// Configuration options for a text response from the model. Can be plain text or structured
    /// JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured
    /// Outputs](/docs/guides/structured-outputs)
    std::optional<openai::response_text_config> text{};
    /// An array of tools the model may call while generating a response. You can specify which tool
    /// to use by setting the `tool_choice` parameter.
    std::vector<openai::tool> tools{};
    /// How the model should select which tool (or tools) to use when generating a response. See the
    /// `tools` parameter to see how to specify which tools the model can call. One of: none, auto,
    /// required.
    openai::response_tool_choice tool_choice{};
    /// Reference to a prompt template and its variables. [Learn
    /// more](/docs/guides/text?api-mode=responses#reusable-prompts).
    std::optional<openai::response_prompt> prompt{};
    /// Specifies the processing type used for serving the request. - If set to 'auto', then the
    /// request will be processed with the service tier configured in the Project settings. Unless
    /// otherwise configured, the Project will use 'default'. - If set to 'default', then the
    /// request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with
    /// the Flex Processing service tier. - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at
    /// the request level, include the `service_tier=fast` or `service_tier=priority` parameter for
    /// Responses or Chat Completions. The response will show `service_tier=priority` regardless of
    /// if you specify `service_tier=fast` or `priority` in your request. - If set to 'ultrafast',
    /// then the request will be processed with the access-controlled Ultrafast Processing service
    /// tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will
    /// show `service_tier=ultrafast`. - When not set, the default behavior is 'auto'. One of: auto,
    /// default, flex, scale, priority, fast, ultrafast.
    std::optional<std::string> service_tier{};
    /// The truncation strategy to use for the model response. - `auto`: If the input to this
    /// Response exceeds the model's context window size, the model will truncate the response to
    /// fit the context window by dropping items from the beginning of the conversation. -
    /// `disabled` (default): If the input size will exceed the context window size for a model, the
    /// request will fail with a 400 error.
    std::optional<std::string> truncation{};
    /// Unique identifier for this Response.
    std::string id{};
    /// The object type of this resource - always set to `response`.
    std::string object = "response";
    /// The status of the response generation. One of `completed`, `failed`, `in_progress`,
    /// `cancelled`, `queued`, or `incomplete`.
    std::optional<std::string> status{};
    /// Unix timestamp (in seconds) of when this Response was created.
    double created_at{};
    /// Unix timestamp (in seconds) of when this Response was completed. Only present when the
    /// status is `completed`.
    std::optional<double> completed_at{};
    /// An error object returned when the model fails to generate a Response.
    std::optional<openai::response_error> error{};
    /// Details about why the response is incomplete.
    std::optional<openai::response_incomplete_details> incomplete_details{};
    /// An array of content items generated by the model.
    std::vector<openai::response_output_item> output{};
    /// **gpt-5 and o-series models only**
    std::optional<openai::reasoning> reasoning{};
    /// A system (or developer) message inserted into the model's context.
    std::optional<std::variant<std::string, std::vector<openai::response_input_item>>> instructions{};
    /// Represents token usage details including input tokens, output tokens, a breakdown of output
    /// tokens, and the total tokens used.
    std::optional<openai::response_usage> usage{};
    /// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and
    /// later models.
    std::optional<openai::response_prompt_cache_options> prompt_cache_options{};
    /// Moderation results or errors for the response input and output.
    std::optional<openai::response_moderation> moderation{};
    /// Whether to allow the model to run tool calls in parallel.
    bool parallel_tool_calls{};
    /// The conversation that this response belonged to. Input items and output items from this
    /// response were automatically added to this conversation.
    std::optional<openai::response_conversation> conversation{};
    /// An upper bound for the number of tokens that can be generated for a response, including
    /// visible output tokens and [reasoning tokens](/docs/guides/reasoning).
    std::optional<std::int64_t> max_output_tokens{};

    /// The text of every `output_text` part of every output message, concatenated (the Python
    /// SDK's `output_text` property; the spec lists it as a member the SDKs compute).
    std::string output_text() const
    {
        std::string text;
        for (const auto& item : output)
            if (const auto* message = std::get_if<openai::response_output_message>(&item))
                for (const auto& part : message->content)
                    if (const auto* text_part = std::get_if<openai::response_output_text>(&part))
                        text += text_part->text;
        return text;
    }

    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(response, (),
                      (metadata, top_logprobs, temperature, top_p, user, safety_identifier, prompt_cache_key,
                       prompt_cache_retention, previous_response_id, model, background, max_tool_calls, text, tools,
                       tool_choice, prompt, service_tier, truncation, id, object, status, created_at, completed_at,
                       error, incomplete_details, output, reasoning, instructions, usage, prompt_cache_options,
                       moderation, parallel_tool_calls, conversation, max_output_tokens))
OPENAI_EXTERN_JSON_READER(response)

OPENAI_END_NAMESPACE

#endif
