// The Responses and Conversations APIs of testing::server's default routes (add_openai_routes in
// routes.hpp registers them): a deterministic stand-in that keeps what the API keeps.
//
//   POST   /v1/responses                     a Response; named server-sent events with `stream`
//   GET    /v1/responses/{id}                a stored response
//   DELETE /v1/responses/{id}                {"id":...,"object":"response","deleted":true}
//   POST   /v1/responses/{id}/cancel         background responses only; others get a 400
//   GET    /v1/responses/{id}/input_items    a cursor page (limit, after, order: desc by default)
//   POST   /v1/responses/input_tokens        {"object":"response.input_tokens","input_tokens":N}
//   POST   /v1/responses/compact             user messages kept, the rest in one compaction item
//   POST   /v1/conversations                 GET, POST (metadata), DELETE /v1/conversations/{id}
//   POST   /v1/conversations/{id}/items      GET (a cursor page), and GET, DELETE .../items/{item_id}
//
// What a response says:
// - "The tool said: <output>" when the input holds function_call_output items;
// - otherwise one function_call when a function tool fits: `tool_choice` names it or is
//   "required", or the last user text holds a tool's name or the word "weather" (then the first
//   function tool). Its arguments hold the schema's required keys: an enum's first value, 1 for
//   numbers, true for booleans, and for strings the last capitalized phrase of the user text after
//   its first word ("Paris" in "What is the weather in Paris?"), or "value";
// - otherwise "You said: <the last user text>" (from the history of `previous_response_id` or
//   `conversation` when the input has none), as JSON built from the schema under
//   `text.format` "json_schema" (as the arguments above), cut short with status "incomplete" when
//   `max_output_tokens` is too small.
// Streamed, the user text "fail" ends the stream with response.failed, and "error event" with an
// error event, for clients' failure paths.
//
// Responses are stored unless `store` is false, with their input as items with ids. A background
// response stays "queued" until cancelled: nothing runs it. IDs count per server and per kind
// (resp_1, msg_1, conv_1, fc_1 with call_1, ...), so runs are reproducible; a request answered
// with an error uses none. Token counts are estimates, as in routes.hpp.
#ifndef OPENAI_TESTING_RESPONSES_ROUTES_HPP
#define OPENAI_TESTING_RESPONSES_ROUTES_HPP

#include <openai/testing/route_helpers.hpp>
#include <openai/testing/server.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace testing {

namespace routes_detail::responses {

/// Counters of the ids given out, one per prefix.
struct id_counters
{
    std::map<std::string, std::uint64_t, std::less<>> next;

