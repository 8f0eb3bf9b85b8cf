// Tests of the Responses and Conversations routes of openai::testing::server
// (responses_routes.hpp), driven by a plain synchronous Beast client: the answers' shapes follow
// the API's schemas, and what the routes store can be read back.
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using openai::testing::server;

namespace {

using message = http::response<http::string_body>;

/// A blocking HTTP/1.1 client on one connection, with a server carrying the default routes.
struct fixture
{
    server s;
    asio::io_context ioc;
    tcp::socket socket{ioc};
    beast::flat_buffer buffer;

    fixture()
    {
        openai::testing::add_openai_routes(s);
        socket.connect({asio::ip::make_address("127.0.0.1"), s.port()});
    }

    message call(http::verb method, const std::string& target, std::string body = {})
    {
        http::request<http::string_body> req(method, target, 11);
        req.set(http::field::host, "127.0.0.1");
        if (!body.empty())
            req.set(http::field::content_type, "application/json");
        req.body() = std::move(body);
        req.prepare_payload();
        http::write(socket, req);
        message res;
        http::read(socket, buffer, res);
        return res;
    }

    /// The JSON object answered, after checking the status.
    json::object json_call(http::verb method, const std::string& target, std::string body = {}, unsigned status = 200)
    {
        auto res = call(method, target, std::move(body));
        INFO(method << " " << target << " answered: " << res.body());
        CHECK(res.result_int() == status);
        auto v = json::parse(res.body());
        REQUIRE(v.is_object());
        return v.as_object();
    }

