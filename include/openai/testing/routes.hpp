// Default OpenAI-compatible routes for testing::server: a local stand-in for the API that needs no
// network and no key, and answers deterministically.
//
//   POST   /v1/chat/completions  echoes the last user message: "You said: ..." (SSE with stream)
//   POST   /v1/completions       echoes the prompt(s) (SSE with stream)
//   POST   /v1/embeddings        unit vectors seeded by a hash of each input; `dimensions` and
//                                `encoding_format: "base64"` honored
//   POST   /v1/images/generations  n copies of a 1x1 PNG, as b64_json or a data: URL
//   GET    /v1/models, GET /v1/models/{id}, DELETE /v1/models/{id}
//   /v1/responses..., /v1/conversations...  the Responses and Conversations APIs, with their
//                                stored state: see responses_routes.hpp
//
// Token counts are estimates (about four characters a token): right in shape, not in value.
// Request validation covers what clients commonly get wrong (invalid JSON, missing or mistyped
// parameters) and answers with OpenAI-shaped 400 errors.
#ifndef OPENAI_TESTING_ROUTES_HPP
#define OPENAI_TESTING_ROUTES_HPP

#include <openai/testing/responses_routes.hpp>
#include <openai/testing/route_helpers.hpp>
#include <openai/testing/server.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace testing {

namespace routes_detail {

namespace json = boost::json;

/// A valid 1x1 RGBA PNG (one teal pixel), CRCs and zlib stream included.
inline std::string tiny_png()
{
    static constexpr unsigned char bytes[] = {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
        0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x10, 0x58, 0x5C, 0xFF, 0x1F, 0x00, 0x04, 0x2B, 0x02, 0x32,
        0x10, 0x3D, 0xBF, 0x82, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    return {reinterpret_cast<const char*>(bytes), sizeof bytes};
}

/// FNV-1a: a stable hash, so the same input gives the same embedding in every run and build.
inline std::uint64_t fnv1a(std::string_view s)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s)
        h = (h ^ c) * 0x100000001b3ull;
    return h;
}

/// splitmix64: a tiny PRNG fully defined here (std distributions differ between libraries).
inline std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/// A deterministic unit vector of `dimensions` floats for `key`.
inline std::vector<float> embedding_for(std::string_view key, std::size_t dimensions)
{
    std::uint64_t state = fnv1a(key);
    std::vector<float> v(dimensions);
    double norm = 0;
    for (auto& x : v)
    {
        x = float(double(splitmix64(state) >> 40) / double(1 << 24) * 2.0 - 1.0);  // [-1, 1)
        norm += double(x) * double(x);
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto& x : v)
            x = float(x / norm);
    return v;
}

/// Little-endian float32 bytes, base64-encoded: the `encoding_format: "base64"` payload.
inline std::string floats_base64(const std::vector<float>& v)
{
    std::string bytes;
    bytes.reserve(v.size() * 4);
    for (float f : v)
    {
        auto u = std::bit_cast<std::uint32_t>(f);
        for (int i = 0; i < 4; ++i)
            bytes += char((u >> (8 * i)) & 0xFF);
    }
    return base64_encode(bytes);
}

inline bool wants_stream_usage(const json::object& body)
{
    const auto* opts = body.if_contains("stream_options");
    if (!opts || !opts->is_object())
        return false;
    const auto* usage = opts->as_object().if_contains("include_usage");
    return usage && usage->is_bool() && usage->as_bool();
}

inline json::object usage(std::int64_t prompt, std::int64_t completion)
{
    return {{"prompt_tokens", prompt}, {"completion_tokens", completion}, {"total_tokens", prompt + completion}};
}

struct model_info
{
    const char* id;
    std::int64_t created;
    const char* owned_by;
};

inline constexpr model_info models[] = {
    {"gpt-4o-mini", 1721172741, "system"},
    {"gpt-4o", 1715367049, "system"},
    {"gpt-3.5-turbo-instruct", 1692901427, "system"},
    {"text-embedding-3-small", 1705948997, "system"},
    {"dall-e-3", 1698785189, "system"},
};

inline json::object model_json(const model_info& m)
{
    return {{"id", m.id}, {"object", "model"}, {"created", m.created}, {"owned_by", m.owned_by}};
}

