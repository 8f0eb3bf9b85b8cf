// The output format of a chat completion: text, JSON mode or Structured Outputs.
#ifndef OPENAI_TYPES_CHAT_RESPONSE_FORMAT_HPP
#define OPENAI_TYPES_CHAT_RESPONSE_FORMAT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// Plain text answers (the default).
struct response_format_text
{
    /// Always "text".
    std::string type = "text";
};
BOOST_DESCRIBE_STRUCT(response_format_text, (), (type))

/// JSON mode: the answer is valid JSON. Prefer response_format_json_schema where supported.
struct response_format_json_object
{
    /// Always "json_object".
    std::string type = "json_object";
};
BOOST_DESCRIBE_STRUCT(response_format_json_object, (), (type))

/// The schema of Structured Outputs.
struct response_format_json_schema_json_schema
{
    /// a-z, A-Z, 0-9, underscores and dashes, at most 64 characters.
    std::string name{};
    /// What the format is for, used by the model to answer in it.
    std::optional<std::string> description{};
    /// The JSON Schema object the answer follows.
    boost::json::object schema{};
    /// Strict schema adherence; a subset of JSON Schema is supported.
    std::optional<bool> strict{};
};
BOOST_DESCRIBE_STRUCT(response_format_json_schema_json_schema, (), (name, description, schema, strict))

/// Structured Outputs: the answer follows `json_schema.schema`.
struct response_format_json_schema
{
    /// Always "json_schema".
    std::string type = "json_schema";
    /// The schema and its name.
    openai::response_format_json_schema_json_schema json_schema{};
};
BOOST_DESCRIBE_STRUCT(response_format_json_schema, (), (type, json_schema))

/// `response_format` of a chat completion request, told apart by "type".
using response_format = std::variant<response_format_text, response_format_json_object, response_format_json_schema>;

namespace detail {
/// Read by its "type".
template <>
inline constexpr const char* json_union_tag<response_format> = "type";
}  // namespace detail

OPENAI_END_NAMESPACE

#endif
