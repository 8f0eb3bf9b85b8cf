// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCreateParams (spec schema CreateResponse).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_CREATE_PARAMS_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_CREATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
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
#include <openai/types/responses/response_custom_tool_call_output_param.hpp>
#include <openai/types/responses/response_custom_tool_call_param.hpp>
#include <openai/types/responses/response_file_search_tool_call_param.hpp>
#include <openai/types/responses/response_function_tool_call_param.hpp>
#include <openai/types/responses/response_function_web_search_param.hpp>
#include <openai/types/responses/response_input_item_param.hpp>
#include <openai/types/responses/response_output_message_param.hpp>
#include <openai/types/responses/response_prompt_param.hpp>
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
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The response_create_params_context_management object.
struct response_create_params_context_management
{
    /// The context management entry type. Currently only 'compaction' is supported.
    std::string type{};
    /// Token threshold at which compaction should be triggered for this entry.
    std::optional<std::int64_t> compact_threshold{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_context_management, (), (type, compact_threshold))
OPENAI_EXTERN_JSON_WRITER(response_create_params_context_management)

/// The moderation policy for the response input.
struct response_create_params_moderation_policy_input
{
    /// One of: score, block.
    std::string mode{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_moderation_policy_input, (), (mode))
using response_create_params_moderation_policy_output = response_create_params_moderation_policy_input;
OPENAI_EXTERN_JSON_WRITER(response_create_params_moderation_policy_input)

/// The policy to apply to moderated response input and output.
struct response_create_params_moderation_policy
{
    /// The moderation policy for the response input.
    std::optional<openai::response_create_params_moderation_policy_input> input{};
    /// The moderation policy for the response input.
    std::optional<openai::response_create_params_moderation_policy_input> output{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_moderation_policy, (), (input, output))
OPENAI_EXTERN_JSON_WRITER(response_create_params_moderation_policy)

/// Configuration for running moderation on the input and output of this response.
struct response_create_params_moderation
{
    /// The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'.
    std::string model{};
    /// The policy to apply to moderated response input and output.
    std::optional<openai::response_create_params_moderation_policy> policy{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_moderation, (), (model, policy))
OPENAI_EXTERN_JSON_WRITER(response_create_params_moderation)

/// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
/// automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
/// blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
/// matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a
/// content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The
/// `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching
/// guide](/docs/guides/prompt-caching) for current details.
struct response_create_params_prompt_cache_options
{
    /// The minimum lifetime applied to every implicit and explicit cache breakpoint written by the
    /// request. Defaults to `30m`, which is currently the only supported value. The backend may
    /// retain cache entries for longer.
    std::string ttl = "30m";
    /// Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to
    /// `implicit`. With `implicit`, OpenAI creates one implicit breakpoint and writes up to the
    /// latest three explicit breakpoints in the request. With `explicit`, OpenAI does not create an
    /// implicit breakpoint and writes up to the latest four explicit breakpoints. If there are no
    /// explicit breakpoints, the request does not use prompt caching.
    std::optional<std::string> mode{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_prompt_cache_options, (), (ttl, mode))
using response_compact_params_prompt_cache_options = response_create_params_prompt_cache_options;
OPENAI_EXTERN_JSON_WRITER(response_create_params_prompt_cache_options)

/// Options for streaming responses. Only set this when you set `stream: true`.
struct response_create_params_stream_options
{
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to
    /// an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation
    /// to certain side-channel attacks. These obfuscation fields are included by default, but add a
    /// small amount of overhead to the data stream. You can set `include_obfuscation` to false to
    /// optimize for bandwidth if you trust the network links between your application and the
    /// OpenAI API.
    std::optional<bool> include_obfuscation{};
};
BOOST_DESCRIBE_STRUCT(response_create_params_stream_options, (), (include_obfuscation))
OPENAI_EXTERN_JSON_WRITER(response_create_params_stream_options)

/// The response_create_params_tool_choice_specific_programmatic_tool_calling_param object.
struct response_create_params_tool_choice_specific_programmatic_tool_calling_param
{
    /// The tool to call. Always `programmatic_tool_calling`.
    std::string type = "programmatic_tool_calling";
};
BOOST_DESCRIBE_STRUCT(response_create_params_tool_choice_specific_programmatic_tool_calling_param, (), (type))
using input_token_count_params_tool_choice_specific_programmatic_tool_calling_param =
    response_create_params_tool_choice_specific_programmatic_tool_calling_param;
OPENAI_EXTERN_JSON_WRITER(response_create_params_tool_choice_specific_programmatic_tool_calling_param)

/// How the model should select which tool (or tools) to use when generating a response. See the
/// `tools` parameter to see how to specify which tools the model can call.
using response_create_params_tool_choice =
    std::variant<std::string, openai::tool_choice_allowed_param, openai::tool_choice_types_param,
                 openai::tool_choice_function_param, openai::tool_choice_mcp_param, openai::tool_choice_custom_param,
                 openai::response_create_params_tool_choice_specific_programmatic_tool_calling_param,
                 openai::tool_choice_apply_patch_param, openai::tool_choice_shell_param, openai::unknown_json>;
using input_token_count_params_tool_choice = response_create_params_tool_choice;

namespace detail {
inline constexpr json_union_case response_create_params_tool_choice_cases[] = {{"allowed_tools", 1},
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
inline constexpr json_union_table json_union<response_create_params_tool_choice>{
    .key = "type", .cases = response_create_params_tool_choice_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_create_params_tool_choice)

/// The request of `client.responses.create` (POST /responses). Members: `model` first, then
/// `input`, then the others alphabetically; `options` last (not sent).
struct response_create_params
{
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
    /// models with different capabilities, performance characteristics, and price points. Refer to
    /// the [model guide](/docs/models) to browse and compare available models. One of: o1-pro,
    /// o1-pro-2025-03-19, o3-pro, o3-pro-2025-06-10, o3-deep-research, o3-deep-research-2025-06-26,
    /// o4-mini-deep-research, o4-mini-deep-research-2025-06-26, computer-use-preview,
    /// computer-use-preview-2025-03-11, gpt-5.5-pro, gpt-5.5-pro-2026-04-23, gpt-5-codex,
    /// gpt-5-pro, gpt-5-pro-2025-10-06, gpt-5.1-codex-max, gpt-daybreak-blue-latest,
    /// gpt-daybreak-red-latest, gpt-5.6-cyber.
    std::optional<std::string> model{};
    /// Text, image, or file inputs to the model, used to generate a response.
    std::optional<std::variant<std::string, std::vector<openai::response_input_item_param>>> input{};
    /// Whether to run the model response in the background. [Learn more](/docs/guides/background).
    std::optional<bool> background{};
    /// Context management configuration for this request.
    std::vector<openai::response_create_params_context_management> context_management{};
    /// The conversation that this response belongs to. Items from this conversation are prepended
    /// to `input_items` for this response request. Input items and output items from this response
    /// are automatically added to this conversation after this response completes.
    std::optional<std::variant<std::string, openai::response_conversation_param_param>> conversation{};
    /// Specify additional output data to include in the model response. Currently supported values
    /// are: - `web_search_call.action.sources`: Include the sources of the web search tool call. -
    /// `code_interpreter_call.outputs`: Includes the outputs of python code execution in code
    /// interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls
    /// from the computer call output. - `file_search_call.results`: Include the search results of
    /// the file search tool call. - `message.input_image.image_url`: Include image urls from the
    /// input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. -
    /// `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in
    /// reasoning item outputs. This enables reasoning items to be used in multi-turn conversations
    /// when using the Responses API statelessly (like when the `store` parameter is set to `false`,
    /// or when an organization is enrolled in the zero data retention program).
    std::vector<std::string> include{};
    /// A system (or developer) message inserted into the model's context.
    std::optional<std::string> instructions{};
    /// An upper bound for the number of tokens that can be generated for a response, including
    /// visible output tokens and [reasoning tokens](/docs/guides/reasoning).
    std::optional<std::int64_t> max_output_tokens{};
    /// The maximum number of total calls to built-in tools that can be processed in a response.
    /// This maximum number applies across all built-in tool calls, not per individual tool. Any
    /// further attempts to call a tool by the model will be ignored.
    std::optional<std::int64_t> max_tool_calls{};
    /// Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
    /// additional information about the object in a structured format, and querying for objects via
    /// API or the dashboard.
    std::map<std::string, std::string> metadata{};
    /// Configuration for running moderation on the input and output of this response.
    std::optional<openai::response_create_params_moderation> moderation{};
    /// Whether to allow the model to run tool calls in parallel.
    std::optional<bool> parallel_tool_calls{};
    /// The unique ID of the previous response to the model. Use this to create multi-turn
    /// conversations. Learn more about [conversation state](/docs/guides/conversation-state).
    /// Cannot be used in conjunction with `conversation`.
    std::optional<std::string> previous_response_id{};
    /// Reference to a prompt template and its variables. [Learn
    /// more](/docs/guides/text?api-mode=responses#reusable-prompts).
    std::optional<openai::response_prompt_param> prompt{};
    /// Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
    /// Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
    std::optional<std::string> prompt_cache_key{};
    /// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
    /// automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to
    /// content blocks with `prompt_cache_breakpoint`. Each request can write up to four
    /// breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the
    /// conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable
    /// the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported
    /// value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
    std::optional<openai::response_create_params_prompt_cache_options> prompt_cache_options{};
    /// Deprecated. Use `prompt_cache_options.ttl` instead. One of: in_memory, 24h.
    std::optional<std::string> prompt_cache_retention{};
    /// **gpt-5 and o-series models only**
    std::optional<openai::reasoning_param> reasoning{};
    /// A stable identifier used to help detect users of your application that may be violating
    /// OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with
    /// a maximum length of 64 characters. We recommend hashing their username or email address, in
    /// order to avoid sending us any identifying information. [Learn
    /// more](/docs/guides/safety-best-practices#safety-identifiers).
    std::optional<std::string> safety_identifier{};
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
    /// Whether to store the generated model response for later retrieval via API.
    std::optional<bool> store{};
    /// If set to true, the model response data will be streamed to the client as it is generated
    /// using [server-sent
    /// events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](/docs/api-reference/responses-streaming) for more
    /// information.
    std::optional<bool> stream{};
    /// Options for streaming responses. Only set this when you set `stream: true`.
    std::optional<openai::response_create_params_stream_options> stream_options{};
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
    /// output more random, while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    std::optional<double> temperature{};
    /// Configuration options for a text response from the model. Can be plain text or structured
    /// JSON data. Learn more: - [Text inputs and outputs](/docs/guides/text) - [Structured
    /// Outputs](/docs/guides/structured-outputs)
    std::optional<openai::response_text_config_param> text{};
    /// How the model should select which tool (or tools) to use when generating a response. See the
    /// `tools` parameter to see how to specify which tools the model can call. One of: none, auto,
    /// required.
    std::optional<openai::response_create_params_tool_choice> tool_choice{};
    /// An array of tools the model may call while generating a response. You can specify which tool
    /// to use by setting the `tool_choice` parameter.
    std::vector<openai::tool_param> tools{};
    /// An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
    /// each token position, each with an associated log probability. In some cases, the number of
    /// returned tokens may be fewer than requested.
    std::optional<std::int64_t> top_logprobs{};
    /// An alternative to sampling with temperature, called nucleus sampling, where the model
    /// considers the results of the tokens with top_p probability mass. So 0.1 means only the
    /// tokens comprising the top 10% probability mass are considered.
    std::optional<double> top_p{};
    /// The truncation strategy to use for the model response. - `auto`: If the input to this
    /// Response exceeds the model's context window size, the model will truncate the response to
    /// fit the context window by dropping items from the beginning of the conversation. -
    /// `disabled` (default): If the input size will exceed the context window size for a model, the
    /// request will fail with a 400 error.
    std::optional<std::string> truncation{};
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
    /// `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your
    /// end-users. Used to boost cache hit rates by better bucketing similar requests and  to help
    /// OpenAI detect and prevent abuse. [Learn
    /// more](/docs/guides/safety-best-practices#safety-identifiers).
    std::optional<std::string> user{};

    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(response_create_params, (),
                      (model, input, background, context_management, conversation, include, instructions,
                       max_output_tokens, max_tool_calls, metadata, moderation, parallel_tool_calls,
                       previous_response_id, prompt, prompt_cache_key, prompt_cache_options, prompt_cache_retention,
                       reasoning, safety_identifier, service_tier, store, stream, stream_options, temperature, text,
                       tool_choice, tools, top_logprobs, top_p, truncation, user))
OPENAI_EXTERN_JSON_WRITER(response_create_params)

OPENAI_END_NAMESPACE

#endif
