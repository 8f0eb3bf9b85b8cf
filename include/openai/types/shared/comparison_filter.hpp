// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.shared.ComparisonFilter (spec schema ComparisonFilter).
#ifndef OPENAI_TYPES_SHARED_COMPARISON_FILTER_HPP
#define OPENAI_TYPES_SHARED_COMPARISON_FILTER_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A filter used to compare a specified attribute key to a given value using a defined comparison
/// operation.
struct comparison_filter
{
    /// Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`. -
    /// `eq`: equals - `ne`: not equal - `gt`: greater than - `gte`: greater than or equal - `lt`:
    /// less than - `lte`: less than or equal - `in`: in - `nin`: not in
    std::string type = "eq";
    /// The key to compare against the value.
    std::string key{};
    /// The value to compare against the attribute key; supports string, number, or boolean types.
    std::variant<std::string, double, bool, std::vector<std::variant<std::string, double>>> value{};
};
BOOST_DESCRIBE_STRUCT(comparison_filter, (), (type, key, value))
OPENAI_EXTERN_JSON_READER(comparison_filter)

OPENAI_END_NAMESPACE

#endif
