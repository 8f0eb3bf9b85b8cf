// Unit tests of the types generated from the OpenAPI spec (Responses and Conversations): the
// program of the Responses issue compiles against them as written, and the declarations the
// generator emits (defaults, member order, union tables, renamed keys) are the ones the spec asks
// for. Reading and writing JSON are tested with the reader and the writer.
#include <openai/detail/json_model.hpp>
#include <openai/types/conversations.hpp>
#include <openai/types/responses.hpp>
#include <openai/unknown_json.hpp>

#include <doctest/doctest.h>

#include <boost/describe/members.hpp>
#include <boost/json/object.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace {

// The JSON names of T's described members, in order.
template <class T>
std::vector<std::string> member_names()
{
    std::vector<std::string> names;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) { names.emplace_back(member.name); });
    return names;
}

template <class V>
constexpr bool last_is_unknown =
    std::is_same_v<std::variant_alternative_t<std::variant_size_v<V> - 1, V>, openai::unknown_json>;

// Whether the union's table selects every alternative but the last (unknown_json).
template <class V>
bool table_reaches_every_alternative()
{
    constexpr auto table = openai::detail::json_union<V>;
    for (std::size_t i = 0; i + 1 < std::variant_size_v<V>; ++i)
    {
        bool found = false;
        for (const auto& c : table.cases)
            found = found || c.index == i;
        if (!found)
            return false;
    }
    for (const auto& c : table.cases)
        if (c.index + 1 >= std::variant_size_v<V>)
            return false;  // a case selects unknown_json or nothing
    return true;
}

// The index of the case for `tag` (and `second`, where several cases share the tag).
template <class V>
std::size_t case_index(std::string_view tag, std::string_view second = {})
{
    for (const auto& c : openai::detail::json_union<V>.cases)
        if (c.tag == tag && c.second == second)
            return c.index;
    return openai::detail::no_alternative;
}

template <class V, class T, std::size_t I = 0>
constexpr std::size_t index_of()
{
    if constexpr (I == std::variant_size_v<V>)
        return openai::detail::no_alternative;
    else if constexpr (std::is_same_v<std::variant_alternative_t<I, V>, T>)
        return I;
    else
        return index_of<V, T, I + 1>();
}

}  // namespace

