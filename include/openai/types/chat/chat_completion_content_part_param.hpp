// Content parts of the messages of a chat completion request: text, image, audio, file, refusal.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_CONTENT_PART_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_CONTENT_PART_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <utility>
#include <variant>

OPENAI_BEGIN_NAMESPACE

/// A text part.
struct chat_completion_content_part_text_param
{
    /// Always "text".
    std::string type = "text";
    /// The text content.
    std::string text{};
    /// Marks an explicit prompt-cache breakpoint after this part, e.g. `{"mode": "explicit"}`.
    std::optional<boost::json::object> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_text_param, (), (type, text, prompt_cache_breakpoint))

/// The image of an image part.
struct chat_completion_content_part_image_url
{
    /// A URL of the image or the base64 encoded image data (`data:image/png;base64,...`).
    std::string url{};
    /// "auto", "low" or "high".
    std::optional<std::string> detail{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_image_url, (), (url, detail))

/// An image part.
struct chat_completion_content_part_image_param
{
    /// Always "image_url".
    std::string type = "image_url";
    /// The image.
    openai::chat_completion_content_part_image_url image_url{};
    /// Marks an explicit prompt-cache breakpoint after this part.
    std::optional<boost::json::object> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_image_param, (), (type, image_url, prompt_cache_breakpoint))

/// The audio of an input audio part.
struct chat_completion_content_part_input_audio
{
    /// Base64 encoded audio data.
    std::string data{};
    /// "wav" or "mp3".
    std::string format{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_input_audio, (), (data, format))

/// An input audio part.
struct chat_completion_content_part_input_audio_param
{
    /// Always "input_audio".
    std::string type = "input_audio";
    /// The audio.
    openai::chat_completion_content_part_input_audio input_audio{};
    /// Marks an explicit prompt-cache breakpoint after this part.
    std::optional<boost::json::object> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_input_audio_param, (), (type, input_audio, prompt_cache_breakpoint))

/// The file of a file part: either uploaded data or the ID of an uploaded file.
struct chat_completion_content_part_file
{
    /// Base64 encoded file data.
    std::optional<std::string> file_data{};
    /// The ID of an uploaded file.
    std::optional<std::string> file_id{};
    /// The file's name, used with `file_data`.
    std::optional<std::string> filename{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_file, (), (file_data, file_id, filename))

/// A file part.
struct chat_completion_content_part_file_param
{
    /// Always "file".
    std::string type = "file";
    /// The file.
    openai::chat_completion_content_part_file file{};
    /// Marks an explicit prompt-cache breakpoint after this part.
    std::optional<boost::json::object> prompt_cache_breakpoint{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_file_param, (), (type, file, prompt_cache_breakpoint))

/// A refusal part, in assistant messages only.
struct chat_completion_content_part_refusal_param
{
    /// Always "refusal".
    std::string type = "refusal";
    /// The refusal message.
    std::string refusal{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_content_part_refusal_param, (), (type, refusal))

/// A content part of a user message, told apart by "type".
using chat_completion_content_part_param =
    std::variant<chat_completion_content_part_text_param, chat_completion_content_part_image_param,
                 chat_completion_content_part_input_audio_param, chat_completion_content_part_file_param>;

namespace detail {
/// Read by its "type".
template <>
inline constexpr const char* json_union_tag<chat_completion_content_part_param> = "type";
}  // namespace detail

/// A text part.
inline chat_completion_content_part_text_param text_part(std::string text)
{
    return {.text = std::move(text)};
}

/// An image part from a URL or a `data:` URL; `detail` is "auto", "low" or "high".
inline chat_completion_content_part_image_param image_part(std::string url, std::optional<std::string> detail)
{
    return {.image_url = {.url = std::move(url), .detail = std::move(detail)}};
}

/// An image part from a URL or a `data:` URL, at the API's default detail.
// An overload, not a defaulted optional: g++ 12 destroys a defaulted argument of a non-trivial
// type twice when the call is inside a co_await expression.
inline chat_completion_content_part_image_param image_part(std::string url)
{
    return image_part(std::move(url), std::nullopt);
}

OPENAI_END_NAMESPACE

#endif
