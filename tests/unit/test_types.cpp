// Unit tests of the embeddings, images, models, page and legacy completions types: request
// bodies written by openai::detail::to_json and responses read by openai::detail::from_json.
#include <openai/detail/base64.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/detail/json_reader.hpp>
#include <openai/error.hpp>
#include <openai/exceptions.hpp>
#include <openai/types/completion.hpp>
#include <openai/types/completion_create_params.hpp>
#include <openai/types/create_embedding_response.hpp>
#include <openai/types/embedding_create_params.hpp>
#include <openai/types/image_generate_params.hpp>
#include <openai/types/images_response.hpp>
#include <openai/types/model.hpp>
#include <openai/types/model_deleted.hpp>
#include <openai/types/page.hpp>

#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace json = boost::json;
using openai::detail::from_json;
using openai::detail::read_error;
using openai::detail::to_json;

json::value parse_json(std::string_view text)
{
    return json::parse(text);
}

// Checks that a request body equals the expected JSON, printing both on failure.
void check_body(const json::value& actual, std::string_view expected)
{
    const json::value want = parse_json(expected);
    INFO("actual:   " << json::serialize(actual));
    INFO("expected: " << json::serialize(want));
    CHECK(actual == want);
}

template <class T>
T read(std::string_view text)
{
    T out{};
    read_error err;
    const bool ok = from_json(parse_json(text), out, err);
    INFO(err.to_string());
    REQUIRE(ok);
    return out;
}

template <class T>
read_error read_failure(std::string_view text)
{
    T out{};
    read_error err;
    CHECK_FALSE(from_json(parse_json(text), out, err));
    return err;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Embeddings
// ---------------------------------------------------------------------------------------------

TEST_CASE("embedding_create_params: a minimal request has only model and input")
{
    openai::embedding_create_params p{.model = "text-embedding-3-small", .input = "The food was delicious"};
    CHECK(p.input.index() == 0);
    CHECK(std::get<std::string>(p.input) == "The food was delicious");
    const json::value body = to_json(p);
    check_body(body, R"({"model": "text-embedding-3-small", "input": "The food was delicious"})");
    CHECK(body.as_object().size() == 2);
}

TEST_CASE("embedding_create_params: every field set")
{
    openai::embedding_create_params p{.model = "text-embedding-3-large",
                                      .input = std::vector<std::string>{"first", "second"},
                                      .dimensions = 256,
                                      .encoding_format = "base64",
                                      .user = "user-1234"};
    p.options.timeout = std::chrono::seconds(5);
    p.options.extra_body["not_in_the_body"] = true;  // merged by the client, not by to_json
    check_body(to_json(p), R"({
        "model": "text-embedding-3-large",
        "input": ["first", "second"],
        "dimensions": 256,
        "encoding_format": "base64",
        "user": "user-1234"
    })");
}

TEST_CASE("embedding_create_params: every input alternative")
{
    openai::embedding_create_params p{.model = "m", .input = std::vector<std::int64_t>{1212, 318, 257, 1332, 13}};
    CHECK(p.input.index() == 2);
    check_body(to_json(p), R"({"model": "m", "input": [1212, 318, 257, 1332, 13]})");

    p.input = std::vector<std::vector<std::int64_t>>{{1212, 318}, {257, 1332, 13}};
    CHECK(p.input.index() == 3);
    check_body(to_json(p), R"({"model": "m", "input": [[1212, 318], [257, 1332, 13]]})");

    p.input = std::vector<std::string>{"This is a test."};
    CHECK(p.input.index() == 1);
    check_body(to_json(p), R"({"model": "m", "input": ["This is a test."]})");

    p.input = std::string("text");
    check_body(to_json(p), R"({"model": "m", "input": "text"})");
}

namespace {
// The API reference's example, without its "...." placeholder and trailing comma.
constexpr std::string_view embedding_float_body = R"({
  "object": "list",
  "data": [
    {
      "object": "embedding",
      "embedding": [0.0023064255, -0.009327292, -0.0028842222],
      "index": 0
    }
  ],
  "model": "text-embedding-ada-002",
  "usage": {"prompt_tokens": 8, "total_tokens": 8}
})";

// The same floats as base64 of little-endian float32 (Python: struct.pack('<3f', ...)).
constexpr std::string_view embedding_base64_body = R"({
  "object": "list",
  "data": [{"object": "embedding", "embedding": "ZicXO4DRGLw4BT27", "index": 0}],
  "model": "text-embedding-ada-002",
  "usage": {"prompt_tokens": 8, "total_tokens": 8}
})";
}  // namespace