    std::string operator()(const std::string& prefix) { return prefix + "_" + std::to_string(++next[prefix]); }
};

struct stored_response
{
    json::object body;  // the Response, as GET answers it
    json::array input;  // the request's input items, with ids
    bool background = false;
};

struct conversation
{
    json::object resource;  // the ConversationResource
    json::array items;
};

/// Everything the routes remember. Handlers run on several threads: `mutex` guards the rest.
struct state
{
    std::mutex mutex;
    id_counters ids;
    std::unordered_map<std::string, stored_response> responses;
    std::unordered_map<std::string, conversation> conversations;
};

inline response not_found(const std::string& what, const std::string& id, const std::string& param = "")
{
    return response::error(404, "invalid_request_error", "", what + " with id '" + id + "' not found.", param);
}

inline bool flag(const json::object& body, std::string_view key)
{
    const auto* v = body.if_contains(key);
    return v && v->is_bool() && v->as_bool();
}

inline const json::value* present(const json::object& body, std::string_view key)
{
    const auto* v = body.if_contains(key);
    return v && !v->is_null() ? v : nullptr;
}

inline std::string string_or(const json::object& o, std::string_view key, std::string fallback = {})
{
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::move(fallback);
}

inline bool iequals_contains(std::string_view text, std::string_view word)
{
    auto lower = [](std::string_view s) {
        std::string out(s);
        for (auto& c : out)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    return !word.empty() && lower(text).find(lower(word)) != std::string::npos;
}

inline json::object text_part(std::string_view text, bool output)
{
    if (output)
        return {{"type", "output_text"}, {"text", text}, {"annotations", json::array()}, {"logprobs", json::array()}};
    return {{"type", "input_text"}, {"text", text}};
}

inline json::object assistant_message(const std::string& id, const std::string& status, json::array content)
{
    return {
        {"id", id}, {"type", "message"}, {"status", status}, {"role", "assistant"}, {"content", std::move(content)}};
}

/// The items of `input` with ids and statuses, as the API stores them (a string is one user
/// message), or the 400 to answer. `param` names the input in errors.
inline std::optional<response> to_items(id_counters& ids, const json::value& input, const std::string& param,
                                        json::array& out)
{
    if (input.is_string())
    {
        out.push_back(json::object{{"id", ids("msg")},
                                   {"type", "message"},
                                   {"status", "completed"},
                                   {"role", "user"},
                                   {"content", json::array{text_part(input.as_string(), false)}}});
        return std::nullopt;
    }
    if (!input.is_array())
        return wrong_type(param, "a string or an array of input items");
    std::size_t index = 0;
    for (const auto& v : input.as_array())
    {
        std::string at = param + "[" + std::to_string(index++) + "]";
        if (!v.is_object())
            return wrong_type(at, "an object");
        json::object item = v.as_object();
        std::string type = string_or(item, "type", "message");
        auto given_id = [&](const char* prefix) {
            const auto* id = item.if_contains("id");
            return id && id->is_string() ? std::string(id->as_string()) : ids(prefix);
        };
        if (type == "message")
        {
            std::string role;
            if (auto err = required_string(item, "role", role))
                return missing(at + ".role");
            if (role != "user" && role != "assistant" && role != "system" && role != "developer")
                return invalid("Invalid value: '" + role +
                                   "'. Supported values are: 'user', 'assistant', 'system', and "
                                   "'developer'.",
                               at + ".role", "invalid_value");
            const auto* content = present(item, "content");
            if (!content)
                return missing(at + ".content");
            if (!content->is_string() && !content->is_array())
                return wrong_type(at + ".content", "a string or an array of content parts");
            json::array parts = content->is_string() ? json::array{text_part(content->as_string(), role == "assistant")}
                                                     : content->as_array();
            out.push_back(json::object{{"id", given_id("msg")},
                                       {"type", "message"},
                                       {"status", string_or(item, "status", "completed")},
                                       {"role", role},
                                       {"content", std::move(parts)}});
            continue;
        }
        if (type == "function_call_output" || type == "function_call")
        {
            std::string call_id;
            if (auto err = required_string(item, "call_id", call_id))
                return missing(at + ".call_id");
            const char* needed = type == "function_call" ? "arguments" : "output";
            if (!present(item, needed))
                return missing(at + "." + needed);
            if (type == "function_call" && !item.contains("name"))
                return missing(at + ".name");
        }
        // Other kinds (reasoning, compaction, item_reference, ...) are kept as sent.
        item["id"] = given_id(type == "function_call" ? "fc" : type == "function_call_output" ? "fco" : "item");
        if (type == "function_call" || type == "function_call_output")
            item["status"] = string_or(item, "status", "completed");
        out.push_back(std::move(item));
    }
    return std::nullopt;
}

/// An item's text, for token estimates and replies.
inline std::string item_text(const json::object& item)
{
    std::string type = string_or(item, "type");
    if (type == "message")
        return content_text(item.if_contains("content"));
    if (type == "function_call")
        return string_or(item, "arguments");
    if (type == "function_call_output")
    {
        const auto* output = item.if_contains("output");
        return output && output->is_string() ? std::string(output->as_string()) : content_text(output);
    }
    return {};
}

inline std::int64_t items_tokens(const json::array& items)
{
    std::int64_t n = 0;
    for (const auto& item : items)
        if (item.is_object())
            n += estimate_tokens(item_text(item.as_object())) + 3;  // about the per-item overhead
    return n;
}

/// The text of the last user message of `items`; nullopt when there is none.
inline std::optional<std::string> last_user_text(const json::array& items)
{
    // Newest first. std::views::reverse would bring <ranges> in, for a test server.
    for (auto it = items.rbegin(); it != items.rend(); ++it)  // NOLINT(modernize-loop-convert)
        if (it->is_object() && string_or(it->as_object(), "type") == "message" &&
            string_or(it->as_object(), "role") == "user")
            return content_text(it->as_object().if_contains("content"));
    return std::nullopt;
}

inline json::object usage(std::int64_t input, std::int64_t output)
{
    return {{"input_tokens", input},
            {"input_tokens_details", {{"cached_tokens", 0}, {"cache_write_tokens", 0}}},
            {"output_tokens", output},
            {"output_tokens_details", {{"reasoning_tokens", 0}}},
            {"total_tokens", input + output}};
}

/// The last capitalized phrase of `text` after its first word (which is capitalized anyway).
inline std::string proper_noun(std::string_view text)
{
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    std::string best, run;
    std::size_t word = 0;
    for (std::size_t pos = 0; pos < text.size();)
    {
        auto start = text.find_first_not_of(" \t\n\r", pos);
        if (start == std::string_view::npos)
            break;
        auto end = std::min(text.find_first_of(" \t\n\r", start), text.size());
        std::string_view raw = text.substr(start, end - start), w = raw;
        while (!w.empty() && !alnum(w.front()))
            w.remove_prefix(1);
        while (!w.empty() && !alnum(w.back()))
            w.remove_suffix(1);
        bool capital = word++ > 0 && !w.empty() && std::isupper(static_cast<unsigned char>(w.front())) && w != "I";
        if (capital)
            run += (run.empty() ? "" : " ") + std::string(w);
        if ((!capital || w.size() != raw.size()) && !run.empty())  // punctuation ends a phrase too
        {
            best = std::move(run);
            run.clear();
        }
        pos = end;
    }
    if (!run.empty())
        best = std::move(run);
    return best.empty() ? "value" : best;
}

/// A deterministic value for a JSON schema: objects get their required keys, see the top of
/// this file.
inline json::value sample_value(const json::value* schema, const std::string& said, int depth = 0)
{
    const json::object* s = schema && schema->is_object() ? &schema->as_object() : nullptr;
    if (!s)
        return json::value(proper_noun(said));  // NOLINT(modernize-return-braced-init-list): braces make an array
    if (const auto* e = s->if_contains("enum"); e && e->is_array() && !e->as_array().empty())
        return e->as_array().front();
    std::string type = string_or(*s, "type");
    if (type == "integer" || type == "number")
        return 1;
    if (type == "boolean")
        return true;
    if (type == "array")
        return depth > 8 ? json::array() : json::array{sample_value(s->if_contains("items"), said, depth + 1)};
    if (type == "object" || s->contains("properties"))
    {
        json::object out;
        const auto* props = s->if_contains("properties");
        const auto* required = s->if_contains("required");
        if (required && required->is_array() && depth <= 8)
            for (const auto& key : required->as_array())
                if (key.is_string())
                {
                    const json::value* sub =
                        props && props->is_object() ? props->as_object().if_contains(key.as_string()) : nullptr;
                    out[key.as_string()] = sample_value(sub, said, depth + 1);
                }
        return out;
    }
    return json::value(proper_noun(said));  // NOLINT(modernize-return-braced-init-list): braces make an array
}

/// The function tool to call for this request, or null for a text answer.
inline const json::object* tool_to_call(const json::object& body, const std::string& said)
{
    const auto* tools = present(body, "tools");
    if (!tools || !tools->is_array())
        return nullptr;
    std::vector<const json::object*> functions;
    for (const auto& t : tools->as_array())
        if (t.is_object() && string_or(t.as_object(), "type") == "function")
            functions.push_back(&t.as_object());
    if (functions.empty())
        return nullptr;
    const auto* choice = present(body, "tool_choice");
    if (choice && choice->is_string() && choice->as_string() == "none")
        return nullptr;
    if (choice && choice->is_object())
    {
        std::string name = string_or(choice->as_object(), "name");
        for (const auto* f : functions)
            if (string_or(*f, "name") == name)
                return f;
    }
    for (const auto* f : functions)
        if (iequals_contains(said, string_or(*f, "name")))
            return f;
    if (iequals_contains(said, "weather") || (choice && choice->is_string() && choice->as_string() == "required"))
        return functions.front();
    return nullptr;
}

/// The Response for `body`, echoing the request's settings as the API does.
inline json::object response_object(const json::object& body, const std::string& id, std::int64_t created,
                                    const std::string& status, json::array output, json::value usage_value)
{
    auto echo = [&](std::string_view key, const json::value& fallback) {
        const auto* v = present(body, key);
        return v ? *v : fallback;
    };
    json::value conversation = nullptr;
    if (const auto* c = present(body, "conversation"))
        conversation = json::object{{"id", c->is_string() ? c->as_string() : c->as_object().at("id").as_string()}};
    return {{"id", id},
            {"object", "response"},
            {"created_at", created},
            {"status", status},
            {"completed_at", status == "completed" ? json::value(created) : json::value(nullptr)},
            {"background", echo("background", false)},
            {"conversation", std::move(conversation)},
            {"error", nullptr},
            {"incomplete_details", nullptr},
            {"instructions", echo("instructions", nullptr)},
            {"max_output_tokens", echo("max_output_tokens", nullptr)},
            {"max_tool_calls", echo("max_tool_calls", nullptr)},
            {"model", body.at("model")},
            {"output", std::move(output)},
            {"parallel_tool_calls", echo("parallel_tool_calls", true)},
            {"previous_response_id", echo("previous_response_id", nullptr)},
            {"reasoning", echo("reasoning", json::object{{"effort", nullptr}, {"summary", nullptr}})},
            {"service_tier", "default"},
            {"store", echo("store", true)},
            {"temperature", echo("temperature", 1.0)},
            {"text", echo("text", json::object{{"format", {{"type", "text"}}}})},
            {"tool_choice", echo("tool_choice", "auto")},
            {"tools", echo("tools", json::array())},
            {"top_logprobs", echo("top_logprobs", 0)},
            {"top_p", echo("top_p", 1.0)},
            {"truncation", echo("truncation", "disabled")},
            {"usage", std::move(usage_value)},
            {"user", echo("user", nullptr)},
            {"metadata", echo("metadata", json::object())}};
}

/// What comes before this request: the chain of `previous_response_id` (inputs and outputs,
/// oldest first) or the conversation's items.
inline json::array history(const state& st, std::string previous, const conversation* conv)
{
    if (conv)
        return conv->items;
    std::vector<const stored_response*> chain;
    for (int guard = 0; !previous.empty() && guard < 10000; ++guard)
    {
        auto it = st.responses.find(previous);
        if (it == st.responses.end())
            break;
        chain.push_back(&it->second);
        previous = string_or(it->second.body, "previous_response_id");
    }
    json::array out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)  // NOLINT(modernize-loop-convert): oldest first
    {
        for (const auto& item : (*it)->input)
            out.push_back(item);
        for (const auto& item : (*it)->body.at("output").as_array())
            out.push_back(item);
    }
    return out;
}

/// The checks and lookups common to create, input_tokens and compact: the types of the body's
/// members, `previous_response_id` and `conversation`.
struct context
{
    std::string previous;
    conversation* conv = nullptr;
    json::array items;    // the input, with ids
    json::array earlier;  // what comes before it
};

inline std::optional<response> read_context(state& st, id_counters& ids, const json::object& body, context& out)
{
    if (const auto* v = present(body, "model"); v && !v->is_string())
        return wrong_type("model", "a string");
    if (const auto* v = present(body, "instructions"); v && !v->is_string() && !v->is_array())
        return wrong_type("instructions", "a string");
    if (const auto* v = present(body, "tools"); v && !v->is_array())
        return wrong_type("tools", "an array");
    if (const auto* v = present(body, "metadata"); v && !v->is_object())
        return wrong_type("metadata", "an object");
    if (const auto* v = present(body, "previous_response_id"))
    {
        if (!v->is_string())
            return wrong_type("previous_response_id", "a string");
        out.previous = std::string(v->as_string());
        if (!st.responses.contains(out.previous))
            return response::error(404, "invalid_request_error", "previous_response_not_found",
                                   "Previous response with id '" + out.previous + "' not found.",
                                   "previous_response_id");
    }
    if (const auto* v = present(body, "conversation"))
    {
        const json::value* id = v->is_object() ? v->as_object().if_contains("id") : v;
        if (!id || !id->is_string())
            return wrong_type("conversation", "a string or an object with an 'id'");
        if (!out.previous.empty())
            return invalid("Mutually exclusive parameters: Ensure you are only providing one of: "
                           "'previous_response_id' or 'conversation'.",
                           "conversation", "mutually_exclusive_parameters");
        auto it = st.conversations.find(std::string(id->as_string()));
        if (it == st.conversations.end())
            return not_found("Conversation", std::string(id->as_string()), "conversation");
        out.conv = &it->second;
    }
    if (const auto* input = present(body, "input"))
        if (auto err = to_items(ids, *input, "input", out.items))
            return err;
    out.earlier = history(st, out.previous, out.conv);
    return std::nullopt;
}

inline std::int64_t input_tokens(const json::object& body, const context& ctx)
{
    std::int64_t n = items_tokens(ctx.earlier) + items_tokens(ctx.items);
    if (const auto* i = present(body, "instructions"))
        n += estimate_tokens(i->is_string() ? std::string_view(i->as_string()) : json::serialize(*i));
    if (const auto* t = present(body, "tools"))
        n += estimate_tokens(json::serialize(*t));
    return n;
}

/// `text` in pieces of at most `size` characters: function arguments have no spaces to split at.
inline std::vector<std::string> slices(const std::string& text, std::size_t size)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); i += size)
        out.push_back(text.substr(i, size));
    return out;
}

