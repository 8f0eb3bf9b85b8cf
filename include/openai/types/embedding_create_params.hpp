// Parameters of POST /embeddings (the Python SDK's EmbeddingCreateParams).
#ifndef OPENAI_TYPES_EMBEDDING_CREATE_PARAMS_HPP
#define OPENAI_TYPES_EMBEDDING_CREATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Creates an embedding vector representing the input text.
///
///     openai::embedding_create_params p{.model = "text-embedding-3-small",
///                                       .input = "The food was delicious"};
struct embedding_create_params
{
    /// ID of the model to use, e.g. "text-embedding-3-small".
    std::string model{};
    /// Text to embed: a string, an array of strings, an array of token ids or an array of
    /// token-id arrays. `.input = "text"` selects the string.
    std::variant<std::string, std::vector<std::string>, std::vector<std::int64_t>,
                 std::vector<std::vector<std::int64_t>>>
        input{};
    /// Number of dimensions of the output embeddings (text-embedding-3 and later models).
    std::optional<std::int64_t> dimensions{};
    /// "float" or "base64". When unset, the SDK asks for "base64" (smaller, faster to parse) and
    /// decodes it; either way create_embedding_response's `data[i].embedding` holds the floats.
    std::optional<std::string> encoding_format{};
    /// A stable identifier for your end-user, to help OpenAI detect abuse.
    std::optional<std::string> user{};

    /// Headers, query, extra body fields and timeout for this request; not part of the body.
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(embedding_create_params, (), (model, input, dimensions, encoding_format, user))

OPENAI_END_NAMESPACE

#endif