TEST_CASE("the program of the Responses issue compiles against the generated types")
{
    openai::response_create_params request{.model = "gpt-5-mini",
                                           .input = "Write a one-sentence bedtime story about a unicorn."};
    CHECK(request.model == "gpt-5-mini");
    REQUIRE(request.input.has_value());
    CHECK(std::get<std::string>(*request.input) == "Write a one-sentence bedtime story about a unicorn.");

    openai::response response;
    response.id = "resp_1";
    std::string s = response.id;
    CHECK(s == "resp_1");
    openai::response_create_params follow_up{
        .model = "gpt-5-mini", .input = "Now make it rhyme.", .previous_response_id = response.id};
    CHECK(follow_up.previous_response_id == "resp_1");

    openai::easy_input_message_param question;
    question.role = "user";
    question.content = "What is the weather in Paris?";
    CHECK(question.type == "message");

    openai::function_tool_param get_weather;
    get_weather.name = "get_weather";
    get_weather.parameters = boost::json::object{{"type", "object"},
                                                 {"properties", {{"city", {{"type", "string"}}}}},
                                                 {"required", {"city"}},
                                                 {"additionalProperties", false}};
    get_weather.strict = true;
    openai::response_create_params with_tools{.model = "gpt-5-mini",
                                              .input = std::vector<openai::response_input_item_param>{question},
                                              .tools = {get_weather}};
    REQUIRE(with_tools.tools.size() == 1);
    CHECK(std::holds_alternative<openai::function_tool_param>(with_tools.tools[0]));
    const auto& items = std::get<std::vector<openai::response_input_item_param>>(*with_tools.input);
    REQUIRE(items.size() == 1);
    CHECK(std::holds_alternative<openai::easy_input_message_param>(items[0]));

    openai::response_function_tool_call made;
    made.name = "get_weather";
    made.arguments = R"({"city":"Paris"})";
    made.call_id = "call_1";
    response.output.push_back(made);
    int calls = 0;
    for (const openai::response_output_item& item : response.output)
        if (const auto* call = std::get_if<openai::response_function_tool_call>(&item))
        {
            std::string a = call->name + call->arguments;
            CHECK(a == R"(get_weather{"city":"Paris"})");
            openai::response_input_item_function_call_output_param result;
            result.call_id = call->call_id;
            result.output = "Sunny, 24 C";
            CHECK(result.type == "function_call_output");
            std::vector<openai::response_input_item_param> tool_outputs;
            tool_outputs.push_back(result);
            openai::response_create_params answer{
                .model = "gpt-5-mini", .input = tool_outputs, .previous_response_id = response.id};
            CHECK(std::get<std::vector<openai::response_input_item_param>>(*answer.input).size() == 1);
            ++calls;
        }
    CHECK(calls == 1);

    openai::response_stream_event event;
    event = openai::response_text_delta_event{.delta = "Once"};
    std::string d;
    if (const auto* delta = std::get_if<openai::response_text_delta_event>(&event))
        d = delta->delta;
    CHECK(d == "Once");

    openai::input_token_count_params count_request{.model = "gpt-5-mini", .input = "How many tokens is this?"};
    CHECK(count_request.model == "gpt-5-mini");
    openai::input_token_count_response count;
    std::int64_t n = count.input_tokens;
    CHECK(n == 0);

    openai::response_create_params long_job{
        .model = "gpt-5-mini", .input = "Write a long essay on recursion.", .background = true};
    CHECK(long_job.background == true);

    openai::conversation_create_params new_conversation{};
    CHECK(new_conversation.items.empty());
    openai::conversation conversation;
    conversation.id = "conv_1";
    openai::response_create_params in_conversation{
        .model = "gpt-5-mini", .input = "Remember: my favourite colour is green.", .conversation = conversation.id};
    REQUIRE(in_conversation.conversation.has_value());
    CHECK(std::get<std::string>(*in_conversation.conversation) == "conv_1");

    openai::conversation_item citem;
    openai::response_item ritem;
    CHECK(citem.index() == 0);
    CHECK(ritem.index() == 0);
}

TEST_CASE("constant tags are the members' defaults")
{
    CHECK(openai::function_tool_param{}.type == "function");
    CHECK(openai::response_function_tool_call{}.type == "function_call");
    CHECK(openai::easy_input_message_param{}.type == "message");
    CHECK(openai::response_text_delta_event{}.type == "response.output_text.delta");
    CHECK(openai::response{}.object == "response");
    CHECK(openai::conversation{}.object == "conversation");
}

TEST_CASE("operation params: model first, the main member second, options last and not described")
{
    const auto create = member_names<openai::response_create_params>();
    REQUIRE(create.size() >= 3);
    CHECK(create[0] == "model");
    CHECK(create[1] == "input");
    CHECK(std::is_sorted(create.begin() + 2, create.end()));
    const auto count = member_names<openai::input_token_count_params>();
    CHECK(count[0] == "model");
    CHECK(count[1] == "input");
    CHECK(member_names<openai::conversation_create_params>()[0] == "items");
    CHECK(std::is_same_v<decltype(openai::response_create_params::options), openai::request_options>);
    for (const auto& name : create)
        CHECK(name != "options");
}

TEST_CASE("operation results carry the raw answer, not described")
{
    CHECK(std::is_same_v<decltype(openai::response::raw_response), openai::raw_response>);
    CHECK(std::is_same_v<decltype(openai::conversation::raw_response), openai::raw_response>);
    CHECK(std::is_same_v<decltype(openai::input_token_count_response::raw_response), openai::raw_response>);
    for (const auto& name : member_names<openai::response>())
        CHECK(name != "raw_response");
}