TEST_CASE("create_embedding_response: the API reference example")
{
    const auto r = read<openai::create_embedding_response>(embedding_float_body);
    CHECK(r.object == "list");
    CHECK(r.model == "text-embedding-ada-002");
    CHECK(r.usage.prompt_tokens == 8);
    CHECK(r.usage.total_tokens == 8);
    REQUIRE(r.data.size() == 1);
    CHECK(r.data.at(0).object == "embedding");
    CHECK(r.data.at(0).index == 0);
    REQUIRE(r.data.at(0).embedding.size() == 3);
    CHECK(r.data.at(0).embedding[0] == 0.0023064255f);
    CHECK(r.data.at(0).embedding[1] == -0.009327292f);
    CHECK(r.data.at(0).embedding[2] == -0.0028842222f);
    CHECK_FALSE(r.raw_response);  // not read from an HTTP answer
}

TEST_CASE("create_embedding_response: float and base64 encodings give identical floats")
{
    const auto f = read<openai::create_embedding_response>(embedding_float_body);
    const auto b = read<openai::create_embedding_response>(embedding_base64_body);
    REQUIRE(b.data.size() == 1);
    CHECK(b.data.at(0).embedding == f.data.at(0).embedding);
    CHECK(b.data.at(0).index == 0);
    CHECK(b.data.at(0).object == "embedding");

    // A full-size vector, several items.
    std::vector<float> v(1536);
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<float>(std::cos(static_cast<double>(i)) * 0.03);
    json::object item0{{"object", "embedding"}, {"index", 0}, {"embedding", openai::detail::base64_encode_floats(v)}};
    json::array floats;
    for (float x : v)
        floats.push_back(static_cast<double>(x));
    json::object item1{{"object", "embedding"}, {"index", 1}, {"embedding", floats}};
    json::value body = json::object{{"object", "list"},
                                    {"data", json::array{item0, item1}},
                                    {"model", "text-embedding-3-small"},
                                    {"usage", json::object{{"prompt_tokens", 4}, {"total_tokens", 4}}}};
    openai::create_embedding_response r;
    read_error err;
    REQUIRE(from_json(body, r, err));
    REQUIRE(r.data.size() == 2);
    CHECK(r.data[0].embedding == v);
    CHECK(r.data[1].embedding == v);
    CHECK(r.data[1].index == 1);
}

TEST_CASE("create_embedding_response: unknown fields are ignored, missing ones keep defaults")
{
    const auto r = read<openai::create_embedding_response>(R"({
        "object": "list",
        "data": [{"embedding": [1, 2.5], "future_field": {"x": 1}}],
        "model": "text-embedding-3-small",
        "service_tier": "default"
    })");
    REQUIRE(r.data.size() == 1);
    CHECK(r.data[0].embedding == std::vector<float>{1.0f, 2.5f});
    CHECK(r.data[0].index == 0);
    CHECK(r.data[0].object.empty());
    CHECK(r.usage.prompt_tokens == 0);
    CHECK(r.usage.total_tokens == 0);

    const auto n = read<openai::create_embedding_response>(R"({"data": [{"embedding": null, "index": 3}]})");
    REQUIRE(n.data.size() == 1);
    CHECK(n.data[0].embedding.empty());
    CHECK(n.data[0].index == 3);
}