/// The events of a streamed response, numbered as they are added.
struct event_list
{
    std::vector<json::object> events;

    void add(json::object e)
    {
        e["sequence_number"] = std::int64_t(events.size());
        events.push_back(std::move(e));
    }
};

inline response create(state& st, const request& req)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string model;
    if (auto err = required_string(body, "model", model))
        return *err;
    if (const auto* v = body.if_contains("input"); v && !v->is_string() && !v->is_array())
        return wrong_type("input", "a string or an array of input items");
    bool background = flag(body, "background");
    bool store = !(body.contains("store") && body.at("store").is_bool() && !body.at("store").as_bool());
    if (background && !store)
        return invalid("Background mode requires 'store' to be true.", "background", "invalid_value");
    std::int64_t max_output = 0;
    if (auto err = optional_int(body, "max_output_tokens", 1, INT64_MAX, max_output))
        return *err;
    context ctx;
    if (auto err = read_context(st, st.ids, body, ctx))
        return *err;

    bool stream = wants_stream(body);
    std::string id = st.ids("resp");
    std::int64_t created = unix_now();
    std::int64_t in_tokens = input_tokens(body, ctx);

    auto keep = [&](const json::object& response_body, const json::array& output) {
        if (store)
            st.responses[id] = {response_body, ctx.items, background};
        if (ctx.conv)
        {
            for (const auto& item : ctx.items)
                ctx.conv->items.push_back(item);
            for (const auto& item : output)
                ctx.conv->items.push_back(item);
        }
    };

    if (background)
    {
        auto queued = response_object(body, id, created, "queued", {}, nullptr);
        keep(queued, {});
        if (!stream)
            return ok(queued);
        event_list events;
        events.add({{"type", "response.created"}, {"response", queued}});
        events.add({{"type", "response.queued"}, {"response", queued}});
        return sse_events(events.events);
    }

    // What to say: tool outputs first, then a tool call, then the echo.
    std::string outputs;
    for (const auto& item : ctx.items)
        if (string_or(item.as_object(), "type") == "function_call_output")
            outputs += (outputs.empty() ? "" : "\n") + item_text(item.as_object());
    auto user_text = last_user_text(ctx.items);
    if (!user_text)
        user_text = last_user_text(ctx.earlier);
    std::string said = user_text.value_or("");
    const json::object* tool = outputs.empty() ? tool_to_call(body, said) : nullptr;

    json::object item;
    std::string text, status = "completed";
    json::value incomplete = nullptr;
    if (tool)
    {
        std::string n = std::to_string(++st.ids.next["fc"]);
        st.ids.next["call"] = st.ids.next["fc"];
        const auto* params = tool->if_contains("parameters");
        json::value args = params ? sample_value(params, said) : json::value(json::object());
        item = {{"id", "fc_" + n},
                {"type", "function_call"},
                {"status", "completed"},
                {"arguments", json::serialize(args.is_object() ? args : json::value(json::object()))},
                {"call_id", "call_" + n},
                {"name", string_or(*tool, "name")}};
    }
    else
    {
        text = outputs.empty() ? "You said: " + said : "The tool said: " + outputs;
        const json::value* format = nullptr;
        if (const auto* t = present(body, "text"); t && t->is_object())
            format = t->as_object().if_contains("format");
        if (format && format->is_object() && string_or(format->as_object(), "type") == "json_schema")
            text = json::serialize(sample_value(format->as_object().if_contains("schema"), said));
        else if (format && format->is_object() && string_or(format->as_object(), "type") == "json_object")
            text = json::serialize(json::object{{"text", text}});
        if (max_output > 0 && estimate_tokens(text) > max_output)
        {
            text.resize(std::size_t(max_output) * 4);
            status = "incomplete";
            incomplete = json::object{{"reason", "max_output_tokens"}};
        }
        item = assistant_message(st.ids("msg"), status, {text_part(text, true)});
    }
    std::int64_t out_tokens = estimate_tokens(tool ? std::string_view(item.at("arguments").as_string()) : text);
    auto final_body = response_object(body, id, created, status, {item}, usage(in_tokens, out_tokens));
    final_body["incomplete_details"] = incomplete;

    if (!stream)
    {
        keep(final_body, {item});
        return ok(final_body);
    }

    event_list events;
    auto started = response_object(body, id, created, "in_progress", {}, nullptr);
    events.add({{"type", "response.created"}, {"response", started}});
    events.add({{"type", "response.in_progress"}, {"response", started}});
    if (!tool && outputs.empty() && (said == "fail" || said == "error event"))
    {
        if (said == "error event")
        {
            events.add({{"type", "error"},
                        {"code", "server_error"},
                        {"message", "The server had an error while processing your request."},
                        {"param", nullptr}});
            return sse_events(events.events);
        }
        auto failed = started;
        failed["status"] = "failed";
        failed["error"] = json::object{{"code", "server_error"},
                                       {"message", "The server had an error while processing your request."}};
        keep(failed, {});
        events.add({{"type", "response.failed"}, {"response", failed}});
        return sse_events(events.events);
    }

    std::string item_id(item.at("id").as_string());
    auto added = item;
    added["status"] = "in_progress";
    if (tool)
    {
        std::string args(item.at("arguments").as_string());
        added["arguments"] = "";
        events.add({{"type", "response.output_item.added"}, {"output_index", 0}, {"item", added}});
        for (auto& piece : slices(args, 8))
            events.add({{"type", "response.function_call_arguments.delta"},
                        {"item_id", item_id},
                        {"output_index", 0},
                        {"delta", piece}});
        events.add({{"type", "response.function_call_arguments.done"},
                    {"item_id", item_id},
                    {"name", item.at("name")},
                    {"output_index", 0},
                    {"arguments", args}});
    }
    else
    {
        added["content"] = json::array();
        events.add({{"type", "response.output_item.added"}, {"output_index", 0}, {"item", added}});
        auto part = [&](const char* type, std::string_view part_text) {
            return json::object{{"type", type},
                                {"item_id", item_id},
                                {"output_index", 0},
                                {"content_index", 0},
                                {"part", text_part(part_text, true)}};
        };
        auto text_event = [&](const char* type, const char* key, const std::string& value) {
            return json::object{{"type", type},       {"item_id", item_id}, {"output_index", 0},
                                {"content_index", 0}, {key, value},         {"logprobs", json::array()}};
        };
        events.add(part("response.content_part.added", ""));
        for (auto& piece : pieces(text))
            events.add(text_event("response.output_text.delta", "delta", piece));
        events.add(text_event("response.output_text.done", "text", text));
        events.add(part("response.content_part.done", text));
    }
    events.add({{"type", "response.output_item.done"}, {"output_index", 0}, {"item", item}});
    events.add(
        {{"type", status == "completed" ? "response.completed" : "response.incomplete"}, {"response", final_body}});
    keep(final_body, {item});
    return sse_events(events.events);
}

