// Version of the SDK, at compile time and at run time.
#ifndef OPENAI_VERSION_HPP
#define OPENAI_VERSION_HPP

#include <openai/detail/config.hpp>

#include <string_view>

#define OPENAI_VERSION_MAJOR 0
#define OPENAI_VERSION_MINOR 1
#define OPENAI_VERSION_PATCH 0
#define OPENAI_VERSION_STRING "0.1.0"

OPENAI_BEGIN_NAMESPACE

/// The SDK version, as sent in the User-Agent header.
inline constexpr std::string_view version = OPENAI_VERSION_STRING;

OPENAI_END_NAMESPACE

#endif
