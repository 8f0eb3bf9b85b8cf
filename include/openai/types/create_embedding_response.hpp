// Result of POST /embeddings (the Python SDK's CreateEmbeddingResponse and Embedding).
#ifndef OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP
#define OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP

#include <openai/detail/base64.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

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

/// Reads an embedding object whose `embedding` is an array of numbers or a base64 string.
inline bool json_read(const boost::json::value& v, embedding_object& out, detail::read_error& err)
{
    if (!v.is_object())
        return detail::type_mismatch(v, "an object", err);
    const auto& obj = v.get_object();

    if (const auto* index = obj.if_contains("index"); index && !index->is_null())
    {
        if (!detail::read_json(*index, out.index, err))
        {
            detail::prepend_key(err, "index");
            return false;
        }
    }
    if (const auto* object = obj.if_contains("object"); object && !object->is_null())
    {
        if (!detail::read_json(*object, out.object, err))
        {
            detail::prepend_key(err, "object");
            return false;
        }
    }
    if (const auto* embedding = obj.if_contains("embedding"); embedding && !embedding->is_null())
    {
        bool ok = true;
        if (embedding->is_string())
        {
            const auto& text = embedding->get_string();
            switch (detail::base64_decode_floats(std::string_view(text.data(), text.size()), out.embedding))
            {
            case detail::base64_floats_status::ok: break;
            case detail::base64_floats_status::bad_length:
                ok = err.fail("invalid base64: length " + std::to_string(text.size()) +
                              " is not a multiple of 4");
                break;
            case detail::base64_floats_status::partial_float:
                ok = err.fail("invalid base64 embedding: the decoded size is not a multiple of 4 "
                              "bytes (float32)");
                break;
            case detail::base64_floats_status::bad_character:
                ok = err.fail("invalid base64: a character outside the alphabet or a misplaced '='");
                break;
            }
        }
        else if (embedding->is_array())
            ok = detail::read_json(*embedding, out.embedding, err);
        else
            ok = detail::type_mismatch(*embedding, "an array of numbers or a base64 string", err);
        if (!ok)
        {
            out.embedding.clear();
            detail::prepend_key(err, "embedding");
            return false;
        }
    }
    return true;
}

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
