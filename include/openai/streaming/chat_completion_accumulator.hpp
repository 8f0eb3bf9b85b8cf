// Folds the chunks of a streamed chat completion into the chat_completion they add up to.
#ifndef OPENAI_STREAMING_CHAT_COMPLETION_ACCUMULATOR_HPP
#define OPENAI_STREAMING_CHAT_COMPLETION_ACCUMULATOR_HPP

#include <openai/detail/config.hpp>
#include <openai/types/chat/chat_completion.hpp>
#include <openai/types/chat/chat_completion_chunk.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Builds a chat_completion from its chunks, in the order they arrive. Choices are found by
/// their `index` (whatever their position in a chunk) and kept sorted by it; content, refusal
/// and the legacy function call are concatenated; tool calls are assembled by their `index`
/// (id, type and name from the first piece that has them, argument pieces joined); finish
/// reasons, logprobs, usage and the completion's id, model and creation time are kept.
class chat_completion_accumulator
{
public:
    /// Folds one chunk into the snapshot.
    void add(const chat_completion_chunk& chunk)
    {
        // Every chunk repeats these; the first non-empty value is the completion's.
        if (completion_.id.empty())
            completion_.id = chunk.id;
        if (completion_.model.empty())
            completion_.model = chunk.model;
        if (completion_.created == 0)
            completion_.created = chunk.created;
        // A string_view: std::string != const char* measures the literal at run time, per chunk.
        if (std::string_view(completion_.object) != std::string_view("chat.completion"))
            completion_.object = "chat.completion";
        update(completion_.service_tier, chunk.service_tier);
        update(completion_.system_fingerprint, chunk.system_fingerprint);
        if (chunk.usage)
            completion_.usage = chunk.usage;
        for (const auto& piece : chunk.choices)
            add_choice(piece);
    }

    /// Everything received so far.
    const chat_completion& current_completion() const noexcept { return completion_; }

    /// A copy of the snapshot; after the last chunk, the final completion.
    chat_completion get_final_completion() const { return completion_; }

    /// Moves the snapshot out, leaving the accumulator as if new.
    chat_completion take_final_completion()
    {
        chat_completion out = std::move(completion_);
        completion_ = chat_completion{};
        choice_states_.clear();
        return out;
    }

private:
    // Per tool call: its stream index, and whether a piece has set its type yet (the type has a
    // default, so it cannot tell by itself).
    struct tool_call_state
    {
        std::int64_t index{};
        bool has_type{};
    };

    // Per choice: its tool calls' states, sorted by index, parallel to message.tool_calls.
    struct choice_state
    {
        std::vector<tool_call_state> tool_calls{};
    };

    // A later value replaces an earlier one, but an empty string does not erase a known value.
    static void update(std::optional<std::string>& to, const std::optional<std::string>& from)
    {
        // Compared first: every chunk repeats the same value, and a compare costs less than a copy.
        if (from && (!from->empty() || !to) && to != from)
            to = from;
    }

    static void append(std::string& to, const std::optional<std::string>& piece)
    {
        if (piece)
            to += *piece;
    }

    template <class T>
    static void append(std::optional<std::vector<T>>& to, const std::optional<std::vector<T>>& from)
    {
        if (!from)
            return;
        auto& list = to ? *to : to.emplace();
        list.insert(list.end(), from->begin(), from->end());
    }

    // Position of the choice with this index, inserted in order when new. A binary search: n
    // interleaved choices cost O(log n) per piece, not a scan.
    std::size_t choice_position(std::int64_t index)
    {
        auto& choices = completion_.choices;
        auto it = std::lower_bound(choices.begin(), choices.end(), index,
                                   [](const chat_completion_choice& c, std::int64_t i) { return c.index < i; });
        const auto position = static_cast<std::size_t>(it - choices.begin());
        if (it == choices.end() || it->index != index)
        {
            chat_completion_choice choice;
            choice.index = index;
            choices.insert(it, std::move(choice));
            choice_states_.insert(choice_states_.begin() + static_cast<std::ptrdiff_t>(position), choice_state{});
        }
        return position;
    }

    void add_choice(const chat_completion_chunk_choice& piece)
    {
        const std::size_t position = choice_position(piece.index);
        auto& choice = completion_.choices[position];
        auto& message = choice.message;
        const auto& delta = piece.delta;
        // Set, not concatenated: some compatible servers repeat the role in every chunk.
        if (delta.role && !delta.role->empty())
            message.role = *delta.role;
        // Appended in place, so a long answer costs linear time. Content stays null until a
        // delta carries it: a tool-call-only answer keeps it null, as the API does.
        if (delta.content)
            append(message.content ? *message.content : message.content.emplace(), delta.content);
        if (delta.refusal)
            append(message.refusal ? *message.refusal : message.refusal.emplace(), delta.refusal);
        if (delta.function_call)
        {
            auto& call = message.function_call ? *message.function_call : message.function_call.emplace();
            append(call.name, delta.function_call->name);
            append(call.arguments, delta.function_call->arguments);
        }
        for (const auto& tool_piece : delta.tool_calls)
            add_tool_call(choice_states_[position], message, tool_piece);
        if (piece.finish_reason)
            choice.finish_reason = *piece.finish_reason;
        if (piece.logprobs)
        {
            auto& logprobs = choice.logprobs ? *choice.logprobs : choice.logprobs.emplace();
            append(logprobs.content, piece.logprobs->content);
            append(logprobs.refusal, piece.logprobs->refusal);
        }
    }

    // Tool calls are found by a binary search over their sorted indices, so pieces cost
    // O(log k) for k calls; indices may have gaps and arrive in any order.
    static void add_tool_call(choice_state& state, chat_completion_message& message,
                              const chat_completion_chunk_choice_delta_tool_call& piece)
    {
        auto& slots = state.tool_calls;
        auto it = std::lower_bound(slots.begin(), slots.end(), piece.index,
                                   [](const tool_call_state& s, std::int64_t i) { return s.index < i; });
        const auto position = static_cast<std::size_t>(it - slots.begin());
        if (it == slots.end() || it->index != piece.index)
        {
            slots.insert(it, tool_call_state{piece.index, false});
            message.tool_calls.insert(message.tool_calls.begin() + static_cast<std::ptrdiff_t>(position),
                                      chat_completion_message_tool_call{});
        }
        auto& slot = slots[position];
        auto& call = message.tool_calls[position];
        // First value wins: some compatible servers repeat id, type and name in every piece.
        if (call.id.empty() && piece.id)
            call.id = *piece.id;
        if (!slot.has_type && piece.type && !piece.type->empty())
        {
            call.type = *piece.type;
            slot.has_type = true;
        }
        if (piece.function)
        {
            if (call.function.name.empty() && piece.function->name)
                call.function.name = *piece.function->name;
            append(call.function.arguments, piece.function->arguments);
        }
    }

    chat_completion completion_{};
    // Parallel to completion_.choices.
    std::vector<choice_state> choice_states_{};
};

OPENAI_END_NAMESPACE

#endif
