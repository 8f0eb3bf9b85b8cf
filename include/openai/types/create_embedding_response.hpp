// Result of POST /embeddings (the Python SDK's CreateEmbeddingResponse and Embedding).
#ifndef OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP
#define OPENAI_TYPES_CREATE_EMBEDDING_RESPONSE_HPP

#include <openai/detail/base64.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
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

namespace detail {

// The messages of base64_decode_floats' failures, shared by both readers.
inline std::string base64_floats_error(base64_floats_status status, std::size_t text_size)
{
    switch (status)
    {
    case base64_floats_status::ok: break;
    case base64_floats_status::bad_length:
        return "invalid base64: length " + std::to_string(text_size) + " is not a multiple of 4";
    case base64_floats_status::partial_float:
        return "invalid base64 embedding: the decoded size is not a multiple of 4 bytes (float32)";
    case base64_floats_status::bad_character:
        return "invalid base64: a character outside the alphabet or a misplaced '='";
    }
    return {};
}

}  // namespace detail

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
            const auto status = detail::base64_decode_floats(std::string_view(text.data(), text.size()), out.embedding);
            if (status != detail::base64_floats_status::ok)
                ok = err.fail(detail::base64_floats_error(status, text.size()));
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

namespace detail {

// Reading embedding_object from parser events, as json_read reads it from a document, but with
// the base64 decoded from the parser's buffer: the payload is never copied first.
template <>
struct json_custom_sink<embedding_object>
{
    static constexpr bool enabled = true;

    static bool wrong(json_reader& r, std::string_view got)
    {
        return json_sinks::mismatch(r, "an array of numbers or a base64 string", got);
    }

    static constexpr json_sink_ops vector_ops() noexcept
    {
        json_sink_ops ops = json_sinks::vector_ops<std::vector<float>>();
        ops.object_begin = [](json_reader& r, void*) { return wrong(r, "an object"); };
        ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
            const auto whole = r.gather(s, first, last);
            if (!whole)
                return true;
            const auto status = base64_decode_floats(*whole, *static_cast<std::vector<float>*>(t));
            return status == base64_floats_status::ok || r.fail(base64_floats_error(status, whole->size()));
        };
        ops.int64 = [](json_reader& r, void*, std::int64_t) { return wrong(r, "a number"); };
        ops.uint64 = [](json_reader& r, void*, std::uint64_t) { return wrong(r, "a number"); };
        ops.double_ = [](json_reader& r, void*, double) { return wrong(r, "a number"); };
        ops.bool_ = [](json_reader& r, void*, bool) { return wrong(r, "a boolean"); };
        return ops;
    }

    static constexpr json_sink_ops ops() noexcept
    {
        json_sink_ops ops = json_sinks::mismatch_ops<embedding_object>();
        ops.object_begin = [](json_reader& r, void* t) {
            *static_cast<embedding_object*>(t) = embedding_object{};
            json_frame& f = r.push();
            f.target = t;
            f.on_key = [](json_reader&, json_frame& fr, std::string_view key) {
                static constexpr json_sink_ops embedding_ops = vector_ops();
                auto& out = *static_cast<embedding_object*>(fr.target);
                fr.slot = {};
                fr.member = nullptr;
                // null leaves a member as it is: json_read skips it.
                if (key == "index")
                    fr.slot = {&out.index, &json_sink_for<std::int64_t>(), [](void*) {}};
                else if (key == "object")
                    fr.slot = {&out.object, &json_sink_for<std::string>(), [](void*) {}};
                else if (key == "embedding")
                    fr.slot = {&out.embedding, &embedding_ops, [](void*) {}};
                if (fr.slot.ops)
                    fr.member = key == "index" ? "index" : key == "object" ? "object" : "embedding";
                return true;
            };
            return true;
        };
        return ops;
    }
};

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
