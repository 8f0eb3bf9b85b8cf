// The generated Responses and Conversations types against the spec itself: every example answer
// of their operations and every example stream event decodes into its type, by both routes of
// the reader; the same examples with unknown keys and unknown tags still decode; and what is
// sent follows the rules (unset members left out, required nullable members sent as null).
#include <openai/openai.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include "support/json_reader_check.hpp"

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace json = boost::json;

namespace {

const json::object& spec()
{
    static const json::value doc = [] {
        std::ifstream in(OPENAI_TESTS_DIR "/conformance/openai.prism.json", std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return json::parse(ss.str());
    }();
    return doc.as_object();
}

// The example answers of an operation that parse as JSON objects (some are SSE transcripts or
// placeholders, left out).
std::vector<std::string> example_answers(const json::object& operation)
{
    std::vector<std::string> out;
    const auto* meta = operation.if_contains("x-oaiMeta");
    if (!meta || !meta->is_object())
        return out;
    const auto* examples = meta->as_object().if_contains("examples");
    if (!examples)
        return out;
    auto take = [&](const json::value& example) {
        if (!example.is_object())
            return;
        const auto* answer = example.as_object().if_contains("response");
        if (!answer || !answer->is_string())
            return;
        json::error_code ec;
        const json::value parsed = json::parse(answer->as_string(), ec);
        if (!ec && parsed.is_object())
            out.emplace_back(answer->as_string());
    };
    if (examples->is_array())
        for (const auto& e : examples->as_array())
            take(e);
    else
        take(*examples);
    return out;
}

template <class T>
void check_decodes(const std::string& where, const std::string& text)
{
    INFO(where << ": " << text.substr(0, 300));
    const auto difference = openai_test::compare_readers<T>(text);
    CHECK_MESSAGE(!difference, difference.value_or(""));
    T out{};
    openai::detail::read_error err;
    openai::error_code ec;
    CHECK_MESSAGE(openai::detail::read_json_text(text, out, err, ec), err.to_string());
}

// Every object of `v` that is a struct gets an extra member (what a newer API adds must not break
// the reader); maps (metadata, ...) are left alone: a new key there is data, not a new member.
void add_unknown_keys(json::value& v, bool is_map = false)
{
    if (v.is_object())
    {
        for (auto& kv : v.as_object())
        {
            const std::string_view key = kv.key();
            add_unknown_keys(kv.value(), key == "metadata" || key == "attributes" || key.starts_with("categor"));
        }
        if (!is_map)
            v.as_object()["x_added_later"] = json::object{{"nested", json::array{1, "two", nullptr}}};
    }
    else if (v.is_array())
        for (auto& item : v.as_array())
            add_unknown_keys(item);
}

// The spec's example of response.queued gives `created_at` as a date string where its schema
// (and the API) has a number: the example is wrong, not the reader.
bool example_contradicts_its_schema(std::string_view schema)
{
    return schema == "#/components/schemas/ResponseQueuedEvent";
}

using checker = std::function<void(const std::string&, const std::string&)>;

const std::map<std::string, checker>& result_checkers()
{
    static const std::map<std::string, checker> checkers = {
        {"createResponse", check_decodes<openai::response>},
        // responses.del completes with no value: the SDK reads no body.
        {"deleteResponse", [](const std::string&, const std::string& text) { CHECK(json::parse(text).is_object()); }},
        {"getResponse", check_decodes<openai::response>},
        {"cancelResponse", check_decodes<openai::response>},
        {"listInputItems", check_decodes<openai::page<openai::response_item>>},
        {"Getinputtokencounts", check_decodes<openai::input_token_count_response>},
        {"Compactconversation", check_decodes<openai::compacted_response>},
        {"createConversation", check_decodes<openai::conversation>},
        {"getConversation", check_decodes<openai::conversation>},
        {"updateConversation", check_decodes<openai::conversation>},
        {"deleteConversation", check_decodes<openai::conversation_deleted_resource>},
        {"createConversationItems", check_decodes<openai::conversation_item_list>},
        {"listConversationItems", check_decodes<openai::page<openai::conversation_item>>},
        {"getConversationItem", check_decodes<openai::conversation_item>},
        {"deleteConversationItem", check_decodes<openai::conversation>},
    };
    return checkers;
}

}  // namespace

TEST_CASE("every example answer of the Responses and Conversations operations decodes, with unknown keys too")
{
    std::size_t answers = 0;
    for (const auto& [path, item] : spec().at("paths").as_object())
    {
        if (path.find("/responses") != 0 && path.find("/v1/responses") != 0 && path.find("/conversations") != 0 &&
            path.find("/v1/conversations") != 0)
            continue;
        for (const auto& [method, op] : item.as_object())
        {
            if (!op.is_object() || !op.as_object().contains("operationId"))
                continue;
            const std::string id(op.at("operationId").as_string());
            const auto checker = result_checkers().find(id);
            const auto examples = example_answers(op.as_object());
            if (checker == result_checkers().end())
            {
                CHECK_MESSAGE(examples.empty(), id << " has example answers but no type to read them");
                continue;
            }
            for (const auto& text : examples)
            {
                checker->second(id, text);
                json::value mutated = json::parse(text);
                add_unknown_keys(mutated);
                checker->second(id + " (unknown keys)", json::serialize(mutated));
                ++answers;
            }
        }
    }
    CHECK(answers >= 10);
}

TEST_CASE("every example stream event decodes into its own alternative, and unknown ones into unknown_json")
{
    const auto& schemas = spec().at("components").as_object().at("schemas").as_object();
    std::size_t events = 0;
    for (const auto& alternative : schemas.at("ResponseStreamEvent").as_object().at("anyOf").as_array())
    {
        const std::string ref(alternative.at("$ref").as_string());
        const auto& schema = schemas.at(ref.substr(ref.rfind('/') + 1)).as_object();
        const auto* meta = schema.if_contains("x-oaiMeta");
        if (!meta || !meta->as_object().contains("example"))
            continue;
        const std::string text(meta->at("example").as_string());
        json::error_code ec;
        const json::value parsed = json::parse(text, ec);
        if (ec || example_contradicts_its_schema(ref))
            continue;  // a few examples are not JSON
        INFO(ref);
        check_decodes<openai::response_stream_event>(ref, text);
        openai::response_stream_event event;
        openai::detail::read_error err;
        openai::error_code parse_ec;
        REQUIRE(openai::detail::read_json_text(text, event, err, parse_ec));
        CHECK_FALSE(std::holds_alternative<openai::unknown_json>(event));
        // The alternative holds the tag it was read with.
        std::visit(
            [&](const auto& e) {
                if constexpr (requires { e.type; })
                    CHECK(e.type == parsed.at("type").as_string());
            },
            event);
        ++events;
    }
    CHECK(events >= 40);

    openai::response_stream_event future;
    openai::detail::read_error err;
    openai::error_code ec;
    const std::string text = R"({"type":"response.hologram.delta","sequence_number":7,"delta":{"x":1}})";
    REQUIRE(openai::detail::read_json_text(text, future, err, ec));
    REQUIRE(std::holds_alternative<openai::unknown_json>(future));
    CHECK(std::get<openai::unknown_json>(future).type == "response.hologram.delta");
    CHECK(std::get<openai::unknown_json>(future).json.at("sequence_number") == 7);
}

TEST_CASE("a response with output items the SDK does not know still decodes; output_text() joins the text")
{
    const std::string text = R"({
      "id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m",
      "output": [
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "thought"}]},
        {"type": "hologram_call", "id": "hc_1", "payload": {"beam": true}},
        {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": "Hello, ", "annotations": []},
                     {"type": "sparkle", "text": "ignored"},
                     {"type": "output_text", "text": "world.", "annotations": []}]},
        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
         "arguments": "{\"city\":\"Paris\"}", "status": "completed"}
      ],
      "tools": [{"type": "function", "name": "get_weather", "parameters": {}, "strict": true},
                {"type": "teleport", "range": 3}],
      "parallel_tool_calls": true, "tool_choice": "auto"
    })";
    check_decodes<openai::response>("mixed output", text);
    openai::response r;
    openai::detail::read_error err;
    openai::error_code ec;
    REQUIRE(openai::detail::read_json_text(text, r, err, ec));
    REQUIRE(r.output.size() == 4);
    CHECK(std::holds_alternative<openai::response_reasoning_item>(r.output[0]));
    REQUIRE(std::holds_alternative<openai::unknown_json>(r.output[1]));
    CHECK(std::get<openai::unknown_json>(r.output[1]).type == "hologram_call");
    const auto* call = std::get_if<openai::response_function_tool_call>(&r.output[3]);
    REQUIRE(call);
    CHECK(call->name == "get_weather");
    CHECK(call->call_id == "call_1");
    CHECK(r.output_text() == "Hello, world.");
    REQUIRE(r.tools.size() == 2);
    CHECK(std::holds_alternative<openai::unknown_json>(r.tools[1]));
}

