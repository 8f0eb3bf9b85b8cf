#ifndef OPENAI_IMPL_RESPONSE_ITEMS_IPP
#define OPENAI_IMPL_RESPONSE_ITEMS_IPP

#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/response_items.hpp>

#include <string>
#include <utility>
#include <variant>

OPENAI_BEGIN_NAMESPACE

OPENAI_DECL std::vector<response_input_item_param> to_input_items(const response& r)
{
    // Through JSON: an output item and its input twin have the same JSON shape, so the union's
    // own table picks the twin (and keeps encrypted_content, ids, statuses).
    std::vector<response_input_item_param> items;
    items.reserve(r.output.size());
    for (const response_output_item& output : r.output)
    {
        boost::json::value json = detail::to_json(output);
        response_input_item_param input;
        detail::read_error err;
        if (!detail::read_json(json, input, err) && json.is_object())
        {
            unknown_json as_is;
            if (const auto* type = json.as_object().if_contains("type"); type && type->is_string())
                as_is.type = std::string(type->get_string());
            as_is.json = std::move(json.as_object());
            input = std::move(as_is);
        }
        items.push_back(std::move(input));
    }
    return items;
}

OPENAI_END_NAMESPACE

#endif
