// The stream of client.responses.stream(): response_stream_event values, folded into a response.
#ifndef OPENAI_STREAMING_RESPONSE_STREAM_HPP
#define OPENAI_STREAMING_RESPONSE_STREAM_HPP

#include <openai/detail/config.hpp>
#include <openai/stream.hpp>
#include <openai/streaming/response_accumulator.hpp>
#include <openai/types/responses/response_stream_event.hpp>

OPENAI_BEGIN_NAMESPACE

/// A response as it streams: `next()` gives each response_stream_event (an unknown event type
/// arrives as openai::unknown_json), `get_final_response()` the response they add up to. An
/// `error` or `response.failed` event fails next() with openai::api_stream_error, after the
/// events before it were delivered; `response.incomplete` is data.
using response_stream = stream<response_stream_event, response_accumulator>;

#ifdef OPENAI_SEPARATE_COMPILATION
// Compiled once, by <openai/src.hpp>.
extern template class stream<response_stream_event, response_accumulator>;
#endif

OPENAI_END_NAMESPACE

#endif