TEST_CASE("create_embedding_response: bad embeddings fail with the path")
{
    auto err = read_failure<openai::create_embedding_response>(
        R"({"data": [{"embedding": "ZicXO4DRGLw4BT2"}]})");  // 15 characters
    CHECK(err.path == "data[0].embedding");
    CHECK(err.what.find("multiple of 4") != std::string::npos);

    err = read_failure<openai::create_embedding_response>(R"({"data": [{"embedding": "ZicXO4DR"}]})");  // 6 bytes
    CHECK(err.path == "data[0].embedding");
    CHECK(err.what.find("float32") != std::string::npos);

    err = read_failure<openai::create_embedding_response>(
        R"({"data": [{"embedding": [0.5]}, {"embedding": "ZicX$4DRGLw4BT27"}]})");
    CHECK(err.path == "data[1].embedding");
    CHECK(err.what.find("base64") != std::string::npos);

    err = read_failure<openai::create_embedding_response>(R"({"data": [{"embedding": [0.5, "x"]}]})");
    CHECK(err.path == "data[0].embedding[1]");

    err = read_failure<openai::create_embedding_response>(R"({"data": [{"embedding": 3}]})");
    CHECK(err.path == "data[0].embedding");
    CHECK(err.what == "expected an array of numbers or a base64 string, got a number");

    err = read_failure<openai::create_embedding_response>(R"({"data": [{"index": "0"}]})");
    CHECK(err.path == "data[0].index");

    err = read_failure<openai::create_embedding_response>(R"({"usage": {"total_tokens": "8"}})");
    CHECK(err.path == "usage.total_tokens");
    CHECK(err.to_string() == "usage.total_tokens: expected an integer, got a string");
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

TEST_CASE("image_generate_params: the API reference request")
{
    openai::image_generate_params p{.prompt = "A cute baby sea otter", .n = 1, .size = "1024x1024"};
    check_body(to_json(p), R"({"prompt": "A cute baby sea otter", "n": 1, "size": "1024x1024"})");

    openai::image_generate_params q{
        .prompt = "A cute baby sea otter", .model = "gpt-image-1.5", .n = 1, .size = "1024x1024"};
    check_body(to_json(q), R"({"prompt": "A cute baby sea otter", "model": "gpt-image-1.5", "n": 1,
                               "size": "1024x1024"})");

    openai::image_generate_params minimal{.prompt = "otter"};
    const json::value body = to_json(minimal);
    check_body(body, R"({"prompt": "otter"})");
    CHECK(body.as_object().size() == 1);
}

TEST_CASE("image_generate_params: every field set")
{
    openai::image_generate_params p{.prompt = "A cute baby sea otter",
                                    .background = "transparent",
                                    .model = "gpt-image-1",
                                    .moderation = "low",
                                    .n = 2,
                                    .output_compression = 80,
                                    .output_format = "webp",
                                    .partial_images = 2,
                                    .quality = "high",
                                    .response_format = "b64_json",
                                    .size = "1536x1024",
                                    .stream = true,
                                    .style = "natural",
                                    .user = "user-1234"};
    check_body(to_json(p), R"({
        "prompt": "A cute baby sea otter",
        "background": "transparent",
        "model": "gpt-image-1",
        "moderation": "low",
        "n": 2,
        "output_compression": 80,
        "output_format": "webp",
        "partial_images": 2,
        "quality": "high",
        "response_format": "b64_json",
        "size": "1536x1024",
        "stream": true,
        "style": "natural",
        "user": "user-1234"
    })");
}

namespace {
// Base64 of the 8-byte PNG signature followed by "IHDR".
constexpr std::string_view png_b64 = "iVBORw0KGgpJSERS";
}  // namespace

TEST_CASE("images_response: the API reference example, with image decoding")
{
    const std::string body = R"({
      "created": 1713833628,
      "data": [{"b64_json": ")" +
                             std::string(png_b64) + R"("}],
      "background": "transparent",
      "output_format": "png",
      "size": "1024x1024",
      "quality": "high",
      "usage": {
        "total_tokens": 100,
        "input_tokens": 50,
        "output_tokens": 50,
        "input_tokens_details": {"text_tokens": 10, "image_tokens": 40}
      }
    })";
    const auto r = read<openai::images_response>(body);
    CHECK(r.created == 1713833628);
    CHECK(r.background == "transparent");
    CHECK(r.output_format == "png");
    CHECK(r.size == "1024x1024");
    CHECK(r.quality == "high");
    REQUIRE(r.usage.has_value());
    CHECK(r.usage->total_tokens == 100);
    CHECK(r.usage->input_tokens == 50);
    CHECK(r.usage->output_tokens == 50);
    CHECK(r.usage->input_tokens_details.text_tokens == 10);
    CHECK(r.usage->input_tokens_details.image_tokens == 40);
    CHECK_FALSE(r.usage->output_tokens_details.has_value());
    REQUIRE(r.data.size() == 1);
    CHECK_FALSE(r.data[0].url.has_value());
    CHECK_FALSE(r.data[0].revised_prompt.has_value());

    const std::vector<unsigned char> bytes = r.data[0].decode_b64_json();
    const std::vector<unsigned char> expected{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'I', 'H', 'D', 'R'};
    CHECK(bytes == expected);
}

