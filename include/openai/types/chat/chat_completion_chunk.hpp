// A streamed piece of a chat completion (the Python SDK's ChatCompletionChunk).
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_CHUNK_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_CHUNK_HPP

#include <openai/detail/config.hpp>
#include <openai/types/chat/chat_completion.hpp>
#include <openai/types/completion_usage.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Deprecated: a piece of the legacy function call.
struct chat_completion_chunk_choice_delta_function_call
{
    std::optional<std::string> arguments{};
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_function_call, (), (arguments, name))

/// A piece of the function a tool call invokes: the name comes first, the arguments in pieces.
struct chat_completion_chunk_choice_delta_tool_call_function
{
    std::optional<std::string> arguments{};
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_tool_call_function, (), (arguments, name))

/// A piece of a tool call; the pieces of one call share its `index`.
struct chat_completion_chunk_choice_delta_tool_call
{
    std::int64_t index = 0;
    std::optional<std::string> id{};
    std::optional<openai::chat_completion_chunk_choice_delta_tool_call_function> function{};
    /// "function" when present.
    std::optional<std::string> type{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_tool_call, (), (index, id, function, type))

/// What a chunk adds to a choice's message.
struct chat_completion_chunk_choice_delta
{
    std::optional<std::string> content{};
    std::optional<openai::chat_completion_chunk_choice_delta_function_call> function_call{};
    std::optional<std::string> refusal{};
    /// "assistant" on the first chunk of a choice.
    std::optional<std::string> role{};
    std::vector<openai::chat_completion_chunk_choice_delta_tool_call> tool_calls{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta, (), (content, function_call, refusal, role, tool_calls))

/// A choice's piece in a chunk.
struct chat_completion_chunk_choice
{
    openai::chat_completion_chunk_choice_delta delta{};
    /// Set on the choice's last chunk: "stop", "length", "tool_calls", "content_filter", ...
    std::optional<std::string> finish_reason{};
    std::int64_t index = 0;
    std::optional<openai::chat_completion_choice_logprobs> logprobs{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice, (), (delta, finish_reason, index, logprobs))

/// One event of a streamed chat completion.
struct chat_completion_chunk
{
    /// Same for every chunk of a completion.
    std::string id{};
    /// Empty in the last chunk when `stream_options.include_usage` is set.
    std::vector<openai::chat_completion_chunk_choice> choices{};
    std::int64_t created = 0;
    std::string model{};
    /// Always "chat.completion.chunk" from OpenAI.
    std::string object{};
    std::optional<std::string> service_tier{};
    std::optional<std::string> system_fingerprint{};
    /// Only in the last chunk, when `stream_options.include_usage` is set.
    std::optional<openai::completion_usage> usage{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk, (),
                      (id, choices, created, model, object, service_tier, system_fingerprint, usage))

OPENAI_END_NAMESPACE

#endif