    json::object post(const std::string& target, std::string body, unsigned status = 200)
    {
        return json_call(http::verb::post, target, std::move(body), status);
    }
    json::object get(const std::string& target, unsigned status = 200)
    {
        return json_call(http::verb::get, target, {}, status);
    }
    json::object del(const std::string& target, unsigned status = 200)
    {
        return json_call(http::verb::delete_, target, {}, status);
    }
};

void check_error(const json::object& body, std::string_view type, std::string_view code, std::string_view param = {})
{
    INFO("error: " << json::serialize(body));
    REQUIRE(body.contains("error"));
    const auto& e = body.at("error").as_object();
    CHECK(e.at("message").is_string());
    CHECK(e.at("type").as_string() == type);
    if (code.empty())
        CHECK(e.at("code").is_null());
    else
        CHECK(e.at("code").as_string() == code);
    if (param.empty())
        CHECK(e.contains("param"));
    else
        CHECK(e.at("param").as_string() == param);
}

/// Every key the spec's `Response` schema requires, and the usage's.
void check_response_shape(const json::object& r)
{
    INFO("response: " << json::serialize(r));
    for (const char* key :
         {"id", "object", "created_at", "error", "incomplete_details", "instructions", "model", "tools", "output",
          "parallel_tool_calls", "metadata", "tool_choice", "temperature", "top_p", "status"})
        CHECK_MESSAGE(r.contains(key), key);
    CHECK(r.at("object") == "response");
    CHECK(std::string_view(r.at("id").as_string()).starts_with("resp_"));
    if (!r.at("usage").is_null())
    {
        const auto& u = r.at("usage").as_object();
        CHECK(u.at("input_tokens").as_int64() > 0);
        CHECK(u.at("total_tokens").as_int64() == u.at("input_tokens").as_int64() + u.at("output_tokens").as_int64());
        CHECK(u.at("input_tokens_details").at("cached_tokens") == 0);
        CHECK(u.at("input_tokens_details").as_object().contains("cache_write_tokens"));
        CHECK(u.at("output_tokens_details").at("reasoning_tokens") == 0);
    }
}

/// The text of the first output item, a completed assistant message with one output_text part.
std::string output_text(const json::object& r)
{
    INFO("response: " << json::serialize(r));
    const auto& item = r.at("output").as_array().at(0).as_object();
    CHECK(item.at("type") == "message");
    CHECK(item.at("role") == "assistant");
    CHECK(std::string_view(item.at("id").as_string()).starts_with("msg_"));
    const auto& part = item.at("content").as_array().at(0).as_object();
    CHECK(part.at("type") == "output_text");
    CHECK(part.at("annotations").as_array().empty());
    CHECK(part.at("logprobs").as_array().empty());
    return std::string(part.at("text").as_string());
}

struct event
{
    std::string name;
    json::object data;
};

/// The named events of a Responses stream; checks the framing and the sequence numbers.
std::vector<event> events_of(const message& res)
{
    CHECK(res.result_int() == 200);
    CHECK(std::string_view(res[http::field::content_type]).starts_with("text/event-stream"));
    std::vector<event> out;
    const std::string& body = res.body();
    for (std::size_t pos = 0; pos < body.size();)
    {
        auto end = body.find("\n\n", pos);
        REQUIRE(end != std::string::npos);
        std::string block = body.substr(pos, end - pos);
        pos = end + 2;
        INFO("event: " << block);
        REQUIRE(block.starts_with("event: "));
        auto newline = block.find('\n');
        REQUIRE(newline != std::string::npos);
        REQUIRE(block.compare(newline + 1, 6, "data: ") == 0);
        event e{block.substr(7, newline - 7), json::parse(block.substr(newline + 7)).as_object()};
        CHECK(e.data.at("type").as_string() == e.name);
        CHECK(e.data.at("sequence_number") == std::int64_t(out.size()));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> names(const std::vector<event>& events)
{
    std::vector<std::string> out;
    for (const auto& e : events)
        out.push_back(e.name);
    return out;
}

}  // namespace

TEST_CASE("responses routes: create echoes the last user text, with every required key")
{
    fixture f;
    auto r = f.post("/v1/responses", R"({"model":"gpt-4o-mini","input":"Hello there"})");
    check_response_shape(r);
    CHECK(r.at("id") == "resp_1");
    CHECK(r.at("status") == "completed");
    CHECK(r.at("model") == "gpt-4o-mini");
    CHECK(r.at("error").is_null());
    CHECK(r.at("incomplete_details").is_null());
    CHECK(r.at("instructions").is_null());
    CHECK(r.at("previous_response_id").is_null());
    CHECK(r.at("tools").as_array().empty());
    CHECK(r.at("tool_choice") == "auto");
    CHECK(r.at("parallel_tool_calls") == true);
    CHECK(r.at("text").at("format").at("type") == "text");
    CHECK(r.at("truncation") == "disabled");
    CHECK(r.at("metadata").as_object().empty());
    CHECK(r.at("store") == true);
    CHECK(r.at("completed_at") == r.at("created_at"));
    CHECK(output_text(r) == "You said: Hello there");
    CHECK(r.at("output").at(0).at("status") == "completed");
    CHECK(r.at("output").at(0).at("id") == "msg_2");  // msg_1 is the input message

    // Items: the last user message counts, its input_text parts joined; settings are echoed.
    auto items = f.post("/v1/responses", R"({"model":"m","instructions":"Be brief.","temperature":0.5,
        "metadata":{"k":"v"},"input":[{"role":"user","content":"first"},
        {"role":"assistant","content":"ok"},{"type":"message","role":"user",
        "content":[{"type":"input_text","text":"one"},{"type":"input_text","text":"two"}]}]})");
    check_response_shape(items);
    CHECK(items.at("id") == "resp_2");
    CHECK(output_text(items) == "You said: one\ntwo");
    CHECK(items.at("instructions") == "Be brief.");
    CHECK(items.at("temperature").as_double() == 0.5);
    CHECK(items.at("metadata").at("k") == "v");

    // max_output_tokens too small: cut short, incomplete.
    auto cut = f.post("/v1/responses", R"({"model":"m","input":"a rather long sentence here","max_output_tokens":2})");
    CHECK(cut.at("status") == "incomplete");
    CHECK(cut.at("incomplete_details").at("reason") == "max_output_tokens");
    CHECK(cut.at("output").at(0).at("content").at(0).at("text") == "You said");

    // Structured output: JSON from the schema.
    auto structured = f.post("/v1/responses", R"({"model":"m","input":"Tell me about Rome",
        "text":{"format":{"type":"json_schema","name":"city","schema":{"type":"object",
        "properties":{"name":{"type":"string"},"population":{"type":"integer"}},
        "required":["name","population"]}}}})");
    CHECK(json::parse(output_text(structured)) == json::parse(R"({"name":"Rome","population":1})"));
}