TEST_CASE("read unions end with unknown_json and their tables reach every other alternative")
{
    // The spec's ResponseStreamEvent lists 58 events.
    CHECK(std::variant_size_v<openai::response_stream_event> == 58 + 1);
    CHECK(last_is_unknown<openai::response_stream_event>);
    CHECK(last_is_unknown<openai::response_output_item>);
    CHECK(last_is_unknown<openai::response_item>);
    CHECK(last_is_unknown<openai::conversation_item>);
    CHECK(last_is_unknown<openai::response_input_item>);
    CHECK(last_is_unknown<openai::tool>);
    CHECK(table_reaches_every_alternative<openai::response_stream_event>());
    CHECK(table_reaches_every_alternative<openai::response_output_item>());
    CHECK(table_reaches_every_alternative<openai::response_item>());
    CHECK(table_reaches_every_alternative<openai::conversation_item>());
    CHECK(table_reaches_every_alternative<openai::response_input_item>());
    CHECK(table_reaches_every_alternative<openai::response_input_item_param>());
    CHECK(table_reaches_every_alternative<openai::tool>());
    CHECK(openai::detail::json_union<openai::response_output_item>.key == "type");
    CHECK(case_index<openai::response_output_item>("function_call") ==
          index_of<openai::response_output_item, openai::response_function_tool_call>());
    CHECK(case_index<openai::response_stream_event>("response.output_text.delta") ==
          index_of<openai::response_stream_event, openai::response_text_delta_event>());
}

TEST_CASE("input items: three messages told apart by role, the easy message by default")
{
    using item = openai::response_input_item_param;
    constexpr auto table = openai::detail::json_union<item>;
    constexpr std::size_t easy = index_of<item, openai::easy_input_message_param>();
    CHECK(easy == 0);
    CHECK(table.second_key == "role");
    CHECK(table.missing_tag == easy);
    CHECK(case_index<item>("message") == easy);
    CHECK(case_index<item>("message", "assistant") == index_of<item, openai::response_output_message_param>());
    CHECK(case_index<item>("message", "developer") == index_of<item, openai::response_input_item_message_param>());
    // Item, a union inside the union, is flattened: its alternatives are the item's own.
    CHECK(index_of<item, openai::response_input_item_function_call_output_param>() != openai::detail::no_alternative);
}

TEST_CASE("several tag values select one alternative")
{
    using tool = openai::tool;
    const std::size_t web_search = case_index<tool>("web_search");
    CHECK(web_search != openai::detail::no_alternative);
    CHECK(case_index<tool>("web_search_2025_08_26") == web_search);
}

TEST_CASE("a union of a string and tagged objects takes the string first")
{
    using choice = std::remove_cvref_t<decltype(*openai::response_create_params{}.tool_choice)>;
    CHECK(std::is_same_v<std::variant_alternative_t<0, choice>, std::string>);
    choice c = std::string("auto");
    CHECK(std::get<std::string>(c) == "auto");
}

TEST_CASE("keys that are not C++ names are renamed; required nullable members are sent as null")
{
    CHECK(std::string_view(openai::detail::json_keys<openai::response_function_tool_call>) == "namespace_=namespace");
    openai::response_function_tool_call call;
    call.namespace_ = "functions";
    CHECK(call.namespace_ == "functions");
    const std::string_view send_null = openai::detail::json_send_null<openai::function_tool_param>;
    CHECK(send_null.find("strict") != std::string_view::npos);
    CHECK(send_null.find("parameters") != std::string_view::npos);
    CHECK(std::is_same_v<decltype(openai::function_tool_param::strict), std::optional<bool>>);
    CHECK(openai::detail::json_send_null<openai::function_tool> == nullptr);  // a read type sends nothing
}

TEST_CASE("compound filters nest")
{
    openai::compound_filter inner{.type = "or"};
    inner.filters.push_back(openai::comparison_filter{.type = "eq", .key = "region"});
    openai::compound_filter outer{.type = "and", .filters = {inner}};
    REQUIRE(outer.filters.size() == 1);
    const auto* nested = std::get_if<openai::compound_filter>(&outer.filters[0]);
    REQUIRE(nested != nullptr);
    CHECK(nested->filters.size() == 1);
}
