// A response's output items as the input items of the next request.
#ifndef OPENAI_RESPONSE_ITEMS_HPP
#define OPENAI_RESPONSE_ITEMS_HPP

#include <openai/detail/config.hpp>
#include <openai/types/responses/response.hpp>
#include <openai/types/responses/response_input_item_param.hpp>

#include <vector>

OPENAI_BEGIN_NAMESPACE

/// The output items of `r` as input items, for callers that keep the conversation themselves
/// (`store: false`) and send it whole with each request: each output item becomes the input item
/// of the same type (messages, function calls, reasoning items with their `encrypted_content`,
/// ...), and an item this SDK does not know goes on as it came (openai::unknown_json). The SDK's
/// own helper: the Python SDK has none, the TypeScript SDK has the like.
OPENAI_DECL std::vector<response_input_item_param> to_input_items(const response& r);

OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/response_items.ipp>
#endif

#endif
