// Folds the chunks of a streamed legacy completion into the completion they add up to.
#ifndef OPENAI_STREAMING_COMPLETION_ACCUMULATOR_HPP
#define OPENAI_STREAMING_COMPLETION_ACCUMULATOR_HPP

#include <openai/detail/config.hpp>
#include <openai/types/completion.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Builds a completion from its streamed chunks (each a `completion` holding the new text):
/// text concatenated per choice index (choices kept sorted by it), finish reasons, logprobs
/// lists appended, usage, id, model, creation time and system fingerprint.
class completion_accumulator
{
public:
    /// Folds one chunk into the snapshot.
    void add(const completion& chunk)
    {
        // Every chunk repeats these; the first non-empty value is the completion's.
        if (completion_.id.empty())
            completion_.id = chunk.id;
        if (completion_.model.empty())
            completion_.model = chunk.model;
        if (completion_.created == 0)
            completion_.created = chunk.created;
        if (completion_.object != "text_completion")
            completion_.object = "text_completion";
        // A later value replaces an earlier one, but an empty string does not erase a known one.
        if (chunk.system_fingerprint && (!chunk.system_fingerprint->empty() || !completion_.system_fingerprint))
            completion_.system_fingerprint = chunk.system_fingerprint;
        if (chunk.usage)
            completion_.usage = chunk.usage;
        for (const auto& piece : chunk.choices)
            add_choice(piece);
    }

    /// Everything received so far.
    const completion& current_completion() const noexcept { return completion_; }

    /// A copy of the snapshot; after the last chunk, the final completion.
    completion get_final_completion() const { return completion_; }

    /// Moves the snapshot out, leaving the accumulator as if new.
    completion take_final_completion()
    {
        completion out = std::move(completion_);
        completion_ = completion{};
        return out;
    }

private:
    template <class T>
    static void append(std::vector<T>& to, const std::vector<T>& from)
    {
        to.insert(to.end(), from.begin(), from.end());
    }

    void add_choice(const completion_choice& piece)
    {
        // Binary search: choices are found by index, whatever their position in the chunk.
        auto& choices = completion_.choices;
        auto it = std::lower_bound(choices.begin(), choices.end(), piece.index,
                                   [](const completion_choice& c, std::int64_t i) { return c.index < i; });
        if (it == choices.end() || it->index != piece.index)
        {
            completion_choice choice;
            choice.index = piece.index;
            it = choices.insert(it, std::move(choice));
        }
        it->text += piece.text;
        if (!piece.finish_reason.empty())
            it->finish_reason = piece.finish_reason;
        if (piece.logprobs)
        {
            auto& to = it->logprobs ? *it->logprobs : it->logprobs.emplace();
            const auto& from = *piece.logprobs;
            append(to.text_offset, from.text_offset);
            append(to.token_logprobs, from.token_logprobs);
            append(to.tokens, from.tokens);
            append(to.top_logprobs, from.top_logprobs);
        }
    }

    completion completion_{};
};

OPENAI_END_NAMESPACE

#endif
