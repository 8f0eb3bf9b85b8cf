// The OpenAI C++ SDK: include this one header.
#ifndef OPENAI_OPENAI_HPP
#define OPENAI_OPENAI_HPP

#include <openai/client.hpp>
#include <openai/client_options.hpp>
#include <openai/diagnostics.hpp>
#include <openai/error.hpp>
#include <openai/exceptions.hpp>
#include <openai/headers.hpp>
#include <openai/rate_limits.hpp>
#include <openai/raw_response.hpp>
#include <openai/request_options.hpp>
#include <openai/response_items.hpp>
#include <openai/stream.hpp>
#include <openai/streaming/chat_completion_stream.hpp>
#include <openai/streaming/completion_stream.hpp>
#include <openai/streaming/response_stream.hpp>
#include <openai/unknown_json.hpp>
#include <openai/version.hpp>
#include <openai/with_diagnostics.hpp>

#include <openai/types/chat.hpp>
#include <openai/types/completion.hpp>
#include <openai/types/completion_create_params.hpp>
#include <openai/types/conversations.hpp>
#include <openai/types/create_embedding_response.hpp>
#include <openai/types/embedding_create_params.hpp>
#include <openai/types/image_generate_params.hpp>
#include <openai/types/images_response.hpp>
#include <openai/types/model.hpp>
#include <openai/types/model_deleted.hpp>
#include <openai/types/page.hpp>
#include <openai/types/responses.hpp>

#endif