inline response chat_completions(const request& req, std::uint64_t serial)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string model;
    if (auto err = required_string(body, "model", model))
        return *err;
    auto* messages = body.if_contains("messages");
    if (!messages)
        return missing("messages");
    if (!messages->is_array())
        return wrong_type("messages", "an array");
    std::int64_t n = 1;
    if (auto err = optional_int(body, "n", 1, 128, n))
        return *err;

    std::string said;
    std::int64_t prompt_tokens = 0;
    for (const auto& m : messages->as_array())
    {
        if (!m.is_object())
            return wrong_type("messages", "an array of objects");
        const auto& msg = m.as_object();
        std::string text = content_text(msg.if_contains("content"));
        prompt_tokens += estimate_tokens(text) + 3;  // roughly the per-message overhead of chat formatting
        const auto* role = msg.if_contains("role");
        if (role && role->is_string() && role->as_string() == "user")
            said = std::move(text);
    }
    std::string reply = "You said: " + said;
    std::int64_t completion_tokens = estimate_tokens(reply) * n;
    std::string id = "chatcmpl-local" + std::to_string(serial);
    std::int64_t created = unix_now();

    if (wants_stream(body))
    {
        bool with_usage = wants_stream_usage(body);
        auto chunk = [&](json::array choices) {
            json::object c{{"id", id},       {"object", "chat.completion.chunk"}, {"created", created},
                           {"model", model}, {"system_fingerprint", "fp_local"},  {"choices", std::move(choices)}};
            if (with_usage)
                c["usage"] = nullptr;
            return c;
        };
        auto choice = [](std::int64_t index, json::object delta, json::value finish) {
            return json::object{{"index", index},
                                {"delta", std::move(delta)},
                                {"logprobs", nullptr},
                                {"finish_reason", std::move(finish)}};
        };
        std::vector<json::object> events;
        for (std::int64_t i = 0; i < n; ++i)
        {
            events.push_back(
                chunk({choice(i, {{"role", "assistant"}, {"content", ""}, {"refusal", nullptr}}, nullptr)}));
            for (auto& piece : pieces(reply))
                events.push_back(chunk({choice(i, {{"content", piece}}, nullptr)}));
            events.push_back(chunk({choice(i, {}, "stop")}));
        }
        if (with_usage)
        {
            auto last = chunk({});
            last["usage"] = usage(prompt_tokens, completion_tokens);
            events.push_back(std::move(last));
        }
        return sse(events);
    }

    json::array choices;
    for (std::int64_t i = 0; i < n; ++i)
        choices.push_back(json::object{
            {"index", i},
            {"message",
             {{"role", "assistant"}, {"content", reply}, {"refusal", nullptr}, {"annotations", json::array()}}},
            {"logprobs", nullptr},
            {"finish_reason", "stop"}});
    return ok({{"id", id},
               {"object", "chat.completion"},
               {"created", created},
               {"model", model},
               {"choices", std::move(choices)},
               {"usage", usage(prompt_tokens, completion_tokens)},
               {"service_tier", "default"},
               {"system_fingerprint", "fp_local"}});
}

