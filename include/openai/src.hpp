// Separate compilation: define OPENAI_SEPARATE_COMPILATION for every translation unit of the
// program and include this header in exactly one of them, so the SDK's non-template code is
// compiled once and the other files build faster.
//
// The readers and writers of the Responses and Conversations types are most of that code. To
// compile it in parallel, include this header in four files instead, each defining
// OPENAI_SRC_PART first: 1 (the client, the transport and the other endpoints), 2 (the Responses
// API), 3 (Conversations), 4 (the JSON readers and writers of the generated types).
#ifndef OPENAI_SRC_HPP
#define OPENAI_SRC_HPP

#ifndef OPENAI_SEPARATE_COMPILATION
#error "Define OPENAI_SEPARATE_COMPILATION in every translation unit to use <openai/src.hpp>"
#endif

#include <openai/openai.hpp>

#if !defined(OPENAI_SRC_PART) || OPENAI_SRC_PART == 1
#include <openai/impl/beast_transport.ipp>
#include <openai/impl/chat_completions.ipp>
#include <openai/impl/client_impl.ipp>
#include <openai/impl/completions.ipp>
#include <openai/impl/connection_pool.ipp>
#include <openai/impl/connector.ipp>
#include <openai/impl/embeddings.ipp>
#include <openai/impl/error_body.ipp>
#include <openai/impl/exceptions.ipp>
#include <openai/impl/images.ipp>
#include <openai/impl/models.ipp>
#include <openai/impl/page.ipp>
#include <openai/impl/stream_state.ipp>
#include <openai/impl/tcp_or_tls_stream.ipp>
#include <openai/impl/transport.ipp>
#endif

#if !defined(OPENAI_SRC_PART) || OPENAI_SRC_PART == 2
#include <openai/impl/response_accumulator.ipp>
#include <openai/impl/response_items.ipp>
#include <openai/impl/responses.ipp>
#endif

#if !defined(OPENAI_SRC_PART) || OPENAI_SRC_PART == 3
#include <openai/impl/conversations.ipp>
#endif

#if !defined(OPENAI_SRC_PART) || OPENAI_SRC_PART == 4
#include <openai/impl/generated_json.ipp>
#endif

#endif
