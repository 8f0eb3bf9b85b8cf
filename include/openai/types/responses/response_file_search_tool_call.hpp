// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFileSearchToolCall (spec schema FileSearchToolCall).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FILE_SEARCH_TOOL_CALL_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FILE_SEARCH_TOOL_CALL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The response_file_search_tool_call_result object.
struct response_file_search_tool_call_result
{
    /// The unique ID of the file.
    std::optional<std::string> file_id{};
    /// The text that was retrieved from the file.
    std::optional<std::string> text{};
    /// The name of the file.
    std::optional<std::string> filename{};
    /// Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
    /// additional information about the object in a structured format, and querying for objects via
    /// API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are
    /// strings with a maximum length of 512 characters, booleans, or numbers.
    std::map<std::string, std::variant<std::string, double, bool>> attributes{};
    /// The relevance score of the file - a value between 0 and 1.
    std::optional<double> score{};
};
BOOST_DESCRIBE_STRUCT(response_file_search_tool_call_result, (), (file_id, text, filename, attributes, score))
OPENAI_EXTERN_JSON_READER(response_file_search_tool_call_result)

/// The results of a file search tool call. See the [file search
/// guide](/docs/guides/tools-file-search) for more information.
struct response_file_search_tool_call
{
    /// The unique ID of the file search tool call.
    std::string id{};
    /// The type of the file search tool call. Always `file_search_call`.
    std::string type = "file_search_call";
    /// The status of the file search tool call. One of `in_progress`, `searching`, `incomplete` or
    /// `failed`, One of: in_progress, searching, completed, incomplete, failed.
    std::string status{};
    /// The queries used to search for files.
    std::vector<std::string> queries{};
    /// The results of the file search tool call.
    std::vector<openai::response_file_search_tool_call_result> results{};
};
BOOST_DESCRIBE_STRUCT(response_file_search_tool_call, (), (id, type, status, queries, results))
OPENAI_EXTERN_JSON_READER(response_file_search_tool_call)

OPENAI_END_NAMESPACE

#endif
