// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseInputMessageItem (spec schema InputMessageResource).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_MESSAGE_ITEM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_INPUT_MESSAGE_ITEM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_input_content.hpp>
#include <openai/types/responses/response_input_file.hpp>
#include <openai/types/responses/response_input_image.hpp>
#include <openai/types/responses/response_input_text.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A message input to the model with a role indicating instruction following hierarchy.
/// Instructions given with the `developer` or `system` role take precedence over instructions given
/// with the `user` role.
struct response_input_message_item
{
    /// The type of the message input. Always set to `message`.
    std::string type = "message";
    /// The role of the message input. One of `user`, `system`, or `developer`.
    std::string role{};
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items
    /// are returned via API.
    std::optional<std::string> status{};
    /// A list of one or many input items to the model, containing different content types.
    std::vector<openai::response_input_content> content{};
    /// The unique ID of the message input.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(response_input_message_item, (), (type, role, status, content, id))
OPENAI_EXTERN_JSON_READER(response_input_message_item)

OPENAI_END_NAMESPACE

#endif