inline response completions(const request& req, std::uint64_t serial)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string model;
    if (auto err = required_string(body, "model", model))
        return *err;
    std::int64_t n = 1;
    if (auto err = optional_int(body, "n", 1, 128, n))
        return *err;

    // The prompt may be a string, strings, tokens, or arrays of tokens; tokens echo as numbers.
    auto tokens_text = [](const json::array& a, std::string& out) {
        for (const auto& t : a)
        {
            if (!t.is_int64() && !t.is_uint64())
                return false;
            if (!out.empty())
                out += ' ';
            out += json::serialize(t);
        }
        return true;
    };
    std::vector<std::string> prompts;
    auto* prompt = body.if_contains("prompt");
    if (!prompt || prompt->is_null())
    {
        prompts.emplace_back("<|endoftext|>");  // the API's documented default
    }
    else if (prompt->is_string())
    {
        prompts.emplace_back(prompt->as_string());
    }
    else if (prompt->is_array() && !prompt->as_array().empty())
    {
        const auto& a = prompt->as_array();
        std::string tokens;
        if (tokens_text(a, tokens))
        {
            prompts.push_back(std::move(tokens));
        }
        else
        {
            for (const auto& p : a)
            {
                std::string text;
                if (p.is_string())
                    text = std::string(p.as_string());
                else if (!p.is_array() || !tokens_text(p.as_array(), text))
                    return wrong_type("prompt", "a string, an array of strings, tokens or arrays of tokens");
                prompts.push_back(std::move(text));
            }
        }
    }
    else
    {
        return wrong_type("prompt", "a string, an array of strings, tokens or arrays of tokens");
    }

    std::int64_t prompt_tokens = 0, completion_tokens = 0;
    for (const auto& p : prompts)
    {
        prompt_tokens += estimate_tokens(p);
        completion_tokens += estimate_tokens(p) * n;
    }
    std::string id = "cmpl-local" + std::to_string(serial);
    std::int64_t created = unix_now();
    auto choice = [](std::int64_t index, std::string text, json::value finish) {
        return json::object{
            {"text", std::move(text)}, {"index", index}, {"logprobs", nullptr}, {"finish_reason", std::move(finish)}};
    };

    if (wants_stream(body))
    {
        bool with_usage = wants_stream_usage(body);
        auto chunk = [&](json::array choices) {
            json::object c{{"id", id},       {"object", "text_completion"},      {"created", created},
                           {"model", model}, {"system_fingerprint", "fp_local"}, {"choices", std::move(choices)}};
            if (with_usage)
                c["usage"] = nullptr;
            return c;
        };
        std::vector<json::object> events;
        std::int64_t index = 0;
        for (const auto& p : prompts)
            for (std::int64_t i = 0; i < n; ++i, ++index)
            {
                for (auto& piece : pieces(p))
                    events.push_back(chunk({choice(index, piece, nullptr)}));
                events.push_back(chunk({choice(index, "", "stop")}));
            }
        if (with_usage)
        {
            auto last = chunk({});
            last["usage"] = usage(prompt_tokens, completion_tokens);
            events.push_back(std::move(last));
        }
        return sse(events);
    }

    json::array choices;
    std::int64_t index = 0;
    for (const auto& p : prompts)
        for (std::int64_t i = 0; i < n; ++i)
            choices.push_back(choice(index++, p, "stop"));
    return ok({{"id", id},
               {"object", "text_completion"},
               {"created", created},
               {"model", model},
               {"system_fingerprint", "fp_local"},
               {"choices", std::move(choices)},
               {"usage", usage(prompt_tokens, completion_tokens)}});
}

inline response embeddings(const request& req)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string model;
    if (auto err = required_string(body, "model", model))
        return *err;
    std::int64_t dimensions = 1536;
    if (auto err = optional_int(body, "dimensions", 1, 65536, dimensions))
        return *err;
    bool base64 = false;
    if (auto* f = body.if_contains("encoding_format"); f && !f->is_null())
    {
        if (!f->is_string() || (f->as_string() != "float" && f->as_string() != "base64"))
            return invalid("Invalid value for 'encoding_format': expected 'float' or 'base64'.", "encoding_format",
                           "invalid_value");
        base64 = f->as_string() == "base64";
    }

    // One embedding per string or token array. A token array is hashed in its JSON form, so the
    // same tokens always give the same vector.
    struct item
    {
        std::string key;
        std::int64_t tokens;
    };
    std::vector<item> items;
    auto is_token = [](const json::value& t) { return t.is_int64() || t.is_uint64(); };
    auto token_array = [&](const json::array& a) { return !a.empty() && std::all_of(a.begin(), a.end(), is_token); };
    auto* input = body.if_contains("input");
    if (!input || input->is_null())
        return missing("input");
    if (input->is_string())
    {
        items.push_back({std::string(input->as_string()), estimate_tokens(input->as_string())});
    }
    else if (input->is_array() && token_array(input->as_array()))
    {
        items.push_back({json::serialize(*input), std::int64_t(input->as_array().size())});
    }
    else if (input->is_array() && !input->as_array().empty())
    {
        for (const auto& x : input->as_array())
        {
            if (x.is_string())
                items.push_back({std::string(x.as_string()), estimate_tokens(x.as_string())});
            else if (x.is_array() && token_array(x.as_array()))
                items.push_back({json::serialize(x), std::int64_t(x.as_array().size())});
            else
                return wrong_type("input", "a string, an array of strings, tokens or arrays of tokens");
        }
    }
    else
    {
        return invalid("'$.input' is invalid: expected a non-empty string or array.", "input", "invalid_value");
    }

    json::array data;
    std::int64_t tokens = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        auto v = embedding_for(items[i].key, std::size_t(dimensions));
        tokens += items[i].tokens;
        json::value embedding;
        if (base64)
        {
            embedding = floats_base64(v);
        }
        else
        {
            json::array a;
            a.reserve(v.size());
            for (float x : v)
                a.push_back(double(x));
            embedding = std::move(a);
        }
        data.push_back(json::object{{"object", "embedding"}, {"index", i}, {"embedding", std::move(embedding)}});
    }
    return ok({{"object", "list"},
               {"data", std::move(data)},
               {"model", model},
               {"usage", {{"prompt_tokens", tokens}, {"total_tokens", tokens}}}});
}

