// Result of DELETE /models/{model} (the Python SDK's ModelDeleted).
#ifndef OPENAI_TYPES_MODEL_DELETED_HPP
#define OPENAI_TYPES_MODEL_DELETED_HPP

#include <openai/detail/config.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Confirms the deletion of a fine-tuned model.
struct model_deleted
{
    /// The deleted model's identifier.
    std::string id{};
    /// Whether the model was deleted.
    bool deleted = false;
    /// The object type, e.g. "model".
    std::string object{};

    /// The HTTP answer this result was read from.
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(model_deleted, (), (id, deleted, object))

OPENAI_END_NAMESPACE

#endif