inline stored_response* find_response(state& st, const request& req)
{
    auto it = st.responses.find(path_segment(req, 2));
    return it == st.responses.end() ? nullptr : &it->second;
}

inline response retrieve(state& st, const request& req)
{
    auto* r = find_response(st, req);
    return r ? ok(r->body) : not_found("Response", path_segment(req, 2));
}

inline response delete_response(state& st, const request& req)
{
    std::string id = path_segment(req, 2);
    if (!st.responses.erase(id))
        return not_found("Response", id);
    return ok({{"id", id}, {"object", "response"}, {"deleted", true}});
}

inline response cancel(state& st, const request& req)
{
    auto* r = find_response(st, req);
    if (!r)
        return not_found("Response", path_segment(req, 2));
    if (!r->background)
        return invalid("Cannot cancel a synchronous response.");
    std::string status = string_or(r->body, "status");
    if (status == "queued" || status == "in_progress")
        r->body["status"] = "cancelled";
    return ok(r->body);
}

/// A cursor page of `items` per the query's limit (1 to 100, 20 by default), order ("desc" by
/// default) and after (an item id).
inline response page(const json::array& items, const request& req)
{
    std::int64_t limit = 20;
    if (auto l = query_param(req, "limit"))
    {
        std::size_t used = 0;
        try
        {
            limit = std::stoll(*l, &used);
        }
        catch (const std::exception&)
        {
            used = 0;
        }
        if (used == 0 || used != l->size() || limit < 1 || limit > 100)
            return invalid("Invalid 'limit': expected an integer between 1 and 100, got '" + *l + "'.", "limit",
                           "invalid_value");
    }
    std::string order = query_param(req, "order").value_or("desc");
    if (order != "asc" && order != "desc")
        return invalid("Invalid value for 'order': expected 'asc' or 'desc', got '" + order + "'.", "order",
                       "invalid_value");
    std::vector<const json::value*> ordered;
    for (const auto& item : items)
        ordered.push_back(&item);
    if (order == "desc")
        std::reverse(ordered.begin(), ordered.end());
    std::size_t start = 0;
    if (auto after = query_param(req, "after"))
    {
        start = ordered.size();  // an unknown cursor: nothing comes after it
        for (std::size_t i = 0; i < ordered.size(); ++i)
            if (ordered[i]->is_object() && string_or(ordered[i]->as_object(), "id") == *after)
                start = i + 1;
    }
    std::size_t end = std::min(ordered.size(), start + std::size_t(limit));
    json::array data;
    for (std::size_t i = start; i < end; ++i)
        data.push_back(*ordered[i]);
    auto id_of = [&](const json::value& v) -> json::value { return v.as_object().at("id"); };
    json::value first = data.empty() ? json::value(nullptr) : id_of(data.front());
    json::value last = data.empty() ? json::value(nullptr) : id_of(data.back());
    return ok({{"object", "list"},
               {"data", std::move(data)},
               {"first_id", std::move(first)},
               {"last_id", std::move(last)},
               {"has_more", end < ordered.size()}});
}

