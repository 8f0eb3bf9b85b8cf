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

// A versioned inline namespace: two different versions of the SDK in one program fail to link
// instead of silently mixing incompatible layouts.
#define OPENAI_ABI_NAMESPACE v0
#define OPENAI_BEGIN_NAMESPACE namespace openai { inline namespace OPENAI_ABI_NAMESPACE {
#define OPENAI_END_NAMESPACE } }

#endif
