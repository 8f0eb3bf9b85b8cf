// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputMessage (spec schema OutputMessage).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_MESSAGE_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_MESSAGE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_output_refusal.hpp>
#include <openai/types/responses/response_output_text.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_output_message_content =
    std::variant<openai::response_output_text, openai::response_output_refusal, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_output_message_content_cases[] = {{"output_text", 0}, {"refusal", 1}};
template <>
inline constexpr json_union_table json_union<response_output_message_content>{
    .key = "type", .cases = response_output_message_content_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(response_output_message_content)

/// An output message from the model.
struct response_output_message
{
    /// The unique ID of the output message.
    std::string id{};
    /// The type of the output message. Always `message`.
    std::string type = "message";
    /// The role of the output message. Always `assistant`.
    std::string role = "assistant";
    /// The content of the output message.
    std::vector<openai::response_output_message_content> content{};
    /// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer
    /// (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up
    /// requests, preserve and resend phase on all assistant messages — dropping it can degrade
    /// performance. Not used for user messages.
    std::optional<std::string> phase{};
    /// The status of the message input. One of `in_progress`, `completed`, or `incomplete`.
    /// Populated when input items are returned via API.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_output_message, (), (id, type, role, content, phase, status))
OPENAI_EXTERN_JSON_READER(response_output_message)

OPENAI_END_NAMESPACE

#endif