inline response input_items(state& st, const request& req)
{
    auto* r = find_response(st, req);
    return r ? page(r->input, req) : not_found("Response", path_segment(req, 2));
}

inline response count_input_tokens(state& st, const request& req)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    if (const auto* v = body.if_contains("input"); v && !v->is_null() && !v->is_string() && !v->is_array())
        return wrong_type("input", "a string or an array of input items");
    id_counters scratch;  // nothing is kept: the real counters stay as they are
    context ctx;
    if (auto err = read_context(st, scratch, body, ctx))
        return *err;
    return ok({{"object", "response.input_tokens"}, {"input_tokens", input_tokens(body, ctx)}});
}

inline response compact(state& st, const request& req)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string model;
    if (auto err = required_string(body, "model", model))
        return *err;
    if (const auto* v = body.if_contains("input"); v && !v->is_null() && !v->is_string() && !v->is_array())
        return wrong_type("input", "a string or an array of input items");
    context ctx;
    if (auto err = read_context(st, st.ids, body, ctx))
        return *err;
    json::array all = ctx.earlier, output, rest;
    for (const auto& item : ctx.items)
        all.push_back(item);
    for (const auto& item : all)
    {
        const auto& o = item.as_object();
        bool user = string_or(o, "type") == "message" && string_or(o, "role") == "user";
        (user ? output : rest).push_back(item);
    }
    std::string encrypted = base64_encode(json::serialize(rest));
    output.push_back(json::object{{"id", st.ids("cmp")}, {"type", "compaction"}, {"encrypted_content", encrypted}});
    return ok({{"id", st.ids("resp")},
               {"object", "response.compaction"},
               {"created_at", unix_now()},
               {"output", std::move(output)},
               {"usage", usage(input_tokens(body, ctx), estimate_tokens(encrypted))}});
}

