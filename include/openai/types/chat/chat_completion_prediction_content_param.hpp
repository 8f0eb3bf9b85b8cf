// Predicted Outputs: content known in advance that speeds up regeneration.
#ifndef OPENAI_TYPES_CHAT_CHAT_COMPLETION_PREDICTION_CONTENT_PARAM_HPP
#define OPENAI_TYPES_CHAT_CHAT_COMPLETION_PREDICTION_CONTENT_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/types/chat/chat_completion_content_part_param.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Static predicted output content, such as the content of a text file being regenerated.
struct chat_completion_prediction_content_param
{
    /// Always "content".
    std::string type = "content";
    /// The predicted content: a string or text parts.
    std::variant<std::string, std::vector<openai::chat_completion_content_part_text_param>> content{};
};
BOOST_DESCRIBE_STRUCT(chat_completion_prediction_content_param, (), (type, content))

OPENAI_END_NAMESPACE

#endif
