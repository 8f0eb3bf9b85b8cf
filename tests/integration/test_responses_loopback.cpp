// The Responses and Conversations calls over loopback sockets, against the local server's routes:
// the program step by step, the stream and its failures, pages, and every call's path.
#include <openai/openai.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include "support/run_coroutine.hpp"

#include <string>
#include <variant>
#include <vector>

namespace asio = boost::asio;
namespace testing = openai::testing;

namespace {

constexpr const char* test_key = "sk-loopback-test-key-0000";

struct local
{
    testing::server server;
    asio::io_context io;
    openai::client client;

    local() : client(make()) {}

    openai::client make()
    {
        testing::add_openai_routes(server);
        openai::client_options options;
        options.api_key = test_key;
        options.base_url = server.base_url();
        options.max_retries = 0;
        return openai::client(io.get_executor(), options);
    }

    template <class Awaitable>
    void run(Awaitable a)
    {
        openai_test::run_coroutine(io, std::move(a));
    }
};

}  // namespace

TEST_CASE("responses: text in, text out; previous_response_id continues; retrieve, input items, delete")
{
    local l;
    l.run([&]() -> asio::awaitable<void> {
        openai::response_create_params request{
            .model = "gpt-5-mini",
            .input = "Write a one-sentence bedtime story about a unicorn.",
        };
        openai::response response = co_await l.client.responses.create(request);
        CHECK(response.id.starts_with("resp_"));
        CHECK(response.output_text() == "You said: Write a one-sentence bedtime story about a unicorn.");
        CHECK(response.status == "completed");
        CHECK(response.raw_response.status_code() == 200);

        openai::response_create_params follow_up{
            .model = "gpt-5-mini",
            .input = "Now make it rhyme.",
            .previous_response_id = response.id,
        };
        openai::response second = co_await l.client.responses.create(follow_up);
        CHECK(second.previous_response_id == response.id);
        CHECK(second.output_text() == "You said: Now make it rhyme.");

        openai::response again = co_await l.client.responses.retrieve(second.id);
        CHECK(again.id == second.id);
        CHECK(again.output_text() == second.output_text());

        auto items = co_await l.client.responses.input_items.list(again.id);
        REQUIRE(items.data.size() == 1);
        CHECK_FALSE(items.has_next_page());

        co_await l.client.responses.del(again.id);
        bool gone = false;
        try
        {
            co_await l.client.responses.retrieve(again.id);
        }
        catch (const openai::not_found_error&)
        {
            gone = true;
        }
        CHECK(gone);

        // An unknown previous response is the API's 404.
        openai::response_create_params orphan{.model = "gpt-5-mini", .input = "x", .previous_response_id = "resp_nope"};
        openai::diagnostics diag;
        auto [ec, r] = co_await l.client.responses.create(orphan, diag, asio::as_tuple(asio::use_awaitable));
        CHECK(ec);
        CHECK(diag.status_code == 404);
        CHECK(diag.code == "previous_response_not_found");
    });
}

TEST_CASE("responses: a function tool round trip, the issue's way")
{
    local l;
    l.run([&]() -> asio::awaitable<void> {
        openai::easy_input_message_param question;
        question.role = "user";
        question.content = "What is the weather in Paris?";
        openai::function_tool_param get_weather;
        get_weather.name = "get_weather";
        get_weather.parameters = boost::json::object{
            {"type", "object"},
            {"properties", {{"city", {{"type", "string"}}}}},
            {"required", {"city"}},
            {"additionalProperties", false},
        };
        get_weather.strict = true;
        openai::response_create_params with_tools{
            .model = "gpt-5-mini",
            .input = std::vector<openai::response_input_item_param>{question},
            .tools = {get_weather},
        };
        openai::response called = co_await l.client.responses.create(with_tools);
        std::vector<openai::response_input_item_param> tool_outputs;
        int calls = 0;
        for (const openai::response_output_item& item : called.output)
        {
            if (const auto* call = std::get_if<openai::response_function_tool_call>(&item))
            {
                ++calls;
                CHECK(call->name == "get_weather");
                CHECK(boost::json::parse(call->arguments).at("city") == "Paris");
                openai::response_input_item_function_call_output_param result;
                result.call_id = call->call_id;
                result.output = "Sunny, 24 C";
                tool_outputs.push_back(result);
            }
        }
        CHECK(calls == 1);
        openai::response_create_params answer{
            .model = "gpt-5-mini",
            .input = tool_outputs,
            .previous_response_id = called.id,
        };
        openai::response final = co_await l.client.responses.create(answer);
        CHECK(final.output_text() == "The tool said: Sunny, 24 C");
    });
}

