// A model offered by the API (the Python SDK's Model), from GET /models and /models/{model}.
#ifndef OPENAI_TYPES_MODEL_HPP
#define OPENAI_TYPES_MODEL_HPP

#include <openai/detail/config.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Describes a model that can be used with the API.
struct model
{
    /// The model identifier, usable in the API endpoints.
    std::string id{};
    /// Unix time (seconds) of the model's creation.
    std::int64_t created = 0;
    /// Always "model".
    std::string object{};
    /// The organization that owns the model.
    std::string owned_by{};
    /// The date ("YYYY-MM-DD") the model shuts down; absent or null when not announced.
    std::optional<std::string> shutdown_date{};

    /// The HTTP answer this result was read from (empty for the items of a page).
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(model, (), (id, created, object, owned_by, shutdown_date))

OPENAI_END_NAMESPACE

#endif
