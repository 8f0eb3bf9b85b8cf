// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseError.
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_ERROR_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_ERROR_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// An error object returned when the model fails to generate a Response.
struct response_error
{
    /// The error code for the response. One of: server_error, rate_limit_exceeded, invalid_prompt,
    /// data_residency_mismatch, bio_policy, vector_store_timeout, invalid_image,
    /// invalid_image_format, invalid_base64_image, invalid_image_url, image_too_large,
    /// image_too_small, image_parse_error, image_content_policy_violation, invalid_image_mode,
    /// image_file_too_large, unsupported_image_media_type, empty_image_file,
    /// failed_to_download_image, image_file_not_found.
    std::string code{};
    /// A human-readable description of the error.
    std::string message{};
};
BOOST_DESCRIBE_STRUCT(response_error, (), (code, message))
OPENAI_EXTERN_JSON_READER(response_error)

OPENAI_END_NAMESPACE

#endif
