// The response of POST /chat/completions.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_HPP

#include <openai/detail/config.hpp>
#include <openai/raw_response.hpp>
#include <openai/types/chat/chat_completion_message.hpp>
#include <openai/types/chat/chat_completion_token_logprob.hpp>
#include <openai/types/completion_usage.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Log probability information of a choice.
struct chat_completion_choice_logprobs
{
    /// Log probabilities of the content tokens.
    std::optional<std::vector<openai::chat_completion_token_logprob>> content{};
    /// Log probabilities of the refusal tokens.
    std::optional<std::vector<openai::chat_completion_token_logprob>> refusal{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_choice_logprobs, (), (content, refusal))

/// One completion choice.
struct chat_completion_choice
{
    /// Why the model stopped: "stop", "length", "tool_calls", "content_filter",
    /// "function_call", or a value added later. Empty when the server sent none.
    std::string finish_reason{};
    /// Index of the choice in the list of choices.
    std::int64_t index = 0;
    /// Log probabilities, when requested.
    std::optional<openai::chat_completion_choice_logprobs> logprobs{};
    /// The message the model generated.
    openai::chat_completion_message message{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_choice, (), (finish_reason, index, logprobs, message))

/// A chat completion returned by the model.
struct chat_completion
{
    /// Unique identifier of the chat completion.
    std::string id{};
    /// Completion choices; more than one when `n` is greater than 1.
    std::vector<openai::chat_completion_choice> choices{};
    /// Unix time (seconds) the completion was created.
    std::int64_t created = 0;
    /// The model used.
    std::string model{};
    /// Always "chat.completion" from OpenAI.
    std::string object{};
    /// The service tier that processed the request ("default", "flex", "priority", ...).
    std::optional<std::string> service_tier{};
    /// Deprecated backend configuration fingerprint; compatible servers often omit it.
    std::optional<std::string> system_fingerprint{};
    /// Usage statistics; some compatible servers omit it.
    std::optional<openai::completion_usage> usage{};
    /// The metadata of the request, when echoed.
    std::map<std::string, std::string> metadata{};
    /// Moderation results, when moderation was requested.
    std::optional<boost::json::object> moderation{};

    /// The HTTP answer this completion was decoded from (not part of the JSON).
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(chat_completion, (),
                      (id, choices, created, model, object, service_tier, system_fingerprint, usage, metadata,
                       moderation))

OPENAI_END_NAMESPACE

#endif