TEST_CASE("images_response: a dall-e-3 URL answer; decoding without b64_json throws")
{
    const auto r = read<openai::images_response>(R"({
      "created": 1589478378,
      "data": [{"url": "https://example.com/img.png", "revised_prompt": "A baby sea otter floating"}],
      "quality": "ultra-new-value"
    })");
    CHECK(r.created == 1589478378);
    CHECK_FALSE(r.usage.has_value());
    CHECK_FALSE(r.background.has_value());
    CHECK(r.quality == "ultra-new-value");  // unknown enum values survive
    REQUIRE(r.data.size() == 1);
    CHECK(r.data[0].url == "https://example.com/img.png");
    CHECK(r.data[0].revised_prompt == "A baby sea otter floating");
    CHECK_FALSE(r.data[0].b64_json.has_value());

    try
    {
        (void)r.data[0].decode_b64_json();
        FAIL("expected openai::error");
    }
    catch (const openai::error& e)
    {
        CHECK(e.error_code() == openai::errc::invalid_response);
    }

    openai::image bad{.b64_json = "not base64!"};
    CHECK_THROWS_AS((void)bad.decode_b64_json(), openai::error);
    try
    {
        (void)bad.decode_b64_json();
    }
    catch (const openai::error& e)
    {
        CHECK(e.error_code() == openai::errc::invalid_response);
    }
}

TEST_CASE("images_response: output token details and bad input paths")
{
    const auto r = read<openai::images_response>(R"({
      "created": 1, "data": [],
      "usage": {"total_tokens": 3, "input_tokens": 1, "output_tokens": 2,
                "input_tokens_details": {"text_tokens": 1, "image_tokens": 0},
                "output_tokens_details": {"text_tokens": 0, "image_tokens": 2}}
    })");
    REQUIRE(r.usage.has_value());
    REQUIRE(r.usage->output_tokens_details.has_value());
    CHECK(r.usage->output_tokens_details->image_tokens == 2);
    CHECK(r.usage->output_tokens_details->text_tokens == 0);
    CHECK(r.data.empty());

    auto err = read_failure<openai::images_response>(R"({"created": 1, "data": [{"b64_json": 12}]})");
    CHECK(err.path == "data[0].b64_json");
    err = read_failure<openai::images_response>(
        R"({"created": 1, "usage": {"input_tokens_details": {"image_tokens": 1.5}}})");
    CHECK(err.path == "usage.input_tokens_details.image_tokens");
}

// ---------------------------------------------------------------------------------------------
// Models and pages
// ---------------------------------------------------------------------------------------------

TEST_CASE("model and model_deleted: the API reference examples")
{
    const auto m = read<openai::model>(R"({
      "id": "gpt-4o-mini", "object": "model", "created": 1686935002, "owned_by": "openai",
      "shutdown_date": "2026-10-23"
    })");
    CHECK(m.id == "gpt-4o-mini");
    CHECK(m.object == "model");
    CHECK(m.created == 1686935002);
    CHECK(m.owned_by == "openai");
    CHECK(m.shutdown_date == "2026-10-23");

    const auto d = read<openai::model_deleted>(R"({
      "id": "ft:gpt-4o-mini:acemeco:suffix:abc123", "object": "model", "deleted": true
    })");
    CHECK(d.id == "ft:gpt-4o-mini:acemeco:suffix:abc123");
    CHECK(d.object == "model");
    CHECK(d.deleted);

    auto err = read_failure<openai::model_deleted>(R"({"deleted": "yes"})");
    CHECK(err.to_string() == "deleted: expected a boolean, got a string");
}

TEST_CASE("page<model>: the list models example")
{
    const auto p = read<openai::page<openai::model>>(R"({
      "object": "list",
      "data": [
        {"id": "model-id-0", "object": "model", "created": 1686935002, "owned_by": "organization-owner",
         "shutdown_date": null},
        {"id": "model-id-1", "object": "model", "created": 1686935003, "owned_by": "organization-owner"},
        {"id": "model-id-2", "object": "model", "created": 1686935004, "owned_by": "openai",
         "shutdown_date": "2026-10-23"}
      ]
    })");
    CHECK(p.object == "list");
    REQUIRE(p.data.size() == 3);
    CHECK(p.data[0].id == "model-id-0");
    CHECK_FALSE(p.data[0].shutdown_date.has_value());
    CHECK(p.data[1].created == 1686935003);
    CHECK(p.data[2].owned_by == "openai");
    CHECK(p.data[2].shutdown_date == "2026-10-23");
    CHECK_FALSE(p.has_more.has_value());
    CHECK_FALSE(p.first_id.has_value());
    CHECK_FALSE(p.last_id.has_value());
    CHECK_FALSE(p.raw_response);
}

