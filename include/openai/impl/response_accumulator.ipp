#ifndef OPENAI_IMPL_RESPONSE_ACCUMULATOR_IPP
#define OPENAI_IMPL_RESPONSE_ACCUMULATOR_IPP

#include <openai/streaming/response_accumulator.hpp>

#include <cstdint>
#include <type_traits>
#include <utility>
#include <variant>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// The output item at `index`, if the events have made it one of type T.
template <class T>
T* output_item_at(response& r, std::int64_t index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= r.output.size())
        return nullptr;
    return std::get_if<T>(&r.output[static_cast<std::size_t>(index)]);
}

// The content part at `index` of a message, made of type T if it is not one yet.
template <class T>
T* content_part_at(response_output_message& message, std::int64_t index)
{
    if (index < 0)
        return nullptr;
    const auto i = static_cast<std::size_t>(index);
    if (i >= message.content.size())
        message.content.resize(i + 1);
    if (!std::holds_alternative<T>(message.content[i]))
        message.content[i] = T{};
    return &std::get<T>(message.content[i]);
}

// The item at `index`, made `item` (the output grows to it).
inline void set_output_item(response& r, std::int64_t index, const response_output_item& item)
{
    if (index < 0)
        return;
    const auto i = static_cast<std::size_t>(index);
    if (i >= r.output.size())
        r.output.resize(i + 1);
    r.output[i] = item;
}

}  // namespace detail

OPENAI_DECL void response_accumulator::add(const response_stream_event& event)
{
    std::visit(
        [this](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, response_created_event> || std::is_same_v<E, response_in_progress_event> ||
                          std::is_same_v<E, response_queued_event>)
            {
                if (!finished_)
                    response_ = e.response;
            }
            else if constexpr (std::is_same_v<E, response_completed_event> ||
                               std::is_same_v<E, response_incomplete_event> || std::is_same_v<E, response_failed_event>)
            {
                response_ = e.response;
                finished_ = true;
            }
            else if constexpr (std::is_same_v<E, response_output_item_added_event> ||
                               std::is_same_v<E, response_output_item_done_event>)
            {
                if (!finished_)
                    detail::set_output_item(response_, e.output_index, e.item);
            }
            else if constexpr (std::is_same_v<E, response_content_part_added_event> ||
                               std::is_same_v<E, response_content_part_done_event>)
            {
                auto* message = detail::output_item_at<response_output_message>(response_, e.output_index);
                if (finished_ || !message || e.content_index < 0)
                    return;
                const auto i = static_cast<std::size_t>(e.content_index);
                if (i >= message->content.size())
                    message->content.resize(i + 1);
                std::visit(
                    [&](const auto& part) {
                        using P = std::decay_t<decltype(part)>;
                        if constexpr (std::is_same_v<P, response_output_text> ||
                                      std::is_same_v<P, response_output_refusal> || std::is_same_v<P, unknown_json>)
                            message->content[i] = part;
                    },
                    e.part);
            }
            else if constexpr (std::is_same_v<E, response_text_delta_event>)
            {
                if (auto* message = detail::output_item_at<response_output_message>(response_, e.output_index))
                    if (auto* text = detail::content_part_at<response_output_text>(*message, e.content_index))
                        text->text += e.delta;
            }
            else if constexpr (std::is_same_v<E, response_text_done_event>)
            {
                if (auto* message = detail::output_item_at<response_output_message>(response_, e.output_index))
                    if (auto* text = detail::content_part_at<response_output_text>(*message, e.content_index))
                        text->text = e.text;
            }
            else if constexpr (std::is_same_v<E, response_refusal_delta_event>)
            {
                if (auto* message = detail::output_item_at<response_output_message>(response_, e.output_index))
                    if (auto* refusal = detail::content_part_at<response_output_refusal>(*message, e.content_index))
                        refusal->refusal += e.delta;
            }
            else if constexpr (std::is_same_v<E, response_refusal_done_event>)
            {
                if (auto* message = detail::output_item_at<response_output_message>(response_, e.output_index))
                    if (auto* refusal = detail::content_part_at<response_output_refusal>(*message, e.content_index))
                        refusal->refusal = e.refusal;
            }
            else if constexpr (std::is_same_v<E, response_function_call_arguments_delta_event>)
            {
                if (auto* call = detail::output_item_at<response_function_tool_call>(response_, e.output_index))
                    call->arguments += e.delta;
            }
            else if constexpr (std::is_same_v<E, response_function_call_arguments_done_event>)
            {
                if (auto* call = detail::output_item_at<response_function_tool_call>(response_, e.output_index))
                    call->arguments = e.arguments;
            }
            else if constexpr (std::is_same_v<E, response_reasoning_summary_part_added_event>)
            {
                auto* item = detail::output_item_at<response_reasoning_item>(response_, e.output_index);
                if (!item || e.summary_index < 0)
                    return;
                const auto i = static_cast<std::size_t>(e.summary_index);
                if (i >= item->summary.size())
                    item->summary.resize(i + 1);
                item->summary[i].text = e.part.text;
            }
            else if constexpr (std::is_same_v<E, response_reasoning_summary_text_delta_event>)
            {
                auto* item = detail::output_item_at<response_reasoning_item>(response_, e.output_index);
                if (!item || e.summary_index < 0)
                    return;
                const auto i = static_cast<std::size_t>(e.summary_index);
                if (i >= item->summary.size())
                    item->summary.resize(i + 1);
                item->summary[i].text += e.delta;
            }
            else if constexpr (std::is_same_v<E, response_reasoning_summary_text_done_event>)
            {
                auto* item = detail::output_item_at<response_reasoning_item>(response_, e.output_index);
                if (!item || e.summary_index < 0)
                    return;
                const auto i = static_cast<std::size_t>(e.summary_index);
                if (i >= item->summary.size())
                    item->summary.resize(i + 1);
                item->summary[i].text = e.text;
            }
        },
        event);
}

OPENAI_DECL std::optional<stream_failure> response_accumulator::failure(const response_stream_event& event)
{
    if (const auto* error = std::get_if<response_error_event>(&event))
        return stream_failure{error->message, error->code.value_or("")};
    if (const auto* failed = std::get_if<response_failed_event>(&event))
    {
        stream_failure f{"The response failed", ""};
        if (failed->response.error)
        {
            f.message = failed->response.error->message;
            f.code = failed->response.error->code;
        }
        return f;
    }
    return std::nullopt;
}

OPENAI_END_NAMESPACE

#endif
