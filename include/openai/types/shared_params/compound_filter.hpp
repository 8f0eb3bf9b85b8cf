// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The types of the Python SDK's compound_filter module.
#ifndef OPENAI_TYPES_SHARED_PARAMS_COMPOUND_FILTER_HPP
#define OPENAI_TYPES_SHARED_PARAMS_COMPOUND_FILTER_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/shared_params/comparison_filter.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

struct compound_filter_param;

/// One of several objects, told apart by `type`.
using compound_filter_filter_param =
    std::variant<openai::comparison_filter_param, openai::compound_filter_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case compound_filter_filter_param_cases[] = {
    {"eq", 0}, {"ne", 0}, {"gt", 0}, {"gte", 0}, {"lt", 0}, {"lte", 0}, {"in", 0}, {"nin", 0}, {"and", 1}, {"or", 1}};
template <>
inline constexpr json_union_table json_union<compound_filter_filter_param>{.key = "type",
                                                                           .cases = compound_filter_filter_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(compound_filter_filter_param)

/// Combine multiple filters using `and` or `or`.
struct compound_filter_param
{
    /// Type of operation: `and` or `or`.
    std::string type{};
    /// Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.
    std::vector<openai::compound_filter_filter_param> filters{};
};
BOOST_DESCRIBE_STRUCT(compound_filter_param, (), (type, filters))
OPENAI_EXTERN_JSON_WRITER(compound_filter_param)

OPENAI_END_NAMESPACE

#endif
