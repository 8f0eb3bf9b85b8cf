// Folds the events of a Responses stream into the response they describe.
#ifndef OPENAI_STREAMING_RESPONSE_ACCUMULATOR_HPP
#define OPENAI_STREAMING_RESPONSE_ACCUMULATOR_HPP

#include <openai/detail/config.hpp>
#include <openai/types/responses/response.hpp>
#include <openai/types/responses/response_stream_event.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// What a stream event reports as a failure of the whole answer (an `error` event, or
/// `response.failed`): the API's message and code.
struct stream_failure
{
    std::string message;
    std::string code;
};

/// The response a Responses stream describes, as far as its events have come: the response of
/// `response.created` (and of `in_progress`, `queued`), with each output item, content part, text,
/// refusal, function-call argument and reasoning summary added as its events arrive; then the
/// response of `response.completed`, `response.incomplete` or `response.failed`, which is whole
/// and replaces what was built. Events the SDK does not know change nothing. Not in the Python
/// SDK under this name (its ResponseStreamManager keeps the same snapshot).
class response_accumulator
{
public:
    /// Streams of this accumulator offer get_final_response() and current_response().
    static constexpr bool folds_responses = true;

    /// Folds one event in.
    OPENAI_DECL void add(const response_stream_event& event);

    /// The response as far as the events have come.
    const response& current_completion() const noexcept { return response_; }

    /// Whether `response.completed` (or `incomplete`, `failed`) arrived: the response is whole.
    bool finished() const noexcept { return finished_; }

    /// The failure an event reports, if it is `error` or `response.failed`.
    OPENAI_DECL static std::optional<stream_failure> failure(const response_stream_event& event);

private:
    response response_;
    bool finished_ = false;
};

OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/response_accumulator.ipp>
#endif

#endif
