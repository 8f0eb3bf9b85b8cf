// Version of the SDK, at compile time (OPENAI_VERSION_MAJOR, _MINOR, _PATCH, _STRING, defined in
// detail/config.hpp so every header has them) and at run time.
#ifndef OPENAI_VERSION_HPP
#define OPENAI_VERSION_HPP

#include <openai/detail/config.hpp>

#include <string_view>

OPENAI_BEGIN_NAMESPACE

/// The SDK version, "MAJOR.MINOR.PATCH"; the User-Agent header is "openai-cpp/" followed by it.
inline constexpr std::string_view version = OPENAI_VERSION_STRING;

/// The User-Agent header the client sends.
inline constexpr std::string_view user_agent = "openai-cpp/" OPENAI_VERSION_STRING;

OPENAI_END_NAMESPACE

#endif
