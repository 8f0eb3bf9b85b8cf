// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.conversations.Message (spec schema Message).
#ifndef OPENAI_TYPES_CONVERSATIONS_MESSAGE_HPP
#define OPENAI_TYPES_CONVERSATIONS_MESSAGE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/conversations/computer_screenshot_content.hpp>
#include <openai/types/conversations/summary_text_content.hpp>
#include <openai/types/conversations/text_content.hpp>
#include <openai/types/responses/response_input_file.hpp>
#include <openai/types/responses/response_input_image.hpp>
#include <openai/types/responses/response_input_text.hpp>
#include <openai/types/responses/response_output_refusal.hpp>
#include <openai/types/responses/response_output_text.hpp>
#include <openai/types/responses/response_reasoning_item.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A content part that makes up an input or output item.
using message_content =
    std::variant<openai::response_input_text, openai::response_output_text, openai::text_content,
                 openai::summary_text_content, openai::response_reasoning_item_content, openai::response_output_refusal,
                 openai::response_input_image, openai::computer_screenshot_content, openai::response_input_file,
                 openai::unknown_json>;

namespace detail {
inline constexpr json_union_case message_content_cases[] = {
    {"input_text", 0},   {"output_text", 1},         {"text", 2},
    {"summary_text", 3}, {"reasoning_text", 4},      {"refusal", 5},
    {"input_image", 6},  {"computer_screenshot", 7}, {"input_file", 8}};
template <>
inline constexpr json_union_table json_union<message_content>{.key = "type", .cases = message_content_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(message_content)

/// A message to or from the model.
struct message
{
    /// The type of the message. Always set to `message`.
    std::string type = "message";
    /// The unique ID of the message.
    std::string id{};
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items
    /// are returned via API.
    std::string status{};
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`,
    /// `discriminator`, `developer`, or `tool`.
    std::string role{};
    /// The content of the message
    std::vector<openai::message_content> content{};
    /// One of: commentary, final_answer.
    std::optional<std::string> phase{};
};
BOOST_DESCRIBE_STRUCT(message, (), (type, id, status, role, content, phase))
OPENAI_EXTERN_JSON_READER(message)

OPENAI_END_NAMESPACE

#endif
