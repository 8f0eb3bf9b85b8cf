// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.InlineSkillSource (spec schema InlineSkillSourceParam).
#ifndef OPENAI_TYPES_RESPONSES_INLINE_SKILL_SOURCE_HPP
#define OPENAI_TYPES_RESPONSES_INLINE_SKILL_SOURCE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>

#include <boost/describe/class.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// Inline skill payload
struct inline_skill_source
{
    /// The type of the inline skill source. Must be `base64`.
    std::string type = "base64";
    /// The media type of the inline skill payload. Must be `application/zip`.
    std::string media_type = "application/zip";
    /// Base64-encoded skill zip bundle.
    std::string data{};
};
BOOST_DESCRIBE_STRUCT(inline_skill_source, (), (type, media_type, data))
OPENAI_EXTERN_JSON_READER(inline_skill_source)

OPENAI_END_NAMESPACE

#endif
