// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.shared.CompoundFilter (spec schema CompoundFilter).
#ifndef OPENAI_TYPES_SHARED_COMPOUND_FILTER_HPP
#define OPENAI_TYPES_SHARED_COMPOUND_FILTER_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/shared/comparison_filter.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

struct compound_filter;

/// One of several objects, told apart by `type`.
using compound_filter_filter = std::variant<openai::comparison_filter, openai::compound_filter, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case compound_filter_filter_cases[] = {
    {"eq", 0}, {"ne", 0}, {"gt", 0}, {"gte", 0}, {"lt", 0}, {"lte", 0}, {"in", 0}, {"nin", 0}, {"and", 1}, {"or", 1}};
template <>
inline constexpr json_union_table json_union<compound_filter_filter>{.key = "type",
                                                                     .cases = compound_filter_filter_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(compound_filter_filter)

/// Combine multiple filters using `and` or `or`.
struct compound_filter
{
    /// Type of operation: `and` or `or`.
    std::string type{};
    /// Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.
    std::vector<openai::compound_filter_filter> filters{};
};
BOOST_DESCRIBE_STRUCT(compound_filter, (), (type, filters))
OPENAI_EXTERN_JSON_READER(compound_filter)

OPENAI_END_NAMESPACE

#endif