// Conversations

/// The request body as an object; an empty body counts as {} (all members are optional).
inline std::optional<response> optional_body(const request& req, json::object& out)
{
    if (req.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return std::nullopt;
    return parse_object(req, out);
}

inline std::optional<response> read_items(id_counters& ids, const json::object& body, bool required, json::array& out)
{
    const auto* items = present(body, "items");
    if (!items)
    {
        if (required)
            return missing("items");
        return std::nullopt;
    }
    if (!items->is_array())
        return wrong_type("items", "an array");
    if (items->as_array().size() > 20)
        return invalid("Invalid 'items': array too long. Expected an array with maximum length 20, but got an array "
                       "with length " +
                           std::to_string(items->as_array().size()) + " instead.",
                       "items", "array_above_max_length");
    return to_items(ids, *items, "items", out);
}

inline conversation* find_conversation(state& st, const request& req)
{
    auto it = st.conversations.find(path_segment(req, 2));
    return it == st.conversations.end() ? nullptr : &it->second;
}

inline response create_conversation(state& st, const request& req)
{
    json::object body;
    if (auto err = optional_body(req, body))
        return *err;
    const auto* metadata = present(body, "metadata");
    if (metadata && !metadata->is_object())
        return wrong_type("metadata", "an object");
    json::array items;
    if (auto err = read_items(st.ids, body, false, items))
        return *err;
    std::string id = st.ids("conv");
    json::object resource{{"id", id},
                          {"object", "conversation"},
                          {"created_at", unix_now()},
                          {"metadata", metadata ? *metadata : json::object()}};
    st.conversations[id] = {resource, std::move(items)};
    return ok(resource);
}

inline response retrieve_conversation(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    return c ? ok(c->resource) : not_found("Conversation", path_segment(req, 2));
}

inline response update_conversation(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    if (!c)
        return not_found("Conversation", path_segment(req, 2));
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    const auto* metadata = present(body, "metadata");
    if (!metadata)
        return missing("metadata");
    if (!metadata->is_object())
        return wrong_type("metadata", "an object");
    c->resource["metadata"] = *metadata;
    return ok(c->resource);
}

inline response delete_conversation(state& st, const request& req)
{
    std::string id = path_segment(req, 2);
    if (!st.conversations.erase(id))
        return not_found("Conversation", id);
    return ok({{"id", id}, {"object", "conversation.deleted"}, {"deleted", true}});
}

inline response create_items(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    if (!c)
        return not_found("Conversation", path_segment(req, 2));
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    json::array items;
    if (auto err = read_items(st.ids, body, true, items))
        return *err;
    for (const auto& item : items)
        c->items.push_back(item);
    json::value first = items.empty() ? json::value(nullptr) : items.front().as_object().at("id");
    json::value last = items.empty() ? json::value(nullptr) : items.back().as_object().at("id");
    return ok({{"object", "list"},
               {"data", std::move(items)},
               {"first_id", std::move(first)},
               {"last_id", std::move(last)},
               {"has_more", false}});
}

inline response list_items(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    return c ? page(c->items, req) : not_found("Conversation", path_segment(req, 2));
}

inline json::array::iterator find_item(conversation& c, const std::string& id)
{
    return std::find_if(c.items.begin(), c.items.end(), [&](const json::value& item) {
        return item.is_object() && string_or(item.as_object(), "id") == id;
    });
}

inline response retrieve_item(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    if (!c)
        return not_found("Conversation", path_segment(req, 2));
    std::string id = path_segment(req, 4);
    auto* it = find_item(*c, id);
    return it == c->items.end() ? not_found("Item", id) : ok(it->as_object());
}

inline response delete_item(state& st, const request& req)
{
    auto* c = find_conversation(st, req);
    if (!c)
        return not_found("Conversation", path_segment(req, 2));
    std::string id = path_segment(req, 4);
    auto* it = find_item(*c, id);
    if (it == c->items.end())
        return not_found("Item", id);
    c->items.erase(it);
    return ok(c->resource);
}

}  // namespace routes_detail::responses

