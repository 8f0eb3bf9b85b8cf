// Build configuration shared by every header of the SDK.
#ifndef OPENAI_DETAIL_CONFIG_HPP
#define OPENAI_DETAIL_CONFIG_HPP

#include <boost/version.hpp>

#if BOOST_VERSION < 108100
#error "The OpenAI C++ SDK needs Boost 1.81 or newer."
#endif

#if __cplusplus < 202002L && (!defined(_MSVC_LANG) || _MSVC_LANG < 202002L)
#error "The OpenAI C++ SDK needs C++20."
#endif

// Header-only by default. Define OPENAI_SEPARATE_COMPILATION in every translation unit and
// include <openai/src.hpp> in exactly one of them to compile the non-template code once.
#ifdef OPENAI_SEPARATE_COMPILATION
#define OPENAI_DECL
#else
#define OPENAI_HEADER_ONLY 1
#define OPENAI_DECL inline
#endif

// The SDK version. The CMake package and openai.pc read it from here.
#define OPENAI_VERSION_MAJOR 0
#define OPENAI_VERSION_MINOR 1
#define OPENAI_VERSION_PATCH 0
#define OPENAI_VERSION_STRING "0.1.0"

// A versioned inline namespace (openai::v0_1): code built against two different versions of
// the SDK fails to link instead of silently mixing incompatible layouts. While 0.x, every
// minor version may break the ABI, so the name holds the major and the minor number.
#define OPENAI_DETAIL_ABI_NAME_(major, minor) v##major##_##minor
#define OPENAI_DETAIL_ABI_NAME(major, minor) OPENAI_DETAIL_ABI_NAME_(major, minor)
#define OPENAI_ABI_NAMESPACE OPENAI_DETAIL_ABI_NAME(OPENAI_VERSION_MAJOR, OPENAI_VERSION_MINOR)
#define OPENAI_BEGIN_NAMESPACE                                                                                         \
    namespace openai {                                                                                                 \
    inline namespace OPENAI_ABI_NAMESPACE {
#define OPENAI_END_NAMESPACE                                                                                           \
    }                                                                                                                  \
    }

#endif
