// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseReasoningItemParam (spec schema ReasoningItem).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_ITEM_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_REASONING_ITEM_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Reasoning text from the model.
struct response_reasoning_item_content_param
{
    /// The type of the reasoning text. Always `reasoning_text`.
    std::string type = "reasoning_text";
    /// The reasoning text from the model.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_item_content_param, (), (type, text))
OPENAI_EXTERN_JSON_WRITER(response_reasoning_item_content_param)

/// A summary text from the model.
struct response_reasoning_item_summary_param
{
    /// The type of the object. Always `summary_text`.
    std::string type = "summary_text";
    /// A summary of the reasoning output from the model so far.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_item_summary_param, (), (type, text))
OPENAI_EXTERN_JSON_WRITER(response_reasoning_item_summary_param)

/// A description of the chain of thought used by a reasoning model while generating a response. Be
/// sure to include these items in your `input` to the Responses API for subsequent turns of a
/// conversation if you are manually [managing context](/docs/guides/conversation-state).
struct response_reasoning_item_param
{
    /// The type of the object. Always `reasoning`.
    std::string type = "reasoning";
    /// The unique identifier of the reasoning content.
    std::string id{};
    /// The encrypted content of the reasoning item. This is populated by default for reasoning
    /// items returned by `POST /v1/responses` and WebSocket `response.create` requests.
    std::optional<std::string> encrypted_content{};
    /// Reasoning summary content.
    std::vector<openai::response_reasoning_item_summary_param> summary{};
    /// Reasoning text content.
    std::vector<openai::response_reasoning_item_content_param> content{};
    /// The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when
    /// items are returned via API.
    std::optional<std::string> status{};
};
BOOST_DESCRIBE_STRUCT(response_reasoning_item_param, (), (type, id, encrypted_content, summary, content, status))
OPENAI_EXTERN_JSON_WRITER(response_reasoning_item_param)

OPENAI_END_NAMESPACE

#endif