TEST_CASE("responses routes: previous_response_id must name a stored response")
{
    fixture f;
    auto first = f.post("/v1/responses", R"({"model":"m","input":"remember me"})");
    auto second = f.post("/v1/responses", R"({"model":"m","previous_response_id":"resp_1","input":"and now?"})");
    CHECK(second.at("previous_response_id") == "resp_1");
    CHECK(output_text(second) == "You said: and now?");
    // Without input, the history's last user text is echoed.
    auto third = f.post("/v1/responses", R"({"model":"m","previous_response_id":"resp_2"})");
    CHECK(output_text(third) == "You said: and now?");
    CHECK(third.at("usage").at("input_tokens").as_int64() > first.at("usage").at("input_tokens").as_int64());

    auto missing = f.post("/v1/responses", R"({"model":"m","previous_response_id":"resp_404","input":"x"})", 404);
    check_error(missing, "invalid_request_error", "previous_response_not_found", "previous_response_id");
    CHECK(missing.at("error").at("message") == "Previous response with id 'resp_404' not found.");
    // A refused request uses no id.
    CHECK(f.post("/v1/responses", R"({"model":"m","input":"x"})").at("id") == "resp_4");
}

TEST_CASE("responses routes: a function call, then the tool's output")
{
    fixture f;
    const std::string tools = R"("tools":[{"type":"function","name":"get_weather","description":"Weather",
        "parameters":{"type":"object","properties":{"city":{"type":"string"},
        "unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city","unit"]}}])";
    auto call = f.post("/v1/responses", R"({"model":"m",)" + tools + R"(,"input":"What is the weather in Paris?"})");
    check_response_shape(call);
    REQUIRE(call.at("output").as_array().size() == 1);
    const auto& item = call.at("output").at(0).as_object();
    CHECK(item.at("type") == "function_call");
    CHECK(item.at("id") == "fc_1");
    CHECK(item.at("call_id") == "call_1");
    CHECK(item.at("name") == "get_weather");
    CHECK(item.at("status") == "completed");
    CHECK(json::parse(item.at("arguments").as_string()) == json::parse(R"({"city":"Paris","unit":"celsius"})"));
    CHECK(call.at("tools").at(0).at("name") == "get_weather");

    // Unrelated text: no call. The tool's name: a call. tool_choice "none": no call.
    CHECK(output_text(f.post("/v1/responses", R"({"model":"m",)" + tools + R"(,"input":"hi"})")) == "You said: hi");
    CHECK(f.post("/v1/responses", R"({"model":"m",)" + tools + R"(,"input":"use get_weather"})")
              .at("output")
              .at(0)
              .at("type") == "function_call");
    CHECK(output_text(
              f.post("/v1/responses", R"({"model":"m",)" + tools + R"(,"tool_choice":"none","input":"weather?"})")) ==
          "You said: weather?");

    // The caller sends the result back.
    auto answer = f.post("/v1/responses", R"({"model":"m","previous_response_id":"resp_1",)" + tools + R"(,
        "input":[{"type":"function_call_output","call_id":"call_1","output":"{\"temp\":21}"}]})");
    CHECK(output_text(answer) == R"(The tool said: {"temp":21})");
    auto inputs = f.get("/v1/responses/" + std::string(answer.at("id").as_string()) + "/input_items");
    CHECK(inputs.at("data").at(0).at("type") == "function_call_output");
    CHECK(inputs.at("data").at(0).at("call_id") == "call_1");
    CHECK(std::string_view(inputs.at("data").at(0).at("id").as_string()).starts_with("fco_"));
}

TEST_CASE("responses routes: retrieve, delete, store false, unknown ids")
{
    fixture f;
    auto created = f.post("/v1/responses", R"({"model":"m","input":"keep this"})");
    CHECK(f.get("/v1/responses/resp_1") == created);
    auto deleted = f.del("/v1/responses/resp_1");
    CHECK(deleted == json::parse(R"({"id":"resp_1","object":"response","deleted":true})"));
    check_error(f.get("/v1/responses/resp_1", 404), "invalid_request_error", "");
    check_error(f.del("/v1/responses/resp_1", 404), "invalid_request_error", "");
    check_error(f.get("/v1/responses/resp_9/input_items", 404), "invalid_request_error", "");
    check_error(f.post("/v1/responses/resp_9/cancel", "", 404), "invalid_request_error", "");

    auto unstored = f.post("/v1/responses", R"({"model":"m","input":"forget this","store":false})");
    CHECK(unstored.at("store") == false);
    CHECK(output_text(unstored) == "You said: forget this");
    check_error(f.get("/v1/responses/" + std::string(unstored.at("id").as_string()), 404), "invalid_request_error", "");
}

