// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.McpToolCallError (spec schema MCPToolCallError).
#ifndef OPENAI_TYPES_RESPONSES_MCP_TOOL_CALL_ERROR_HPP
#define OPENAI_TYPES_RESPONSES_MCP_TOOL_CALL_ERROR_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// The mcp_tool_call_error_http_error object.
struct mcp_tool_call_error_http_error
{
    /// Always `http_error`.
    std::string type = "http_error";
    /// The `code` member.
    std::int64_t code{};
    /// The `message` member.
    std::string message{};
};
BOOST_DESCRIBE_STRUCT(mcp_tool_call_error_http_error, (), (type, code, message))
OPENAI_EXTERN_JSON_READER(mcp_tool_call_error_http_error)

/// The mcp_tool_call_error_mcp_protocol_error object.
struct mcp_tool_call_error_mcp_protocol_error
{
    /// Always `mcp_protocol_error`.
    std::string type = "mcp_protocol_error";
    /// The `code` member.
    std::int64_t code{};
    /// The `message` member.
    std::string message{};
};
BOOST_DESCRIBE_STRUCT(mcp_tool_call_error_mcp_protocol_error, (), (type, code, message))
OPENAI_EXTERN_JSON_READER(mcp_tool_call_error_mcp_protocol_error)

/// The mcp_tool_call_error_mcp_tool_execution_error object.
struct mcp_tool_call_error_mcp_tool_execution_error
{
    /// Always `mcp_tool_execution_error`.
    std::string type = "mcp_tool_execution_error";
    /// The `content` member.
    boost::json::value content{};
};
BOOST_DESCRIBE_STRUCT(mcp_tool_call_error_mcp_tool_execution_error, (), (type, content))
OPENAI_EXTERN_JSON_READER(mcp_tool_call_error_mcp_tool_execution_error)

/// One of several objects, told apart by `type`.
using mcp_tool_call_error =
    std::variant<openai::mcp_tool_call_error_mcp_protocol_error, openai::mcp_tool_call_error_mcp_tool_execution_error,
                 openai::mcp_tool_call_error_http_error, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case mcp_tool_call_error_cases[] = {
    {"mcp_protocol_error", 0}, {"mcp_tool_execution_error", 1}, {"http_error", 2}};
template <>
inline constexpr json_union_table json_union<mcp_tool_call_error>{.key = "type", .cases = mcp_tool_call_error_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(mcp_tool_call_error)

OPENAI_END_NAMESPACE

#endif
