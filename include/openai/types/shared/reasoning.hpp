// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.shared.Reasoning (spec schema Reasoning).
#ifndef OPENAI_TYPES_SHARED_REASONING_HPP
#define OPENAI_TYPES_SHARED_REASONING_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// **gpt-5 and o-series models only**
struct reasoning
{
    /// Controls the reasoning execution mode for the request. One of: standard, pro.
    std::optional<std::string> mode{};
    /// Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
    /// `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result
    /// in faster responses and fewer tokens used on reasoning in a response. Not all reasoning
    /// models support every value. See the [reasoning
    /// guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
    std::optional<std::string> effort{};
    /// A summary of the reasoning performed by the model. This can be useful for debugging and
    /// understanding the model's reasoning process. One of `auto`, `concise`, or `detailed`.
    std::optional<std::string> summary{};
    /// Controls which reasoning items are rendered back to the model on later turns. If omitted or
    /// set to `auto`, the model determines the context mode. The `gpt-5.6` model family defaults to
    /// `all_turns`; earlier models default to `current_turn`.
    std::optional<std::string> context{};
    /// **Deprecated:** use `summary` instead. One of: auto, concise, detailed.
    std::optional<std::string> generate_summary{};
};
BOOST_DESCRIBE_STRUCT(reasoning, (), (mode, effort, summary, context, generate_summary))
OPENAI_EXTERN_JSON_READER(reasoning)

OPENAI_END_NAMESPACE

#endif