TEST_CASE("responses routes: input_items is a cursor page")
{
    fixture f;
    f.post("/v1/responses", R"({"model":"m","input":[{"role":"user","content":"a"},{"role":"user","content":"b"},
        {"role":"user","content":"c"},{"role":"developer","content":"d"}]})");
    // msg_1 .. msg_4 are the input; desc is the default order.
    auto all = f.get("/v1/responses/resp_1/input_items");
    CHECK(all.at("object") == "list");
    REQUIRE(all.at("data").as_array().size() == 4);
    CHECK(all.at("first_id") == "msg_4");
    CHECK(all.at("last_id") == "msg_1");
    CHECK(all.at("has_more") == false);
    const auto& item = all.at("data").at(3).as_object();
    CHECK(item.at("type") == "message");
    CHECK(item.at("role") == "user");
    CHECK(item.at("content") == json::parse(R"([{"type":"input_text","text":"a"}])"));

    auto page1 = f.get("/v1/responses/resp_1/input_items?limit=2&order=asc");
    CHECK(page1.at("first_id") == "msg_1");
    CHECK(page1.at("last_id") == "msg_2");
    CHECK(page1.at("has_more") == true);
    auto page2 = f.get("/v1/responses/resp_1/input_items?limit=2&order=asc&after=msg_2");
    CHECK(page2.at("first_id") == "msg_3");
    CHECK(page2.at("last_id") == "msg_4");
    CHECK(page2.at("has_more") == false);
    auto desc = f.get("/v1/responses/resp_1/input_items?limit=1&after=msg_3");
    CHECK(desc.at("first_id") == "msg_2");
    CHECK(desc.at("has_more") == true);
    auto past = f.get("/v1/responses/resp_1/input_items?after=msg_1");
    CHECK(past.at("data").as_array().empty());
    CHECK(past.at("first_id").is_null());

    check_error(f.get("/v1/responses/resp_1/input_items?limit=0", 400), "invalid_request_error", "invalid_value",
                "limit");
    check_error(f.get("/v1/responses/resp_1/input_items?order=up", 400), "invalid_request_error", "invalid_value",
                "order");
}

TEST_CASE("responses routes: background responses stay queued until cancelled")
{
    fixture f;
    auto queued = f.post("/v1/responses", R"({"model":"m","input":"later","background":true})");
    check_response_shape(queued);
    CHECK(queued.at("status") == "queued");
    CHECK(queued.at("background") == true);
    CHECK(queued.at("output").as_array().empty());
    CHECK(f.get("/v1/responses/resp_1").at("status") == "queued");
    auto cancelled = f.post("/v1/responses/resp_1/cancel", "");
    CHECK(cancelled.at("status") == "cancelled");
    CHECK(f.get("/v1/responses/resp_1").at("status") == "cancelled");

    f.post("/v1/responses", R"({"model":"m","input":"now"})");
    check_error(f.post("/v1/responses/resp_2/cancel", "", 400), "invalid_request_error", "");
    check_error(f.post("/v1/responses", R"({"model":"m","input":"x","background":true,"store":false})", 400),
                "invalid_request_error", "invalid_value");
}

