// Result of POST /embeddings (the Python SDK's CreateEmbeddingResponse and Embedding).
#ifndef OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP
#define OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One embedding vector returned by the embeddings endpoint.
// Python's `Embedding`, renamed because its member `embedding` may not be named like its class.
struct embedding_object
{
    /// Position of the input this embedding belongs to.
    std::int64_t index = 0;
    /// The embedding vector. Read from a JSON array of numbers or, with
    /// `encoding_format: "base64"`, from base64 little-endian float32: the same floats either way.
    std::vector<float> embedding{};
    /// Always "embedding".
    std::string object{};
};
BOOST_DESCRIBE_STRUCT(embedding_object, (), (index, embedding, object))

namespace detail {
/// `embedding` is an array of numbers, or with `encoding_format: "base64"` a base64 string of
/// little-endian float32.
template <>
inline constexpr const char* json_base64_floats<embedding_object> = "embedding";
}  // namespace detail

/// Token usage of an embeddings request.
struct create_embedding_response_usage
{
    /// Tokens used by the input.
    std::int64_t prompt_tokens = 0;
    /// Tokens used by the request.
    std::int64_t total_tokens = 0;
};
BOOST_DESCRIBE_STRUCT(create_embedding_response_usage, (), (prompt_tokens, total_tokens))

/// The embeddings generated for each input, in input order.
struct create_embedding_response
{
    /// One embedding per input.
    std::vector<openai::embedding_object> data{};
    /// The model used to generate the embeddings.
    std::string model{};
    /// Always "list".
    std::string object{};
    /// Token usage of the request.
    openai::create_embedding_response_usage usage{};

    /// The HTTP answer this result was read from.
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(create_embedding_response, (), (data, model, object, usage))

OPENAI_END_NAMESPACE

#endif