TEST_CASE("page<T>: cursor fields, nulls, unknown fields and error paths")
{
    const auto p = read<openai::page<openai::model_deleted>>(R"({
      "object": "list",
      "data": [{"id": "a", "deleted": true}, {"id": "b", "deleted": false}],
      "has_more": true, "first_id": "a", "last_id": "b", "next_page": "ignored"
    })");
    REQUIRE(p.data.size() == 2);
    CHECK(p.data[1].id == "b");
    CHECK_FALSE(p.data[1].deleted);
    CHECK(p.has_more == true);
    CHECK(p.first_id == "a");
    CHECK(p.last_id == "b");

    const auto e = read<openai::page<openai::model>>(R"({"object": null, "data": null, "has_more": false})");
    CHECK(e.object.empty());
    CHECK(e.data.empty());
    CHECK(e.has_more == false);

    auto err = read_failure<openai::page<openai::model>>(R"({"data": [{"id": "a"}, {"created": "soon"}]})");
    CHECK(err.path == "data[1].created");
    err = read_failure<openai::page<openai::model>>(R"({"data": {}})");
    CHECK(err.to_string() == "data: expected an array, got an object");
    err = read_failure<openai::page<openai::model>>(R"({"has_more": "no"})");
    CHECK(err.path == "has_more");
    err = read_failure<openai::page<openai::model>>(R"([])");
    CHECK(err.what == "expected an object, got an array");
}

// ---------------------------------------------------------------------------------------------
// Legacy completions
// ---------------------------------------------------------------------------------------------

TEST_CASE("completion_create_params: a minimal request")
{
    openai::completion_create_params p{.model = "gpt-3.5-turbo-instruct", .prompt = "Say this is a test"};
    const json::value body = to_json(p);
    check_body(body, R"({"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test"})");
    CHECK(body.as_object().size() == 2);

    openai::completion_create_params q{
        .model = "gpt-3.5-turbo-instruct", .prompt = "Say this is a test", .max_tokens = 7, .temperature = 0.0};
    check_body(to_json(q), R"({"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test",
                               "max_tokens": 7, "temperature": 0.0})");
}

TEST_CASE("completion_create_params: every field set")
{
    openai::chat_completion_stream_options_param stream_options;
    stream_options.include_usage = true;
    openai::completion_create_params p{.model = "gpt-3.5-turbo-instruct",
                                       .prompt = std::vector<std::string>{"a", "b"},
                                       .best_of = 3,
                                       .echo = true,
                                       .frequency_penalty = 0.5,
                                       .logit_bias = {{"50256", -100}, {"13", 5}},
                                       .logprobs = 2,
                                       .max_tokens = 16,
                                       .n = 2,
                                       .presence_penalty = -0.25,
                                       .seed = 42,
                                       .stop = std::vector<std::string>{"\n", "END"},
                                       .stream = true,
                                       .stream_options = stream_options,
                                       .suffix = "test.",
                                       .temperature = 0.75,
                                       .top_p = 0.875,
                                       .user = "user-1234"};
    p.options.max_retries = 0;
    check_body(to_json(p), R"({
        "model": "gpt-3.5-turbo-instruct",
        "prompt": ["a", "b"],
        "best_of": 3,
        "echo": true,
        "frequency_penalty": 0.5,
        "logit_bias": {"50256": -100, "13": 5},
        "logprobs": 2,
        "max_tokens": 16,
        "n": 2,
        "presence_penalty": -0.25,
        "seed": 42,
        "stop": ["\n", "END"],
        "stream": true,
        "stream_options": {"include_usage": true},
        "suffix": "test.",
        "temperature": 0.75,
        "top_p": 0.875,
        "user": "user-1234"
    })");
}