TEST_CASE("responses routes: a streamed response is named events in order")
{
    fixture f;
    auto events = events_of(f.call(http::verb::post, "/v1/responses",
                                   R"({"model":"m","instructions":"Be nice.","input":"hi there you","stream":true})"));
    std::vector<std::string> expected{"response.created", "response.in_progress", "response.output_item.added",
                                      "response.content_part.added"};
    for (int i = 0; i < 5; ++i)  // "You said: hi there you" in pieces: "You ", "said: ", "hi ", "there ", "you"
        expected.emplace_back("response.output_text.delta");
    for (const char* name :
         {"response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"})
        expected.emplace_back(name);
    CHECK(names(events) == expected);
    CHECK(
        f.call(http::verb::post, "/v1/responses", R"({"model":"m","input":"x","stream":true})").body().find("[DONE]") ==
        std::string::npos);

    const auto& created = events.at(0).data.at("response").as_object();
    check_response_shape(created);
    CHECK(created.at("status") == "in_progress");
    CHECK(created.at("output").as_array().empty());
    CHECK(created.at("instructions") == "Be nice.");
    const auto& added = events.at(2).data;
    CHECK(added.at("output_index") == 0);
    CHECK(added.at("item").at("status") == "in_progress");
    CHECK(added.at("item").at("content").as_array().empty());
    std::string item_id(added.at("item").at("id").as_string());
    std::string text;
    for (const auto& e : events)
        if (e.name == "response.output_text.delta")
        {
            CHECK(e.data.at("item_id").as_string() == item_id);
            CHECK(e.data.at("output_index") == 0);
            CHECK(e.data.at("content_index") == 0);
            CHECK(e.data.at("logprobs").as_array().empty());
            text += e.data.at("delta").as_string();
        }
    CHECK(text == "You said: hi there you");
    CHECK(events.at(events.size() - 4).data.at("text").as_string() == text);
    CHECK(events.at(events.size() - 3).data.at("part").at("text").as_string() == text);
    CHECK(events.at(events.size() - 2).data.at("item").at("status") == "completed");
    const auto& completed = events.back().data.at("response").as_object();
    check_response_shape(completed);
    CHECK(completed.at("status") == "completed");
    CHECK(completed.at("id") == created.at("id"));
    CHECK(output_text(completed) == text);
    // Stored as completed.
    CHECK(f.get("/v1/responses/" + std::string(completed.at("id").as_string())) == completed);
}

TEST_CASE("responses routes: a streamed function call")
{
    fixture f;
    auto events = events_of(f.call(http::verb::post, "/v1/responses", R"({"model":"m","stream":true,
        "tools":[{"type":"function","name":"lookup","parameters":{"type":"object",
        "properties":{"query":{"type":"string"}},"required":["query"]}}],"input":"lookup Ada Lovelace please"})"));
    REQUIRE(events.size() >= 6);
    CHECK(events.at(2).name == "response.output_item.added");
    CHECK(events.at(2).data.at("item").at("type") == "function_call");
    CHECK(events.at(2).data.at("item").at("arguments") == "");
    std::string args;
    std::size_t i = 3;
    for (; events.at(i).name == "response.function_call_arguments.delta"; ++i)
    {
        CHECK(events.at(i).data.at("item_id") == "fc_1");
        args += events.at(i).data.at("delta").as_string();
    }
    CHECK(i > 4);  // several pieces
    CHECK(json::parse(args) == json::parse(R"({"query":"Ada Lovelace"})"));
    CHECK(events.at(i).name == "response.function_call_arguments.done");
    CHECK(events.at(i).data.at("arguments").as_string() == args);
    CHECK(events.at(i).data.at("name") == "lookup");
    CHECK(events.at(i + 1).name == "response.output_item.done");
    CHECK(events.at(i + 1).data.at("item").at("arguments").as_string() == args);
    CHECK(events.at(i + 2).name == "response.completed");
    CHECK(events.size() == i + 3);
}

TEST_CASE("responses routes: streams that fail")
{
    fixture f;
    auto failed = events_of(f.call(http::verb::post, "/v1/responses", R"({"model":"m","input":"fail","stream":true})"));
    CHECK(names(failed) == std::vector<std::string>{"response.created", "response.in_progress", "response.failed"});
    const auto& r = failed.back().data.at("response").as_object();
    check_response_shape(r);
    CHECK(r.at("status") == "failed");
    CHECK(r.at("error").at("code") == "server_error");
    CHECK(r.at("error").at("message").is_string());

    auto errored =
        events_of(f.call(http::verb::post, "/v1/responses", R"({"model":"m","input":"error event","stream":true})"));
    CHECK(names(errored) == std::vector<std::string>{"response.created", "response.in_progress", "error"});
    const auto& e = errored.back().data;
    CHECK(e.at("code") == "server_error");
    CHECK(e.at("message").is_string());
    CHECK(e.at("param").is_null());
    CHECK(e.at("sequence_number") == 2);
}