TEST_CASE("what is sent: unset members left out, required nullable members of a tool sent as null")
{
    openai::function_tool_param tool;
    tool.name = "get_weather";
    const json::value written = openai::detail::to_json(tool);
    CHECK(written.at("type") == "function");
    CHECK(written.at("name") == "get_weather");
    CHECK(written.as_object().contains("strict"));
    CHECK(written.at("strict").is_null());
    CHECK(written.at("parameters").is_null());
    CHECK_FALSE(written.as_object().contains("description"));

    tool.strict = true;
    tool.parameters = json::object{{"type", "object"}};
    const json::value set = openai::detail::to_json(tool);
    CHECK(set.at("strict") == true);
    CHECK(set.at("parameters").at("type") == "object");

    openai::response_create_params request{.model = "gpt-5-mini", .input = "Hi"};
    const json::value body = openai::detail::to_json(request);
    CHECK(body == json::parse(R"({"model":"gpt-5-mini","input":"Hi"})"));
}

TEST_CASE("to_input_items: output items become their input twins, unknown ones pass on as they came")
{
    const std::string text = R"({
      "id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m",
      "output": [
        {"type": "reasoning", "id": "rs_1", "encrypted_content": "opaque==",
         "summary": [{"type": "summary_text", "text": "thought"}]},
        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "f", "arguments": "{}",
         "status": "completed"},
        {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": "Hi", "annotations": []}]},
        {"type": "hologram_call", "id": "hc_1", "beam": true}
      ],
      "tools": [], "parallel_tool_calls": true, "tool_choice": "auto"
    })";
    openai::response r;
    openai::detail::read_error err;
    openai::error_code ec;
    REQUIRE(openai::detail::read_json_text(text, r, err, ec));
    const auto items = openai::to_input_items(r);
    REQUIRE(items.size() == 4);
    const auto* reasoning = std::get_if<openai::response_reasoning_item_param>(&items[0]);
    REQUIRE(reasoning);
    CHECK(reasoning->encrypted_content == "opaque==");
    CHECK(std::holds_alternative<openai::response_function_tool_call_param>(items[1]));
    CHECK(std::holds_alternative<openai::response_output_message_param>(items[2]));
    REQUIRE(std::holds_alternative<openai::unknown_json>(items[3]));
    CHECK(std::get<openai::unknown_json>(items[3]).json.at("beam") == true);
    // What is sent is what was received, item by item.
    for (std::size_t i = 0; i < items.size(); ++i)
        CHECK(openai::detail::to_json(items[i]) == openai::detail::to_json(r.output[i]));
}