TEST_CASE("responses: the stream's events are typed, and fold into the response it ends with")
{
    local l;
    l.run([&]() -> asio::awaitable<void> {
        openai::response_create_params request{.model = "gpt-5-mini", .input = "Tell me three things."};
        auto stream = co_await l.client.responses.stream(request);
        std::string deltas;
        int events = 0;
        bool completed = false;
        while (auto event = co_await stream.next())
        {
            ++events;
            if (const auto* delta = std::get_if<openai::response_text_delta_event>(&*event))
            {
                deltas += delta->delta;
                // The response so far has the text so far.
                CHECK(stream.current_response().output_text() == deltas);
            }
            completed = completed || std::holds_alternative<openai::response_completed_event>(*event);
            CHECK_FALSE(std::holds_alternative<openai::unknown_json>(*event));
        }
        CHECK(completed);
        CHECK(events >= 9);
        CHECK(deltas == "You said: Tell me three things.");
        openai::response streamed = stream.get_final_response();
        CHECK(streamed.output_text() == deltas);
        CHECK(streamed.status == "completed");
        CHECK(streamed.raw_response.status_code() == 200);
        CHECK(stream.done());
    });
}

TEST_CASE("responses: response.failed and error events fail next() with api_stream_error, after the events before")
{
    local l;
    for (const char* input : {"fail", "error event"})
    {
        l.run([&]() -> asio::awaitable<void> {
            openai::response_create_params request{.model = "gpt-5-mini", .input = input};
            auto stream = co_await l.client.responses.stream(request);
            int before = 0;
            bool threw = false;
            try
            {
                while (auto event = co_await stream.next())
                    ++before;
            }
            catch (const openai::api_stream_error& e)
            {
                threw = true;
                CHECK_FALSE(e.message().empty());
                CHECK(e.code() == "server_error");
                CHECK_FALSE(e.body().empty());
            }
            INFO(input);
            CHECK(threw);
            CHECK(before >= 2);  // response.created, response.in_progress
        });
    }
}

TEST_CASE("responses: background responses are cancelled; input_tokens counts")
{
    local l;
    l.run([&]() -> asio::awaitable<void> {
        openai::response_create_params long_job{
            .model = "gpt-5-mini",
            .input = "Write a long essay on recursion.",
            .background = true,
        };
        openai::response job = co_await l.client.responses.create(long_job);
        CHECK(job.status != "completed");
        job = co_await l.client.responses.cancel(job.id);
        CHECK(job.status == "cancelled");

        openai::input_token_count_params count_request{.model = "gpt-5-mini", .input = "How many tokens is this?"};
        openai::input_token_count_response count = co_await l.client.responses.input_tokens.count(count_request);
        CHECK(count.input_tokens > 0);
    });
}

TEST_CASE("conversations: create, hold the items of responses, list them page by page, update, delete")
{
    local l;
    l.run([&]() -> asio::awaitable<void> {
        openai::conversation_create_params new_conversation{};
        openai::conversation conversation = co_await l.client.conversations.create(new_conversation);
        CHECK(conversation.id.starts_with("conv_"));

        for (const char* text : {"Remember: my favourite colour is green.", "And my cat is Tom."})
        {
            openai::response_create_params in_conversation{
                .model = "gpt-5-mini",
                .input = text,
                .conversation = conversation.id,
            };
            co_await l.client.conversations.retrieve(conversation.id);
            co_await l.client.responses.create(in_conversation);
        }
        auto history = co_await l.client.conversations.items.list(conversation.id);
        CHECK(history.data.size() == 4);  // two inputs, two answers

        // Page by page, oldest first.
        openai::item_list_params two_at_a_time;
        two_at_a_time.limit = 1;
        two_at_a_time.order = "asc";
        auto page = co_await l.client.conversations.items.list(conversation.id, two_at_a_time);
        std::size_t seen = 0;
        co_await page.for_each_item([&](const openai::conversation_item&) { ++seen; });
        CHECK(seen == 4);

        // Items added directly: `include` is a query parameter of this call, sent in the URL and
        // not in the body.
        openai::item_create_params add;
        add.items.push_back(openai::easy_input_message_param{.role = "user", .content = "And I drink tea."});
        add.include = std::vector<std::string>{"message.output_text.logprobs"};
        l.server.clear_requests();
        openai::conversation_item_list added = co_await l.client.conversations.items.create(conversation.id, add);
        REQUIRE(added.data.size() == 1);
        CHECK(std::holds_alternative<openai::message>(added.data[0]));
        const auto sent = l.server.requests();
        REQUIRE(sent.size() == 1);
        CHECK(sent[0].target ==
              "/v1/conversations/" + conversation.id + "/items?include%5B%5D=message.output_text.logprobs");
        CHECK(boost::json::parse(sent[0].body).as_object().size() == 1);  // {"items": [...]}
        auto now = co_await l.client.conversations.items.list(conversation.id);
        CHECK(now.data.size() == 5);

        openai::conversation_update_params update;
        update.metadata = {{"topic", "pets"}};
        openai::conversation updated = co_await l.client.conversations.update(conversation.id, update);
        CHECK(updated.metadata.at("topic") == "pets");

        auto deleted = co_await l.client.conversations.del(conversation.id);
        CHECK(deleted.deleted);
    });
}