TEST_CASE("responses routes: input_tokens and compact")
{
    fixture f;
    auto tokens = f.post("/v1/responses/input_tokens", R"({"model":"m","input":"Tell me a joke about compilers."})");
    CHECK(tokens.at("object") == "response.input_tokens");
    CHECK(tokens.at("input_tokens").as_int64() > 0);
    CHECK(tokens.size() == 2);
    auto more =
        f.post("/v1/responses/input_tokens",
               R"({"model":"m","instructions":"Be terse and precise.","input":"Tell me a joke about compilers."})");
    CHECK(more.at("input_tokens").as_int64() > tokens.at("input_tokens").as_int64());
    // Counting stores nothing and uses no id.
    CHECK(f.post("/v1/responses", R"({"model":"m","input":"x"})").at("output").at(0).at("id") == "msg_2");

    auto compacted = f.post("/v1/responses/compact", R"({"model":"m","previous_response_id":"resp_1",
        "input":[{"role":"user","content":"next"}]})");
    CHECK(compacted.at("object") == "response.compaction");
    CHECK(std::string_view(compacted.at("id").as_string()).starts_with("resp_"));
    const auto& output = compacted.at("output").as_array();
    REQUIRE(output.size() == 3);  // the two user messages, then the compaction of the rest
    CHECK(output.at(0).at("role") == "user");
    CHECK(output.at(1).at("content").at(0).at("text") == "next");
    CHECK(output.at(2).at("type") == "compaction");
    CHECK(output.at(2).at("encrypted_content").as_string().size() > 0);
    CHECK(compacted.at("usage").at("total_tokens").as_int64() > 0);
    check_error(f.post("/v1/responses/compact", R"({"input":"x"})", 400), "invalid_request_error",
                "missing_required_parameter", "model");
}

TEST_CASE("responses routes: bad requests get OpenAI-shaped errors")
{
    fixture f;
    check_error(f.post("/v1/responses", R"({"input":"x"})", 400), "invalid_request_error", "missing_required_parameter",
                "model");
    check_error(f.post("/v1/responses", R"({"model":3,"input":"x"})", 400), "invalid_request_error", "invalid_type",
                "model");
    check_error(f.post("/v1/responses", R"({"model":"m","input":42})", 400), "invalid_request_error", "invalid_type",
                "input");
    check_error(f.post("/v1/responses", R"({"model":"m","input":[1]})", 400), "invalid_request_error", "invalid_type",
                "input[0]");
    check_error(f.post("/v1/responses", R"({"model":"m","input":[{"role":"robot","content":"x"}]})", 400),
                "invalid_request_error", "invalid_value", "input[0].role");
    check_error(f.post("/v1/responses", "{not json", 400), "invalid_request_error", "");
    check_error(f.post("/v1/responses", R"({"model":"m","input":"x","conversation":"conv_9"})", 404),
                "invalid_request_error", "", "conversation");
    // None of these used an id.
    CHECK(f.post("/v1/responses", R"({"model":"m","input":"x"})").at("id") == "resp_1");
}

TEST_CASE("conversations routes: create, retrieve, update, delete")
{
    fixture f;
    auto conv = f.post("/v1/conversations", R"({"metadata":{"topic":"demo"}})");
    CHECK(conv.at("id") == "conv_1");
    CHECK(conv.at("object") == "conversation");
    CHECK(conv.at("created_at").as_int64() > 1700000000);
    CHECK(conv.at("metadata") == json::parse(R"({"topic":"demo"})"));
    CHECK(conv.size() == 4);
    CHECK(f.get("/v1/conversations/conv_1") == conv);

    auto updated = f.post("/v1/conversations/conv_1", R"({"metadata":{"topic":"project-x"}})");
    CHECK(updated.at("metadata").at("topic") == "project-x");
    CHECK(f.get("/v1/conversations/conv_1").at("metadata").at("topic") == "project-x");
    check_error(f.post("/v1/conversations/conv_1", R"({})", 400), "invalid_request_error", "missing_required_parameter",
                "metadata");

    auto empty = f.post("/v1/conversations", "");
    CHECK(empty.at("id") == "conv_2");
    CHECK(empty.at("metadata").as_object().empty());

    CHECK(f.del("/v1/conversations/conv_1") ==
          json::parse(R"({"id":"conv_1","object":"conversation.deleted","deleted":true})"));
    check_error(f.get("/v1/conversations/conv_1", 404), "invalid_request_error", "");
    check_error(f.del("/v1/conversations/conv_1", 404), "invalid_request_error", "");
    check_error(f.post("/v1/conversations/conv_1", R"({"metadata":{}})", 404), "invalid_request_error", "");
    check_error(f.post("/v1/conversations", R"({"metadata":"x"})", 400), "invalid_request_error", "invalid_type");
}

