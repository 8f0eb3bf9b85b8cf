// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseCompactParams (spec schema CompactResponseMethodPublicBody).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_COMPACT_PARAMS_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_COMPACT_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/request_options.hpp>
#include <openai/types/responses/easy_input_message_param.hpp>
#include <openai/types/responses/response_code_interpreter_tool_call_param.hpp>
#include <openai/types/responses/response_compaction_item_param_param.hpp>
#include <openai/types/responses/response_computer_tool_call_param.hpp>
#include <openai/types/responses/response_create_params.hpp>
#include <openai/types/responses/response_custom_tool_call_output_param.hpp>
#include <openai/types/responses/response_custom_tool_call_param.hpp>
#include <openai/types/responses/response_file_search_tool_call_param.hpp>
#include <openai/types/responses/response_function_tool_call_param.hpp>
#include <openai/types/responses/response_function_web_search_param.hpp>
#include <openai/types/responses/response_input_item_param.hpp>
#include <openai/types/responses/response_output_message_param.hpp>
#include <openai/types/responses/response_reasoning_item_param.hpp>
#include <openai/types/responses/response_tool_search_output_item_param_param.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The request of `client.responses.compact` (POST /responses/compact). Members: `model` first,
/// then `input`, then the others alphabetically; `options` last (not sent).
struct response_compact_params
{
    /// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of
    /// models with different capabilities, performance characteristics, and price points. Refer to
    /// the [model guide](/docs/models) to browse and compare available models.
    std::optional<std::string> model{};
    /// Text, image, or file inputs to the model, used to generate a response
    std::optional<std::variant<std::string, std::vector<openai::response_input_item_param>>> input{};
    /// A system (or developer) message inserted into the model's context. When used along with
    /// `previous_response_id`, the instructions from a previous response will not be carried over
    /// to the next response. This makes it simple to swap out system (or developer) messages in new
    /// responses.
    std::optional<std::string> instructions{};
    /// The unique ID of the previous response to the model. Use this to create multi-turn
    /// conversations. Learn more about [conversation state](/docs/guides/conversation-state).
    /// Cannot be used in conjunction with `conversation`.
    std::optional<std::string> previous_response_id{};
    /// A key to use when reading from or writing to the prompt cache.
    std::optional<std::string> prompt_cache_key{};
    /// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
    /// automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to
    /// content blocks with `prompt_cache_breakpoint`. Each request can write up to four
    /// breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the
    /// conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable
    /// the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported
    /// value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.
    std::optional<openai::response_create_params_prompt_cache_options> prompt_cache_options{};
    /// One of: in_memory, 24h.
    std::optional<std::string> prompt_cache_retention{};
    /// One of: auto, default, fast, flex, priority.
    std::optional<std::string> service_tier{};

    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(response_compact_params, (),
                      (model, input, instructions, previous_response_id, prompt_cache_key, prompt_cache_options,
                       prompt_cache_retention, service_tier))

namespace detail {
template <>
inline constexpr const char* json_send_null<response_compact_params> = "model";
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_compact_params)

OPENAI_END_NAMESPACE

#endif