/// Registers the Responses and Conversations routes (see the top of this file) on `s`, with a
/// state of their own. add_openai_routes calls it.
inline void add_responses_routes(server& s)
{
    namespace r = routes_detail::responses;
    auto st = std::make_shared<r::state>();
    auto route = [&s, st](std::string method, std::string path, response (*fn)(r::state&, const request&)) {
        s.on(std::move(method), std::move(path), [st, fn](const request& req) {
            std::lock_guard lock(st->mutex);
            auto ids = st->ids;
            response answer = fn(*st, req);
            if (answer.status >= 400)
                st->ids = std::move(ids);  // a refused request leaves no gap in the ids
            return answer;
        });
    };
    route("POST", "/v1/responses", &r::create);
    route("POST", "/v1/responses/input_tokens", &r::count_input_tokens);
    route("POST", "/v1/responses/compact", &r::compact);
    route("GET", "/v1/responses/{id}", &r::retrieve);
    route("DELETE", "/v1/responses/{id}", &r::delete_response);
    route("POST", "/v1/responses/{id}/cancel", &r::cancel);
    route("GET", "/v1/responses/{id}/input_items", &r::input_items);
    route("POST", "/v1/conversations", &r::create_conversation);
    route("GET", "/v1/conversations/{id}", &r::retrieve_conversation);
    route("POST", "/v1/conversations/{id}", &r::update_conversation);
    route("DELETE", "/v1/conversations/{id}", &r::delete_conversation);
    route("POST", "/v1/conversations/{id}/items", &r::create_items);
    route("GET", "/v1/conversations/{id}/items", &r::list_items);
    route("GET", "/v1/conversations/{id}/items/{item_id}", &r::retrieve_item);
    route("DELETE", "/v1/conversations/{id}/items/{item_id}", &r::delete_item);
}

}  // namespace testing
OPENAI_END_NAMESPACE

#endif
