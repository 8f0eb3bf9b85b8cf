// Query parameters of GET /conversations/{conversation_id}/items/{item_id} (the Python SDK's
// conversations.ItemRetrieveParams). Written by hand: the spec declares query parameters per
// operation.
#ifndef OPENAI_TYPES_CONVERSATIONS_ITEM_RETRIEVE_PARAMS_HPP
#define OPENAI_TYPES_CONVERSATIONS_ITEM_RETRIEVE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// What `client.conversations.items.retrieve()` asks for.
struct item_retrieve_params
{
    /// Additional fields to include in the response, as for responses.create.
    std::vector<std::string> include{};

    /// Per-request options (not part of the query).
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(item_retrieve_params, (), (include))

OPENAI_END_NAMESPACE

#endif
