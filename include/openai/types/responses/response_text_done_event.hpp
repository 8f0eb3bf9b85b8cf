// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseTextDoneEvent (spec schema ResponseTextDoneEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_DONE_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_TEXT_DONE_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The response_text_done_event_logprob_top_logprob object.
struct response_text_done_event_logprob_top_logprob
{
    /// A possible text token.
    std::optional<std::string> token{};
    /// The log probability of this token.
    std::optional<double> logprob{};
};
BOOST_DESCRIBE_STRUCT(response_text_done_event_logprob_top_logprob, (), (token, logprob))
using response_text_delta_event_logprob_top_logprob = response_text_done_event_logprob_top_logprob;
OPENAI_EXTERN_JSON_READER(response_text_done_event_logprob_top_logprob)

/// A logprob is the logarithmic probability that the model assigns to producing a particular token
/// at a given position in the sequence. Less-negative (higher) logprob values indicate greater
/// model confidence in that token choice.
struct response_text_done_event_logprob
{
    /// A possible text token.
    std::string token{};
    /// The log probability of this token.
    double logprob{};
    /// The log probabilities of up to 20 of the most likely tokens.
    std::vector<openai::response_text_done_event_logprob_top_logprob> top_logprobs{};
};
BOOST_DESCRIBE_STRUCT(response_text_done_event_logprob, (), (token, logprob, top_logprobs))
using response_text_delta_event_logprob = response_text_done_event_logprob;
OPENAI_EXTERN_JSON_READER(response_text_done_event_logprob)

/// Emitted when text content is finalized.
struct response_text_done_event
{
    /// The type of the event. Always `response.output_text.done`.
    std::string type = "response.output_text.done";
    /// The ID of the output item that the text content is finalized.
    std::string item_id{};
    /// The index of the output item that the text content is finalized.
    std::int64_t output_index{};
    /// The index of the content part that the text content is finalized.
    std::int64_t content_index{};
    /// The text content that is finalized.
    std::string text{};
    /// The sequence number for this event.
    std::int64_t sequence_number{};
    /// The log probabilities of the tokens in the delta.
    std::vector<openai::response_text_done_event_logprob> logprobs{};
};
BOOST_DESCRIBE_STRUCT(response_text_done_event, (),
                      (type, item_id, output_index, content_index, text, sequence_number, logprobs))
OPENAI_EXTERN_JSON_READER(response_text_done_event)

OPENAI_END_NAMESPACE

#endif