TEST_CASE("conversations routes: items")
{
    fixture f;
    f.post("/v1/conversations", R"({"items":[{"type":"message","role":"user","content":"Hello!"}]})");
    auto added = f.post("/v1/conversations/conv_1/items", R"({"items":[
        {"type":"message","role":"user","content":[{"type":"input_text","text":"How are you?"}]},
        {"role":"assistant","content":"Fine."}]})");
    CHECK(added.at("object") == "list");
    REQUIRE(added.at("data").as_array().size() == 2);
    CHECK(added.at("first_id") == "msg_2");
    CHECK(added.at("last_id") == "msg_3");
    CHECK(added.at("has_more") == false);
    const auto& reply = added.at("data").at(1).as_object();
    CHECK(reply.at("status") == "completed");
    CHECK(reply.at("content").at(0).at("type") == "output_text");

    auto listed = f.get("/v1/conversations/conv_1/items");  // desc by default
    REQUIRE(listed.at("data").as_array().size() == 3);
    CHECK(listed.at("first_id") == "msg_3");
    CHECK(listed.at("last_id") == "msg_1");
    auto asc = f.get("/v1/conversations/conv_1/items?order=asc&limit=1&after=msg_1");
    CHECK(asc.at("first_id") == "msg_2");
    CHECK(asc.at("has_more") == true);

    auto item = f.get("/v1/conversations/conv_1/items/msg_1");
    CHECK(item == json::parse(R"({"id":"msg_1","type":"message","status":"completed","role":"user",
        "content":[{"type":"input_text","text":"Hello!"}]})"));
    auto after_delete = f.del("/v1/conversations/conv_1/items/msg_1");
    CHECK(after_delete.at("object") == "conversation");
    CHECK(after_delete.at("id") == "conv_1");
    check_error(f.get("/v1/conversations/conv_1/items/msg_1", 404), "invalid_request_error", "");
    check_error(f.del("/v1/conversations/conv_1/items/msg_1", 404), "invalid_request_error", "");
    CHECK(f.get("/v1/conversations/conv_1/items").at("data").as_array().size() == 2);

    check_error(f.post("/v1/conversations/conv_1/items", R"({})", 400), "invalid_request_error",
                "missing_required_parameter", "items");
    check_error(f.post("/v1/conversations/conv_9/items", R"({"items":[]})", 404), "invalid_request_error", "");
    check_error(f.get("/v1/conversations/conv_9/items", 404), "invalid_request_error", "");
}

TEST_CASE("conversations routes: a response in a conversation appends its input and output")
{
    fixture f;
    f.post("/v1/conversations", R"({"items":[{"role":"user","content":"My name is Ada."}]})");
    auto r = f.post("/v1/responses", R"({"model":"m","conversation":"conv_1","input":"What is my name?"})");
    CHECK(r.at("conversation") == json::parse(R"({"id":"conv_1"})"));
    CHECK(output_text(r) == "You said: What is my name?");
    auto items = f.get("/v1/conversations/conv_1/items?order=asc");
    REQUIRE(items.at("data").as_array().size() == 3);
    CHECK(items.at("data").at(1).at("content").at(0).at("text") == "What is my name?");
    CHECK(items.at("data").at(2).at("role") == "assistant");
    CHECK(items.at("data").at(2) == r.at("output").at(0));

    // The object form; no input echoes the conversation's last user text.
    auto again = f.post("/v1/responses", R"({"model":"m","conversation":{"id":"conv_1"}})");
    CHECK(output_text(again) == "You said: What is my name?");
    CHECK(f.get("/v1/conversations/conv_1/items").at("data").as_array().size() == 4);

    check_error(
        f.post("/v1/responses", R"({"model":"m","conversation":"conv_1","previous_response_id":"resp_1"})", 400),
        "invalid_request_error", "mutually_exclusive_parameters", "conversation");
}
