// Parameters of POST /completions, the legacy completions API (the Python SDK's
// CompletionCreateParams).
#ifndef OPENAI_TYPES_COMPLETION_CREATE_PARAMS_HPP
#define OPENAI_TYPES_COMPLETION_CREATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>
#include <openai/types/chat/chat_completion_stream_options_param.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Creates a completion for a prompt (legacy; prefer chat completions or responses).
///
///     openai::completion_create_params p{.model = "gpt-3.5-turbo-instruct",
///                                        .prompt = "Say this is a test", .max_tokens = 7};
struct completion_create_params
{
    /// ID of the model to use, e.g. "gpt-3.5-turbo-instruct".
    std::string model{};
    /// The prompt(s): a string, an array of strings, an array of token ids or an array of
    /// token-id arrays. `.prompt = "text"` selects the string.
    std::variant<std::string, std::vector<std::string>, std::vector<std::int64_t>,
                 std::vector<std::vector<std::int64_t>>>
        prompt{};
    /// Completions generated server-side, of which the best `n` are returned.
    std::optional<std::int64_t> best_of{};
    /// Echo back the prompt in addition to the completion.
    std::optional<bool> echo{};
    /// -2.0 to 2.0: penalizes tokens by their frequency so far.
    std::optional<double> frequency_penalty{};
    /// Token id (as a string) to a bias from -100 to 100. Not sent when empty.
    std::map<std::string, int> logit_bias{};
    /// Return the log probabilities of the `logprobs` most likely tokens, 0 to 5.
    std::optional<std::int64_t> logprobs{};
    /// Maximum number of tokens to generate.
    std::optional<std::int64_t> max_tokens{};
    /// Number of completions per prompt.
    std::optional<std::int64_t> n{};
    /// -2.0 to 2.0: penalizes tokens that already appeared.
    std::optional<double> presence_penalty{};
    /// Best-effort deterministic sampling.
    std::optional<std::int64_t> seed{};
    /// Up to 4 sequences where generation stops: a string or an array of strings.
    std::optional<std::variant<std::string, std::vector<std::string>>> stop{};
    /// Not needed: completions.create() leaves it out, completions.stream() sends `true`.
    std::optional<bool> stream{};
    /// Options for completions.stream(); leave unset for create().
    std::optional<openai::chat_completion_stream_options_param> stream_options{};
    /// Text that comes after the completion (gpt-3.5-turbo-instruct only).
    std::optional<std::string> suffix{};
    /// Sampling temperature, 0 to 2.
    std::optional<double> temperature{};
    /// Nucleus sampling probability mass, 0 to 1.
    std::optional<double> top_p{};
    /// A stable identifier for your end-user, to help OpenAI detect abuse.
    std::optional<std::string> user{};

    /// Headers, query, extra body fields and timeout for this request; not part of the body.
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(completion_create_params, (),
                      (model, prompt, best_of, echo, frequency_penalty, logit_bias, logprobs, max_tokens, n,
                       presence_penalty, seed, stop, stream, stream_options, suffix, temperature, top_p, user))

OPENAI_END_NAMESPACE

#endif
