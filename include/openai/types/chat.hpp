// All the types of the chat completions API.
#ifndef OPENAI_TYPES_CHAT_HPP
#define OPENAI_TYPES_CHAT_HPP

#include <openai/types/chat/chat_completion.hpp>
#include <openai/types/chat/chat_completion_audio.hpp>
#include <openai/types/chat/chat_completion_audio_param.hpp>
#include <openai/types/chat/chat_completion_chunk.hpp>
#include <openai/types/chat/chat_completion_content_part_param.hpp>
#include <openai/types/chat/chat_completion_create_params.hpp>
#include <openai/types/chat/chat_completion_message.hpp>
#include <openai/types/chat/chat_completion_message_param.hpp>
#include <openai/types/chat/chat_completion_message_tool_call.hpp>
#include <openai/types/chat/chat_completion_prediction_content_param.hpp>
#include <openai/types/chat/chat_completion_stream_options_param.hpp>
#include <openai/types/chat/chat_completion_token_logprob.hpp>
#include <openai/types/chat/chat_completion_tool_choice_option_param.hpp>
#include <openai/types/chat/chat_completion_tool_param.hpp>
#include <openai/types/chat/function_definition.hpp>
#include <openai/types/chat/response_format.hpp>

#endif
