// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseFunctionWebSearch (spec schema WebSearchToolCall).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_WEB_SEARCH_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_FUNCTION_WEB_SEARCH_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Action type "find_in_page": Searches for a pattern within a loaded page.
struct response_function_web_search_action_find
{
    /// The action type. Always `find_in_page`.
    std::string type = "find_in_page";
    /// The URL of the page searched for the pattern.
    std::string url{};
    /// The pattern or text to search for within the page.
    std::string pattern{};
};
BOOST_DESCRIBE_STRUCT(response_function_web_search_action_find, (), (type, url, pattern))
OPENAI_EXTERN_JSON_READER(response_function_web_search_action_find)

/// Action type "open_page" - Opens a specific URL from search results.
struct response_function_web_search_action_open_page
{
    /// The action type. Always `open_page`.
    std::string type = "open_page";
    /// The URL opened by the model.
    std::optional<std::string> url{};
};
BOOST_DESCRIBE_STRUCT(response_function_web_search_action_open_page, (), (type, url))
OPENAI_EXTERN_JSON_READER(response_function_web_search_action_open_page)

/// A source used in the search.
struct response_function_web_search_action_search_source
{
    /// The type of source. Always `url`.
    std::string type = "url";
    /// The URL of the source.
    std::string url{};
};
BOOST_DESCRIBE_STRUCT(response_function_web_search_action_search_source, (), (type, url))
OPENAI_EXTERN_JSON_READER(response_function_web_search_action_search_source)

/// Action type "search" - Performs a web search query.
struct response_function_web_search_action_search
{
    /// The action type. Always `search`.
    std::string type = "search";
    /// The search query.
    std::optional<std::string> query{};
    /// The search queries.
    std::vector<std::string> queries{};
    /// The sources used in the search.
    std::vector<openai::response_function_web_search_action_search_source> sources{};
};
BOOST_DESCRIBE_STRUCT(response_function_web_search_action_search, (), (type, query, queries, sources))
OPENAI_EXTERN_JSON_READER(response_function_web_search_action_search)

/// An object describing the specific action taken in this web search call. Includes details on how
/// the model used the web (search, open_page, find_in_page).
using response_function_web_search_action =
    std::variant<openai::response_function_web_search_action_search,
                 openai::response_function_web_search_action_open_page,
                 openai::response_function_web_search_action_find, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_function_web_search_action_cases[] = {
    {"search", 0}, {"open_page", 1}, {"find_in_page", 2}};
template <>
inline constexpr json_union_table json_union<response_function_web_search_action>{
    .key = "type", .cases = response_function_web_search_action_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_function_web_search_action)

/// The results of a web search tool call. See the [web search guide](/docs/guides/tools-web-search)
/// for more information.
struct response_function_web_search
{
    /// The unique ID of the web search tool call.
    std::string id{};
    /// The type of the web search tool call. Always `web_search_call`.
    std::string type = "web_search_call";
    /// The status of the web search tool call. One of: in_progress, searching, completed, failed.
    std::string status{};
    /// An object describing the specific action taken in this web search call. Includes details on
    /// how the model used the web (search, open_page, find_in_page).
    openai::response_function_web_search_action action{};
};
BOOST_DESCRIBE_STRUCT(response_function_web_search, (), (id, type, status, action))
OPENAI_EXTERN_JSON_READER(response_function_web_search)

OPENAI_END_NAMESPACE

#endif
