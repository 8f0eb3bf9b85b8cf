// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.FunctionTool (spec schema FunctionTool).
#ifndef OPENAI_TYPES_RESPONSES_FUNCTION_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_FUNCTION_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Defines a function in your own code the model can choose to call. Learn more about [function
/// calling](https://platform.openai.com/docs/guides/function-calling).
struct function_tool
{
    /// The type of the function tool. Always `function`.
    std::string type = "function";
    /// The name of the function to call.
    std::string name{};
    /// A description of the function. Used by the model to determine whether or not to call the
    /// function.
    std::optional<std::string> description{};
    /// A JSON schema object describing the parameters of the function.
    std::optional<boost::json::object> parameters{};
    /// A JSON schema object describing the JSON value encoded in string outputs for this function.
    std::optional<boost::json::object> output_schema{};
    /// Whether strict parameter validation is enforced for this function tool.
    std::optional<bool> strict{};
    /// Whether this function is deferred and loaded via tool search.
    std::optional<bool> defer_loading{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(function_tool, (),
                      (type, name, description, parameters, output_schema, strict, defer_loading, allowed_callers))
OPENAI_EXTERN_JSON_READER(function_tool)

OPENAI_END_NAMESPACE

#endif
