// A streamed piece of a chat completion (the Python SDK's ChatCompletionChunk family). Chunks are
// events of a stream, not HTTP answers: unlike chat_completion they carry no raw_response.
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

/// Deprecated: a piece of the legacy `function_call` (replaced by `tool_calls`).
struct chat_completion_chunk_choice_delta_function_call
{
    /// A piece of the arguments' JSON text; the pieces concatenate.
    std::optional<std::string> arguments{};
    /// The function's name, usually whole in the first piece.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_function_call, (), (arguments, name))

/// A piece of the function a tool call invokes: the name comes first, the arguments in pieces.
struct chat_completion_chunk_choice_delta_tool_call_function
{
    /// A piece of the arguments' JSON text; the pieces concatenate.
    std::optional<std::string> arguments{};
    /// The function's name, in the first piece of the call.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_tool_call_function, (), (arguments, name))

/// A piece of a tool call; the pieces of one call share its `index`.
struct chat_completion_chunk_choice_delta_tool_call
{
    /// Which tool call of the message this piece belongs to.
    std::int64_t index{};
    /// The tool call's id, in the first piece of the call.
    std::optional<std::string> id{};
    /// The function name and a piece of the arguments.
    std::optional<openai::chat_completion_chunk_choice_delta_tool_call_function> function{};
    /// "function", in the first piece of the call.
    std::optional<std::string> type{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta_tool_call, (), (index, id, function, type))

/// What a chunk adds to a choice's message.
struct chat_completion_chunk_choice_delta
{
    /// A piece of the message text.
    std::optional<std::string> content{};
    /// Deprecated: a piece of the legacy function call.
    std::optional<openai::chat_completion_chunk_choice_delta_function_call> function_call{};
    /// A piece of the refusal message.
    std::optional<std::string> refusal{};
    /// "assistant", on the first chunk of a choice.
    std::optional<std::string> role{};
    /// Pieces of tool calls, each naming its call by `index`.
    std::vector<openai::chat_completion_chunk_choice_delta_tool_call> tool_calls{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice_delta, (), (content, function_call, refusal, role, tool_calls))

/// A choice's piece in a chunk.
struct chat_completion_chunk_choice
{
    /// What this chunk adds to the choice's message.
    openai::chat_completion_chunk_choice_delta delta{};
    /// On the choice's last chunk: "stop", "length", "tool_calls", "content_filter",
    /// "function_call", or a value added later.
    std::optional<std::string> finish_reason{};
    /// Which choice this piece belongs to (not its position in `choices`).
    std::int64_t index{};
    /// Log probabilities of this piece's tokens, when requested.
    std::optional<openai::chat_completion_choice_logprobs> logprobs{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk_choice, (), (delta, finish_reason, index, logprobs))

/// One event of a streamed chat completion.
struct chat_completion_chunk
{
    /// Same for every chunk of a completion.
    std::string id{};
    /// The choices this chunk adds to; empty in the usage chunk of `stream_options.include_usage`.
    std::vector<openai::chat_completion_chunk_choice> choices{};
    /// Unix time (seconds) the completion was created; same for every chunk.
    std::int64_t created{};
    /// The model used.
    std::string model{};
    /// Always "chat.completion.chunk" from OpenAI.
    std::string object{};
    /// The service tier that processed the request.
    std::optional<std::string> service_tier{};
    /// Deprecated backend configuration fingerprint.
    std::optional<std::string> system_fingerprint{};
    /// Only in the last chunk, when `stream_options.include_usage` is set (null before).
    std::optional<openai::completion_usage> usage{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_chunk, (),
                      (id, choices, created, model, object, service_tier, system_fingerprint, usage))

OPENAI_END_NAMESPACE

#endif
