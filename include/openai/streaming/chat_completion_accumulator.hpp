// Folds the chunks of a streamed chat completion into the chat_completion they add up to.
#ifndef OPENAI_STREAMING_CHAT_COMPLETION_ACCUMULATOR_HPP
#define OPENAI_STREAMING_CHAT_COMPLETION_ACCUMULATOR_HPP

#include <openai/detail/config.hpp>
#include <openai/types/chat/chat_completion.hpp>
#include <openai/types/chat/chat_completion_chunk.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Builds a chat_completion from its chunks, in the order they arrive: content and refusal
/// concatenated per choice (choices are found by `index`, whatever their order in the chunks),
/// tool calls assembled by their `index` with the argument pieces joined, finish reasons,
/// logprobs, usage and the completion's id, model and creation time.
class chat_completion_accumulator
{
public:
    /// Folds one chunk in.
    void add(const chat_completion_chunk& chunk)
    {
        if (completion_.id.empty())
            completion_.id = chunk.id;
        if (completion_.model.empty())
            completion_.model = chunk.model;
        if (completion_.created == 0)
            completion_.created = chunk.created;
        completion_.object = "chat.completion";
        if (chunk.service_tier)
            completion_.service_tier = chunk.service_tier;
        if (chunk.system_fingerprint)
            completion_.system_fingerprint = chunk.system_fingerprint;
        if (chunk.usage)
            completion_.usage = chunk.usage;
        for (const auto& piece : chunk.choices)
            add_choice(piece);
    }

    /// Everything received so far.
    const chat_completion& current_completion() const noexcept { return completion_; }

    /// A copy of the completion so far; after the last chunk, the final completion.
    chat_completion get_final_completion() const { return completion_; }

    /// Moves the completion out, leaving the accumulator empty.
    chat_completion take_final_completion()
    {
        chat_completion out = std::move(completion_);
        *this = chat_completion_accumulator{};
        return out;
    }

private:
    // Choices and tool calls are kept sorted by index; lookups are a binary search, so long
    // streams stay linear overall.
    template <class Vector, class Index>
    static auto& find_or_insert(Vector& items, std::int64_t index, Index index_of)
    {
        auto it = std::lower_bound(items.begin(), items.end(), index,
                                   [&](const auto& item, std::int64_t i) { return index_of(item) < i; });
        if (it == items.end() || index_of(*it) != index)
            it = items.insert(it, typename Vector::value_type{});
        return *it;
    }

    void add_choice(const chat_completion_chunk_choice& piece)
    {
        auto& choices = completion_.choices;
        auto& choice = find_or_insert(choices, piece.index, [](const chat_completion_choice& c) { return c.index; });
        choice.index = piece.index;
        auto& message = choice.message;
        const auto& delta = piece.delta;
        if (delta.role)
            message.role = *delta.role;
        if (delta.content)
            message.content = message.content.value_or("") + *delta.content;
        if (delta.refusal)
            message.refusal = message.refusal.value_or("") + *delta.refusal;
        if (delta.function_call)
        {
            auto& call = message.function_call ? *message.function_call : message.function_call.emplace();
            call.name += delta.function_call->name.value_or("");
            call.arguments += delta.function_call->arguments.value_or("");
        }
        for (const auto& tool_piece : delta.tool_calls)
            add_tool_call(piece.index, message, tool_piece);
        if (piece.finish_reason)
            choice.finish_reason = *piece.finish_reason;
        if (piece.logprobs)
        {
            auto& logprobs = choice.logprobs ? *choice.logprobs : choice.logprobs.emplace();
            append(logprobs.content, piece.logprobs->content);
            append(logprobs.refusal, piece.logprobs->refusal);
        }
    }

    void add_tool_call(std::int64_t choice_index, chat_completion_message& message,
                       const chat_completion_chunk_choice_delta_tool_call& piece)
    {
        auto& positions = tool_call_indices_[choice_index];
        auto slot = std::lower_bound(positions.begin(), positions.end(), piece.index);
        const auto rank = static_cast<std::size_t>(slot - positions.begin());
        if (slot == positions.end() || *slot != piece.index)
        {
            positions.insert(slot, piece.index);
            message.tool_calls.insert(message.tool_calls.begin() + static_cast<std::ptrdiff_t>(rank),
                                      chat_completion_message_tool_call{});
        }
        auto& call = message.tool_calls[rank];
        if (piece.id && call.id.empty())
            call.id = *piece.id;
        if (piece.type)
            call.type = *piece.type;
        if (piece.function)
        {
            if (piece.function->name && call.function.name.empty())
                call.function.name = *piece.function->name;
            if (piece.function->arguments)
                call.function.arguments += *piece.function->arguments;
        }
    }

    template <class T>
    static void append(std::optional<std::vector<T>>& to, const std::optional<std::vector<T>>& from)
    {
        if (!from)
            return;
        auto& list = to ? *to : to.emplace();
        list.insert(list.end(), from->begin(), from->end());
    }

    chat_completion completion_{};
    // Per choice index: the tool-call indices seen, sorted, parallel to message.tool_calls.
    std::map<std::int64_t, std::vector<std::int64_t>> tool_call_indices_{};
};

OPENAI_END_NAMESPACE

#endif
