// Folds the chunks of a streamed legacy completion into the completion they add up to.
#ifndef OPENAI_STREAMING_COMPLETION_ACCUMULATOR_HPP
#define OPENAI_STREAMING_COMPLETION_ACCUMULATOR_HPP

#include <openai/detail/config.hpp>
#include <openai/types/completion.hpp>

#include <algorithm>
#include <cstdint>
#include <utility>

OPENAI_BEGIN_NAMESPACE

/// Builds a completion from its streamed chunks (each a `completion` holding the new text):
/// text concatenated per choice index, finish reasons, logprobs lists appended, usage, id,
/// model, creation time and system fingerprint.
class completion_accumulator
{
public:
    /// Folds one chunk in.
    void add(const completion& chunk)
    {
        if (completion_.id.empty())
            completion_.id = chunk.id;
        if (completion_.model.empty())
            completion_.model = chunk.model;
        if (completion_.created == 0)
            completion_.created = chunk.created;
        completion_.object = "text_completion";
        if (chunk.system_fingerprint)
            completion_.system_fingerprint = chunk.system_fingerprint;
        if (chunk.usage)
            completion_.usage = chunk.usage;
        for (const auto& piece : chunk.choices)
        {
            auto& choices = completion_.choices;
            auto it = std::lower_bound(choices.begin(), choices.end(), piece.index,
                                       [](const completion_choice& c, std::int64_t i) { return c.index < i; });
            if (it == choices.end() || it->index != piece.index)
            {
                it = choices.insert(it, completion_choice{});
                it->index = piece.index;
            }
            it->text += piece.text;
            if (!piece.finish_reason.empty())
                it->finish_reason = piece.finish_reason;
            if (piece.logprobs)
            {
                auto& to = it->logprobs ? *it->logprobs : it->logprobs.emplace();
                const auto& from = *piece.logprobs;
                to.text_offset.insert(to.text_offset.end(), from.text_offset.begin(), from.text_offset.end());
                to.token_logprobs.insert(to.token_logprobs.end(), from.token_logprobs.begin(), from.token_logprobs.end());
                to.tokens.insert(to.tokens.end(), from.tokens.begin(), from.tokens.end());
                to.top_logprobs.insert(to.top_logprobs.end(), from.top_logprobs.begin(), from.top_logprobs.end());
            }
        }
    }

    /// Everything received so far.
    const completion& current_completion() const noexcept { return completion_; }

    /// A copy of the completion so far; after the last chunk, the final completion.
    completion get_final_completion() const { return completion_; }

    /// Moves the completion out, leaving the accumulator empty.
    completion take_final_completion()
    {
        completion out = std::move(completion_);
        completion_ = completion{};
        return out;
    }

private:
    completion completion_{};
};

OPENAI_END_NAMESPACE

#endif
