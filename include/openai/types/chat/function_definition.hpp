// A function the model may call: name, description and JSON Schema of the parameters.
#ifndef OPENAI_TYPES_CHAT_FUNCTION_DEFINITION_HPP
#define OPENAI_TYPES_CHAT_FUNCTION_DEFINITION_HPP

#include <openai/detail/config.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// A function the model may call.
struct function_definition
{
    /// a-z, A-Z, 0-9, underscores and dashes, at most 64 characters.
    std::string name{};
    /// What the function does, used by the model to choose when and how to call it.
    std::optional<std::string> description{};
    /// The parameters as a JSON Schema object; empty (left out) means no parameters.
    boost::json::object parameters{};
    /// Strict schema adherence (Structured Outputs); a subset of JSON Schema is supported.
    std::optional<bool> strict{};
};
BOOST_DESCRIBE_STRUCT(function_definition, (), (name, description, parameters, strict))

OPENAI_END_NAMESPACE

#endif
