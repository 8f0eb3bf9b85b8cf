// Parameters of POST /images/generations (the Python SDK's ImageGenerateParams).
#ifndef OPENAI_TYPES_IMAGE_GENERATE_PARAMS_HPP
#define OPENAI_TYPES_IMAGE_GENERATE_PARAMS_HPP

#include <openai/detail/config.hpp>
#include <openai/request_options.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Creates images from a prompt. Members after `prompt` are in alphabetical order, as in the
/// Python SDK, so designated initializers can pick any subset in that order:
///
///     openai::image_generate_params p{.prompt = "A cute baby sea otter", .model = "gpt-image-1",
///                                     .n = 1, .size = "1024x1024"};
struct image_generate_params
{
    /// A text description of the desired image(s).
    std::string prompt{};
    /// "transparent", "opaque" or "auto" (GPT image models only).
    std::optional<std::string> background{};
    /// "dall-e-2" (the default), "dall-e-3", or a GPT image model such as "gpt-image-1".
    std::optional<std::string> model{};
    /// Content-moderation level of the GPT image models: "low" or "auto".
    std::optional<std::string> moderation{};
    /// Number of images, 1 to 10 (only 1 for dall-e-3).
    std::optional<std::int64_t> n{};
    /// Compression level 0-100 for webp or jpeg output (GPT image models only).
    std::optional<std::int64_t> output_compression{};
    /// "png", "jpeg" or "webp" (GPT image models only).
    std::optional<std::string> output_format{};
    /// Number of partial images, 0 to 3, when streaming. Not sent: see `stream`.
    std::optional<std::int64_t> partial_images{};
    /// "auto", "high", "medium", "low" (GPT image models), "hd", "standard" (dall-e-3).
    std::optional<std::string> quality{};
    /// "url" or "b64_json" (dall-e models; GPT image models always return b64_json).
    std::optional<std::string> response_format{};
    /// "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792",
    /// "auto", or WIDTHxHEIGHT where the model supports it.
    std::optional<std::string> size{};
    /// A stream of image generation events (GPT image models only). images.generate() never
    /// asks for one, even when this is set: it reads one images_response.
    std::optional<bool> stream{};
    /// "vivid" or "natural" (dall-e-3 only).
    std::optional<std::string> style{};
    /// A stable identifier for your end-user, to help OpenAI detect abuse.
    std::optional<std::string> user{};

    /// Headers, query, extra body fields and timeout for this request; not part of the body.
    openai::request_options options{};
};
BOOST_DESCRIBE_STRUCT(image_generate_params, (),
                      (prompt, background, model, moderation, n, output_compression, output_format, partial_images,
                       quality, response_format, size, stream, style, user))

OPENAI_END_NAMESPACE

#endif
