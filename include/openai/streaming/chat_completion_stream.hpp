// The stream of client.chat.completions.stream(): chat_completion_chunk values, folded into a
// chat_completion.
#ifndef OPENAI_STREAMING_CHAT_COMPLETION_STREAM_HPP
#define OPENAI_STREAMING_CHAT_COMPLETION_STREAM_HPP

#include <openai/detail/config.hpp>
#include <openai/stream.hpp>
#include <openai/streaming/chat_completion_accumulator.hpp>
#include <openai/types/chat/chat_completion_chunk.hpp>

OPENAI_BEGIN_NAMESPACE

/// A chat completion as it streams: `next()` gives each chat_completion_chunk,
/// `get_final_completion()` the chat_completion they add up to.
using chat_completion_stream = stream<chat_completion_chunk, chat_completion_accumulator>;

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled once, by <openai/src.hpp>.
extern template class stream<chat_completion_chunk, chat_completion_accumulator>;
#endif

OPENAI_END_NAMESPACE

#endif
