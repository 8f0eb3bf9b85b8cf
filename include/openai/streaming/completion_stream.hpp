// The stream of client.completions.stream() (the legacy endpoint): completion chunks, folded
// into one completion.
#ifndef OPENAI_STREAMING_COMPLETION_STREAM_HPP
#define OPENAI_STREAMING_COMPLETION_STREAM_HPP

#include <openai/detail/config.hpp>
#include <openai/stream.hpp>
#include <openai/streaming/completion_accumulator.hpp>
#include <openai/types/completion.hpp>

OPENAI_BEGIN_NAMESPACE

/// A legacy completion as it streams: `next()` gives each chunk (a `completion` holding the
/// new text), `get_final_completion()` the completion they add up to.
using completion_stream = stream<completion, completion_accumulator>;

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled once, by <openai/src.hpp>.
extern template class stream<completion, completion_accumulator>;
#endif

OPENAI_END_NAMESPACE

#endif
