// The body of POST /chat/completions.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_CREATE_PARAMS_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_CREATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>
#include <openai/types/chat/chat_completion_audio_param.hpp>
#include <openai/types/chat/chat_completion_message_param.hpp>
#include <openai/types/chat/chat_completion_prediction_content_param.hpp>
#include <openai/types/chat/chat_completion_stream_options_param.hpp>
#include <openai/types/chat/chat_completion_tool_choice_option_param.hpp>
#include <openai/types/chat/chat_completion_tool_param.hpp>
#include <openai/types/chat/function_definition.hpp>
#include <openai/types/chat/response_format.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The approximate location of the user, for web search.
struct chat_completion_web_search_user_location_approximate
{
    /// Free text, e.g. "San Francisco".
    std::optional<std::string> city{};
    /// Two-letter ISO country code, e.g. "US".
    std::optional<std::string> country{};
    /// Free text, e.g. "California".
    std::optional<std::string> region{};
    /// IANA time zone, e.g. "America/Los_Angeles".
    std::optional<std::string> timezone{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_web_search_user_location_approximate, (), (city, country, region, timezone))

/// The location of the user, for web search.
struct chat_completion_web_search_user_location
{
    /// The approximate location.
    openai::chat_completion_web_search_user_location_approximate approximate{};
    /// Always "approximate".
    std::string type = "approximate";
};
BOOST_DESCRIBE_STRUCT(chat_completion_web_search_user_location, (), (approximate, type))

/// Web search options (search models). An empty struct turns web search on with defaults.
struct chat_completion_web_search_options
{
    /// "low", "medium" or "high".
    std::optional<std::string> search_context_size{};
    /// The approximate location of the user.
    std::optional<openai::chat_completion_web_search_user_location> user_location{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_web_search_options, (), (search_context_size, user_location))

/// Parameters of a chat completion request. Unset members are left out of the JSON body.
struct chat_completion_create_params
{
    /// Model ID, e.g. "gpt-4o-mini".
    std::string model{};
    /// The conversation so far.
    std::vector<openai::chat_completion_message_param> messages{};

    /// Audio output parameters, required with `modalities: ["audio"]`.
    std::optional<openai::chat_completion_audio_param> audio{};
    /// -2.0 to 2.0: penalizes tokens by their frequency so far.
    std::optional<double> frequency_penalty{};
    /// Deprecated, replaced by `tool_choice`: "none", "auto" or a function to call.
    std::optional<std::variant<std::string, openai::chat_completion_function_call_option_param>> function_call{};
    /// Deprecated, replaced by `tools`.
    std::vector<openai::function_definition> functions{};
    /// Token ID (as a string) to a bias from -100 to 100.
    std::map<std::string, int> logit_bias{};
    /// Whether to return log probabilities of the output tokens.
    std::optional<bool> logprobs{};
    /// Upper bound of generated tokens, reasoning tokens included.
    std::optional<std::int64_t> max_completion_tokens{};
    /// Deprecated, replaced by `max_completion_tokens` (not supported by o-series models).
    std::optional<std::int64_t> max_tokens{};
    /// Up to 16 key-value pairs attached to the stored completion.
    std::map<std::string, std::string> metadata{};
    /// Output types: {"text"} (default) or {"text", "audio"}.
    std::vector<std::string> modalities{};
    /// Moderation settings, e.g. `{"model": "omni-moderation-latest"}`.
    std::optional<boost::json::object> moderation{};
    /// How many choices to generate.
    std::optional<int> n{};
    /// Whether the model may call several tools in one turn.
    std::optional<bool> parallel_tool_calls{};
    /// Predicted Outputs.
    std::optional<openai::chat_completion_prediction_content_param> prediction{};
    /// -2.0 to 2.0: penalizes tokens that already appeared.
    std::optional<double> presence_penalty{};
    /// Groups similar requests for the prompt cache.
    std::optional<std::string> prompt_cache_key{};
    /// Prompt cache settings, e.g. `{"mode": "explicit", "ttl": "30m"}`.
    std::optional<boost::json::object> prompt_cache_options{};
    /// Deprecated: "in_memory" or "24h".
    std::optional<std::string> prompt_cache_retention{};
    /// Reasoning models: "none", "minimal", "low", "medium", "high", "xhigh", ...
    std::optional<std::string> reasoning_effort{};
    /// Text, JSON mode or Structured Outputs.
    std::optional<openai::response_format> response_format{};
    /// A stable identifier of the end user (hashed), for abuse detection.
    std::optional<std::string> safety_identifier{};
    /// Deprecated: best-effort deterministic sampling.
    std::optional<std::int64_t> seed{};
    /// "auto", "default", "flex", "scale", "priority", ...
    std::optional<std::string> service_tier{};
    /// Up to 4 sequences where generation stops.
    std::optional<std::variant<std::string, std::vector<std::string>>> stop{};
    /// Whether to store the completion for distillation or evals.
    std::optional<bool> store{};
    /// Not needed: chat.completions.create() leaves it out, chat.completions.stream() sends `true`.
    std::optional<bool> stream{};
    /// Options for chat.completions.stream(); leave unset for create().
    std::optional<openai::chat_completion_stream_options_param> stream_options{};
    /// 0 to 2: higher is more random.
    std::optional<double> temperature{};
    /// Which tool the model calls.
    std::optional<openai::chat_completion_tool_choice_option_param> tool_choice{};
    /// Tools the model may call.
    std::vector<openai::chat_completion_tool_union_param> tools{};
    /// 0 to 20 most likely tokens to return at each position; needs `logprobs`.
    std::optional<int> top_logprobs{};
    /// Nucleus sampling probability mass.
    std::optional<double> top_p{};
    /// Deprecated, replaced by `safety_identifier` and `prompt_cache_key`.
    std::optional<std::string> user{};
    /// "low", "medium" or "high".
    std::optional<std::string> verbosity{};
    /// Web search (search models).
    std::optional<openai::chat_completion_web_search_options> web_search_options{};

    /// Per-request settings (headers, timeout, extra body): not part of the JSON body.
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_create_params, (),
                      (model, messages, audio, frequency_penalty, function_call, functions, logit_bias, logprobs,
                       max_completion_tokens, max_tokens, metadata, modalities, moderation, n, parallel_tool_calls,
                       prediction, presence_penalty, prompt_cache_key, prompt_cache_options, prompt_cache_retention,
                       reasoning_effort, response_format, safety_identifier, seed, service_tier, stop, store, stream,
                       stream_options, temperature, tool_choice, tools, top_logprobs, top_p, user, verbosity,
                       web_search_options))

OPENAI_END_NAMESPACE

#endif