TEST_CASE("completion_create_params: prompt and stop alternatives")
{
    openai::completion_create_params p{.model = "m", .prompt = std::vector<std::int64_t>{1212, 318}, .stop = "\n"};
    CHECK(p.stop.has_value());
    CHECK(p.stop->index() == 0);
    check_body(to_json(p), R"({"model": "m", "prompt": [1212, 318], "stop": "\n"})");

    p.prompt = std::vector<std::vector<std::int64_t>>{{1}, {2, 3}};
    p.stop.reset();
    check_body(to_json(p), R"({"model": "m", "prompt": [[1], [2, 3]]})");

    p.stream_options = openai::chat_completion_stream_options_param{};
    check_body(to_json(p), R"({"model": "m", "prompt": [[1], [2, 3]], "stream_options": {}})");
}

TEST_CASE("completion: the API reference example")
{
    const auto c = read<openai::completion>(R"({
      "id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
      "object": "text_completion",
      "created": 1589478378,
      "model": "gpt-3.5-turbo-instruct",
      "system_fingerprint": "fp_44709d6fcb",
      "choices": [
        {"text": "\n\nThis is indeed a test", "index": 0, "logprobs": null, "finish_reason": "length"}
      ],
      "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
    })");
    CHECK(c.id == "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7");
    CHECK(c.object == "text_completion");
    CHECK(c.created == 1589478378);
    CHECK(c.model == "gpt-3.5-turbo-instruct");
    CHECK(c.system_fingerprint == "fp_44709d6fcb");
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].text == "\n\nThis is indeed a test");
    CHECK(c.choices[0].index == 0);
    CHECK_FALSE(c.choices[0].logprobs.has_value());
    CHECK(c.choices[0].finish_reason == "length");
    REQUIRE(c.usage.has_value());
    CHECK(c.usage->prompt_tokens == 5);
    CHECK(c.usage->completion_tokens == 7);
    CHECK(c.usage->total_tokens == 12);
}

TEST_CASE("completion: a streamed chunk, without usage, with a null finish_reason")
{
    const auto c = read<openai::completion>(R"({
      "id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe", "object": "text_completion", "created": 1690759702,
      "choices": [{"text": "This", "index": 0, "logprobs": null, "finish_reason": null}],
      "model": "gpt-3.5-turbo-instruct"
    })");
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].text == "This");
    CHECK(c.choices[0].finish_reason.empty());
    CHECK_FALSE(c.usage.has_value());
    CHECK_FALSE(c.system_fingerprint.has_value());
}

TEST_CASE("completion: logprobs, with the null entries of an echoed prompt")
{
    const auto c = read<openai::completion>(R"({
      "id": "cmpl-1", "object": "text_completion", "created": 1, "model": "davinci-002",
      "choices": [{
        "text": "Hello world", "index": 0, "finish_reason": "brand_new_reason",
        "logprobs": {
          "text_offset": [0, 5],
          "token_logprobs": [null, -0.25],
          "tokens": ["Hello", " world"],
          "top_logprobs": [null, {" world": -0.25, " there": -2}]
        }
      }]
    })");
    REQUIRE(c.choices.size() == 1);
    CHECK(c.choices[0].finish_reason == "brand_new_reason");  // unknown enum values survive
    REQUIRE(c.choices[0].logprobs.has_value());
    const auto& lp = *c.choices[0].logprobs;
    CHECK(lp.text_offset == std::vector<std::int64_t>{0, 5});
    REQUIRE(lp.token_logprobs.size() == 2);
    CHECK(std::isnan(lp.token_logprobs[0]));
    CHECK(lp.token_logprobs[1] == -0.25);
    CHECK(lp.tokens == std::vector<std::string>{"Hello", " world"});
    REQUIRE(lp.top_logprobs.size() == 2);
    CHECK(lp.top_logprobs[0].empty());
    CHECK(lp.top_logprobs[1].at(" world") == -0.25);
    CHECK(lp.top_logprobs[1].at(" there") == -2.0);

    auto err =
        read_failure<openai::completion>(R"({"choices": [{"logprobs": {"top_logprobs": [{"a": -1}, {"b": "x"}]}}]})");
    CHECK(err.path == "choices[0].logprobs.top_logprobs[1].b");
    err = read_failure<openai::completion>(R"({"choices": [{"logprobs": {"tokens": "Hello"}}]})");
    CHECK(err.to_string() == "choices[0].logprobs.tokens: expected an array, got a string");
    err = read_failure<openai::completion>(R"({"choices": [{"logprobs": {"token_logprobs": [true]}}]})");
    CHECK(err.path == "choices[0].logprobs.token_logprobs[0]");
}
