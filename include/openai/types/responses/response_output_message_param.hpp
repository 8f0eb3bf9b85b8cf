// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputMessageParam (spec schema OutputMessage).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_MESSAGE_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_MESSAGE_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/response_output_refusal_param.hpp>
#include <openai/types/responses/response_output_text_param.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using response_output_message_content_param =
    std::variant<openai::response_output_text_param, openai::response_output_refusal_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_output_message_content_param_cases[] = {{"output_text", 0}, {"refusal", 1}};
template <>
inline constexpr json_union_table json_union<response_output_message_content_param>{
    .key = "type", .cases = response_output_message_content_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_output_message_content_param)

/// An output message from the model.
struct response_output_message_param
{
    /// The unique ID of the output message.
    std::string id{};
    /// The type of the output message. Always `message`.
    std::string type = "message";
    /// The role of the output message. Always `assistant`.
    std::string role = "assistant";
    /// The content of the output message.
    std::vector<openai::response_output_message_content_param> content{};
    /// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer
    /// (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up
    /// requests, preserve and resend phase on all assistant messages — dropping it can degrade
    /// performance. Not used for user messages.
    std::optional<std::string> phase{};
    /// The status of the message input. One of `in_progress`, `completed`, or `incomplete`.
    /// Populated when input items are returned via API.
    std::string status{};
};
BOOST_DESCRIBE_STRUCT(response_output_message_param, (), (id, type, role, content, phase, status))
OPENAI_EXTERN_JSON_WRITER(response_output_message_param)

OPENAI_END_NAMESPACE

#endif
