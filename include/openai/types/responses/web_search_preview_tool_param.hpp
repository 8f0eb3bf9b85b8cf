// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.WebSearchPreviewToolParam (spec schema WebSearchPreviewTool).
#ifndef OPENAI_TYPES_RESPONSES_WEB_SEARCH_PREVIEW_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_WEB_SEARCH_PREVIEW_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The web_search_preview_tool_user_location_param object.
struct web_search_preview_tool_user_location_param
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
BOOST_DESCRIBE_STRUCT(web_search_preview_tool_user_location_param, (), (type, country, region, city, timezone))
OPENAI_EXTERN_JSON_WRITER(web_search_preview_tool_user_location_param)

/// This tool searches the web for relevant results to use in a response. Learn more about the [web
/// search tool](https://platform.openai.com/docs/guides/tools-web-search).
struct web_search_preview_tool_param
{
    /// The type of the web search tool. One of `web_search_preview` or
    /// `web_search_preview_2025_03_11`.
    std::string type = "web_search_preview";
    /// The `user_location` member.
    std::optional<openai::web_search_preview_tool_user_location_param> user_location{};
    /// High level guidance for the amount of context window space to use for the search. One of
    /// `low`, `medium`, or `high`. `medium` is the default.
    std::optional<std::string> search_context_size{};
    /// The `search_content_types` member.
    std::vector<std::string> search_content_types{};
};
BOOST_DESCRIBE_STRUCT(web_search_preview_tool_param, (),
                      (type, user_location, search_context_size, search_content_types))
OPENAI_EXTERN_JSON_WRITER(web_search_preview_tool_param)

OPENAI_END_NAMESPACE

#endif
