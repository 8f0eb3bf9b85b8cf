// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.WebSearchTool (spec schema WebSearchTool).
#ifndef OPENAI_TYPES_RESPONSES_WEB_SEARCH_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_WEB_SEARCH_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Filters for the search.
struct web_search_tool_filters
{
    /// Allowed domains for the search. If not provided, all domains are allowed. Subdomains of the
    /// provided domains are allowed as well.
    std::vector<std::string> allowed_domains{};
};
BOOST_DESCRIBE_STRUCT(web_search_tool_filters, (), (allowed_domains))
OPENAI_EXTERN_JSON_READER(web_search_tool_filters)

/// The approximate location of the user.
struct web_search_tool_user_location
{
    /// The type of location approximation. Always `approximate`.
    std::string type = "approximate";
    /// The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    /// e.g. `US`.
    std::optional<std::string> country{};
    /// Free text input for the region of the user, e.g. `California`.
    std::optional<std::string> region{};
    /// Free text input for the city of the user, e.g. `San Francisco`.
    std::optional<std::string> city{};
    /// The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g.
    /// `America/Los_Angeles`.
    std::optional<std::string> timezone{};
};
BOOST_DESCRIBE_STRUCT(web_search_tool_user_location, (), (type, country, region, city, timezone))
OPENAI_EXTERN_JSON_READER(web_search_tool_user_location)

/// Search the Internet for sources related to the prompt. Learn more about the [web search
/// tool](/docs/guides/tools-web-search).
struct web_search_tool
{
    /// The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.
    std::string type = "web_search";
    /// Allow live internet access for web search. Defaults to true when omitted. When false, the
    /// web search tool runs in offline/cache-only mode and will not fetch new external content.
    std::optional<bool> external_web_access{};
    /// Filters for the search.
    std::optional<openai::web_search_tool_filters> filters{};
    /// The approximate location of the user.
    std::optional<openai::web_search_tool_user_location> user_location{};
    /// High level guidance for the amount of context window space to use for the search. One of
    /// `low`, `medium`, or `high`. `medium` is the default.
    std::optional<std::string> search_context_size{};
};
BOOST_DESCRIBE_STRUCT(web_search_tool, (), (type, external_web_access, filters, user_location, search_context_size))
OPENAI_EXTERN_JSON_READER(web_search_tool)

OPENAI_END_NAMESPACE

#endif
