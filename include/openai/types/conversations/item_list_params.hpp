// Query parameters of GET /conversations/{conversation_id}/items (the Python SDK's
// conversations.ItemListParams). Written by hand: the spec declares query parameters per operation.
#ifndef OPENAI_TYPES_CONVERSATIONS_ITEM_LIST_PARAMS_HPP
#define OPENAI_TYPES_CONVERSATIONS_ITEM_LIST_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// What `client.conversations.items.list()` asks for.
struct item_list_params
{
    /// An item ID to list items after, used in pagination (page::get_next_page() sets it).
    std::optional<std::string> after{};
    /// Additional fields to include in the response, as for responses.create.
    std::vector<std::string> include{};
    /// How many items to return, between 1 and 100 (the API's default is 20).
    std::optional<std::int64_t> limit{};
    /// "asc" or "desc" (the API's default).
    std::optional<std::string> order{};

    /// Per-request options (not part of the query).
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(item_list_params, (), (after, include, limit, order))

OPENAI_END_NAMESPACE

#endif
