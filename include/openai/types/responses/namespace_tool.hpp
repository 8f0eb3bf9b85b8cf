// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.NamespaceTool (spec schema NamespaceToolParam).
#ifndef OPENAI_TYPES_RESPONSES_NAMESPACE_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_NAMESPACE_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/custom_tool.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The namespace_tool_tool_function object.
struct namespace_tool_tool_function
{
    /// The `name` member.
    std::string name{};
    /// The `description` member.
    std::optional<std::string> description{};
    /// The `parameters` member.
    std::optional<boost::json::object> parameters{};
    /// Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict
    /// validation when the schema is compatible, and falls back to non-strict validation otherwise.
    std::optional<bool> strict{};
    /// Always `function`.
    std::string type = "function";
    /// A JSON Schema describing the JSON value encoded in string outputs for this function tool.
    /// This does not describe content-array outputs.
    std::optional<boost::json::object> output_schema{};
    /// Whether this function should be deferred and discovered via tool search.
    std::optional<bool> defer_loading{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(namespace_tool_tool_function, (),
                      (name, description, parameters, strict, type, output_schema, defer_loading, allowed_callers))
OPENAI_EXTERN_JSON_READER(namespace_tool_tool_function)

/// A function or custom tool that belongs to a namespace.
using namespace_tool_tool =
    std::variant<openai::namespace_tool_tool_function, openai::custom_tool, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case namespace_tool_tool_cases[] = {{"function", 0}, {"custom", 1}};
template <>
inline constexpr json_union_table json_union<namespace_tool_tool>{.key = "type", .cases = namespace_tool_tool_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(namespace_tool_tool)

/// Groups function/custom tools under a shared namespace.
struct namespace_tool
{
    /// The type of the tool. Always `namespace`.
    std::string type = "namespace";
    /// The namespace name used in tool calls (for example, `crm`).
    std::string name{};
    /// A description of the namespace shown to the model.
    std::string description{};
    /// The function/custom tools available inside this namespace.
    std::vector<openai::namespace_tool_tool> tools{};
};
BOOST_DESCRIBE_STRUCT(namespace_tool, (), (type, name, description, tools))
OPENAI_EXTERN_JSON_READER(namespace_tool)

OPENAI_END_NAMESPACE

#endif