inline response image_generations(const request& req)
{
    json::object body;
    if (auto err = parse_object(req, body))
        return *err;
    std::string prompt;
    if (auto err = required_string(body, "prompt", prompt))
        return *err;
    std::int64_t n = 1;
    if (auto err = optional_int(body, "n", 1, 10, n))
        return *err;
    bool b64 = false;
    if (auto* f = body.if_contains("response_format"); f && !f->is_null())
    {
        if (!f->is_string() || (f->as_string() != "url" && f->as_string() != "b64_json"))
            return invalid("Invalid value for 'response_format': expected 'url' or 'b64_json'.", "response_format",
                           "invalid_value");
        b64 = f->as_string() == "b64_json";
    }

    std::string png = base64_encode(tiny_png());
    json::array data;
    for (std::int64_t i = 0; i < n; ++i)
    {
        // A data: URL keeps "url" responses usable without any network.
        json::object image =
            b64 ? json::object{{"b64_json", png}} : json::object{{"url", "data:image/png;base64," + png}};
        image["revised_prompt"] = prompt;
        data.push_back(std::move(image));
    }
    return ok({{"created", unix_now()}, {"data", std::move(data)}});
}

/// The model id of a /v1/models/{id} path, percent-decoded.
inline std::string model_id(const request& req)
{
    return percent_decode(std::string_view(req.path).substr(std::string_view("/v1/models/").size()));
}

}  // namespace routes_detail

/// Registers the default OpenAI-compatible routes (see the top of this file) on `s`. Routes
/// registered later with `on`, and scripted responses, take precedence.
inline void add_openai_routes(server& s)
{
    namespace d = routes_detail;
    namespace json = boost::json;
    auto serial = std::make_shared<std::atomic<std::uint64_t>>(0);  // ids unique per server

    s.on("POST", "/v1/chat/completions", [serial](const request& req) { return d::chat_completions(req, ++*serial); });
    s.on("POST", "/v1/completions", [serial](const request& req) { return d::completions(req, ++*serial); });
    s.on("POST", "/v1/embeddings", &d::embeddings);
    s.on("POST", "/v1/images/generations", &d::image_generations);
    s.on("GET", "/v1/models", [](const request&) {
        json::array data;
        for (const auto& m : d::models)
            data.push_back(d::model_json(m));
        return d::ok({{"object", "list"}, {"data", std::move(data)}});
    });
    s.on("GET", "/v1/models/{id}", [](const request& req) {
        std::string id = d::model_id(req);
        for (const auto& m : d::models)
            if (id == m.id)
                return d::ok(d::model_json(m));
        return response::error(404, "invalid_request_error", "model_not_found", "The model '" + id + "' does not exist",
                               "model");
    });
    s.on("DELETE", "/v1/models/{id}", [](const request& req) {
        return d::ok({{"id", d::model_id(req)}, {"object", "model"}, {"deleted", true}});
    });
    add_responses_routes(s);
}

}  // namespace testing
OPENAI_END_NAMESPACE

#endif
