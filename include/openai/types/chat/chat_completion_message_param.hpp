// The messages of a chat completion request, one struct per role, and factories for them.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_MESSAGE_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_MESSAGE_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/chat/chat_completion_content_part_param.hpp>
#include <openai/types/chat/chat_completion_message.hpp>
#include <openai/types/chat/chat_completion_message_tool_call.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Developer-provided instructions for the model (older models). Prefer developer messages with
/// o1 models and newer.
struct chat_completion_system_message_param
{
    /// Always "system".
    std::string role = "system";
    /// The instructions: a string or text parts.
    std::variant<std::string, std::vector<openai::chat_completion_content_part_text_param>> content{};
    /// An optional name for the participant.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_system_message_param, (), (role, content, name))

/// Developer-provided instructions the model follows regardless of user messages.
struct chat_completion_developer_message_param
{
    /// Always "developer".
    std::string role = "developer";
    /// The instructions: a string or text parts.
    std::variant<std::string, std::vector<openai::chat_completion_content_part_text_param>> content{};
    /// An optional name for the participant.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_developer_message_param, (), (role, content, name))

/// A message from the end user: text, or parts (text, images, audio, files).
struct chat_completion_user_message_param
{
    /// Always "user".
    std::string role = "user";
    /// A string, or content parts.
    std::variant<std::string, std::vector<openai::chat_completion_content_part_param>> content{};
    /// An optional name for the participant.
    std::optional<std::string> name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_user_message_param, (), (role, content, name))

/// A content part of an assistant message, told apart by "type".
using chat_completion_assistant_content_part_param =
    std::variant<chat_completion_content_part_text_param, chat_completion_content_part_refusal_param>;

namespace detail {
/// Read by its "type".
template <>
inline constexpr const char* json_union_tag<chat_completion_assistant_content_part_param> = "type";
}  // namespace detail

/// Reference to an earlier audio answer of the model.
struct chat_completion_assistant_message_param_audio
{
    /// The `id` of that chat_completion_audio.
    std::string id{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_assistant_message_param_audio, (), (id))

/// A message the model sent earlier, sent back as conversation history.
struct chat_completion_assistant_message_param
{
    /// Always "assistant".
    std::string role = "assistant";
    /// Required unless `tool_calls` or `function_call` is set.
    std::optional<std::variant<std::string, std::vector<openai::chat_completion_assistant_content_part_param>>>
        content{};
    /// The model's refusal message.
    std::optional<std::string> refusal{};
    /// An optional name for the participant.
    std::optional<std::string> name{};
    /// The model's earlier audio answer.
    std::optional<openai::chat_completion_assistant_message_param_audio> audio{};
    /// The tool calls the model made; each needs a tool message answering it.
    std::vector<openai::chat_completion_message_tool_call> tool_calls{};
    /// Deprecated, replaced by `tool_calls`.
    std::optional<openai::chat_completion_message_function_call> function_call{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_assistant_message_param, (),
                      (role, content, refusal, name, audio, tool_calls, function_call))

/// The result of a tool call, answering the assistant's call `tool_call_id`.
struct chat_completion_tool_message_param
{
    /// Always "tool".
    std::string role = "tool";
    /// The tool's result: a string or text parts.
    std::variant<std::string, std::vector<openai::chat_completion_content_part_text_param>> content{};
    /// The `id` of the tool call this answers.
    std::string tool_call_id{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_tool_message_param, (), (role, content, tool_call_id))

/// Deprecated: the result of a legacy function call.
struct chat_completion_function_message_param
{
    /// Always "function".
    std::string role = "function";
    /// The function's result.
    std::optional<std::string> content{};
    /// The name of the function.
    std::string name{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_function_message_param, (), (role, content, name))

/// A message of the conversation, told apart by "role".
using chat_completion_message_param =
    std::variant<chat_completion_system_message_param, chat_completion_developer_message_param,
                 chat_completion_user_message_param, chat_completion_assistant_message_param,
                 chat_completion_tool_message_param, chat_completion_function_message_param>;

namespace detail {
/// Read by its "role".
template <>
inline constexpr const char* json_union_tag<chat_completion_message_param> = "role";
}  // namespace detail

/// A system message with text `content`.
inline chat_completion_system_message_param system_message(std::string content)
{
    return {.content = std::move(content)};
}

/// A developer message with text `content`.
inline chat_completion_developer_message_param developer_message(std::string content)
{
    return {.content = std::move(content)};
}

/// A user message with text `content`.
inline chat_completion_user_message_param user_message(std::string content)
{
    return {.content = std::move(content)};
}

/// A user message made of parts, e.g. `{openai::text_part("What is this?"), openai::image_part(url)}`.
inline chat_completion_user_message_param user_message(std::vector<chat_completion_content_part_param> parts)
{
    return {.content = std::move(parts)};
}

/// An assistant message with text `content`, e.g. an earlier answer sent back as history.
inline chat_completion_assistant_message_param assistant_message(std::string content)
{
    return {.content = std::move(content)};
}

/// The model's reply sent back as history, with its tool calls, refusal and audio reference.
inline chat_completion_assistant_message_param assistant_message(const chat_completion_message& reply)
{
    chat_completion_assistant_message_param message{};
    if (reply.content)
        message.content = *reply.content;
    message.refusal = reply.refusal;
    if (reply.audio)
        message.audio = chat_completion_assistant_message_param_audio{.id = reply.audio->id};
    message.tool_calls = reply.tool_calls;
    message.function_call = reply.function_call;
    return message;
}

/// The result `content` of the tool call `tool_call_id`.
inline chat_completion_tool_message_param tool_message(std::string content, std::string tool_call_id)
{
    return {.content = std::move(content), .tool_call_id = std::move(tool_call_id)};
}

OPENAI_END_NAMESPACE

#endif
