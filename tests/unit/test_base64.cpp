// Unit tests of openai/detail/base64.hpp.
#include <openai/detail/base64.hpp>

#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_view_literals;
namespace d = openai::detail;

std::string decode_to_string(std::string_view in)
{
    auto bytes = d::base64_decode(in);
    REQUIRE(bytes.has_value());
    return std::string(bytes->begin(), bytes->end());
}

std::vector<unsigned char> all_bytes()
{
    std::vector<unsigned char> bytes(256);
    for (int i = 0; i < 256; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(i);
    return bytes;
}

constexpr std::string_view all_bytes_b64 =
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZH"
    "SElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6P"
    "kJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX"
    "2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==";

bool same_bits(float a, float b)
{
    return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
}

}  // namespace

TEST_CASE("base64 encodes the RFC 4648 test vectors, every padding case")
{
    CHECK(d::base64_encode(""sv) == "");
    CHECK(d::base64_encode("f"sv) == "Zg==");
    CHECK(d::base64_encode("fo"sv) == "Zm8=");
    CHECK(d::base64_encode("foo"sv) == "Zm9v");
    CHECK(d::base64_encode("foob"sv) == "Zm9vYg==");
    CHECK(d::base64_encode("fooba"sv) == "Zm9vYmE=");
    CHECK(d::base64_encode("foobar"sv) == "Zm9vYmFy");
}

TEST_CASE("base64 decodes the RFC 4648 test vectors, every padding case")
{
    CHECK(decode_to_string("") == "");
    CHECK(decode_to_string("Zg==") == "f");
    CHECK(decode_to_string("Zm8=") == "fo");
    CHECK(decode_to_string("Zm9v") == "foo");
    CHECK(decode_to_string("Zm9vYg==") == "foob");
    CHECK(decode_to_string("Zm9vYmE=") == "fooba");
    CHECK(decode_to_string("Zm9vYmFy") == "foobar");
}

TEST_CASE("base64 sizes")
{
    CHECK(d::base64_encoded_size(0) == 0);
    CHECK(d::base64_encoded_size(1) == 4);
    CHECK(d::base64_encoded_size(2) == 4);
    CHECK(d::base64_encoded_size(3) == 4);
    CHECK(d::base64_encoded_size(4) == 8);
    CHECK(d::base64_decoded_size("") == std::optional<std::size_t>(0));
    CHECK(d::base64_decoded_size("Zg==") == std::optional<std::size_t>(1));
    CHECK(d::base64_decoded_size("Zm8=") == std::optional<std::size_t>(2));
    CHECK(d::base64_decoded_size("Zm9vYmFy") == std::optional<std::size_t>(6));
    CHECK_FALSE(d::base64_decoded_size("Zm9").has_value());
    CHECK_FALSE(d::base64_decoded_size("Zm9vY").has_value());
}

TEST_CASE("base64 round-trips all 256 byte values, against a known encoding")
{
    const auto bytes = all_bytes();
    const std::string encoded = d::base64_encode(std::span<const unsigned char>(bytes));
    CHECK(encoded == all_bytes_b64);
    auto decoded = d::base64_decode(encoded);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == bytes);

    // Every length 0..256 (so every remainder mod 3) of every suffix position round-trips.
    for (std::size_t len = 0; len <= bytes.size(); ++len)
    {
        std::span<const unsigned char> part(bytes.data() + (bytes.size() - len), len);
        const std::string e = d::base64_encode(part);
        REQUIRE(e.size() == d::base64_encoded_size(len));
        auto back = d::base64_decode(e);
        REQUIRE(back.has_value());
        CHECK(std::vector<unsigned char>(part.begin(), part.end()) == *back);
    }
}

TEST_CASE("base64 decodes into a caller-provided buffer without writing past the data")
{
    unsigned char buf[8];
    std::memset(buf, 0xAA, sizeof buf);
    auto n = d::base64_decode("AP/+EIA=", buf);
    REQUIRE(n.has_value());
    CHECK(*n == 5);
    CHECK(buf[0] == 0x00);
    CHECK(buf[1] == 0xFF);
    CHECK(buf[2] == 0xFE);
    CHECK(buf[3] == 0x10);
    CHECK(buf[4] == 0x80);
    CHECK(buf[5] == 0xAA);  // untouched

    char out[8];
    const unsigned char in[] = {0x00, 0xFF, 0xFE, 0x10, 0x80};
    CHECK(d::base64_encode(in, sizeof in, out) == 8);
    CHECK(std::string_view(out, 8) == "AP/+EIA=");
}

TEST_CASE("base64 rejects invalid input without throwing")
{
    unsigned char buf[64];
    const std::string_view invalid[] = {
        "Z",          // length 1
        "Zg=",        // length 3
        "Zm9vY",      // length 5
        "Zm9v\n",     // whitespace
        "Zm9v Zg==",  // embedded space
        "Zm-v",       // URL-safe alphabet
        "Zm_v",       // URL-safe alphabet
        "Zg=a",       // '=' followed by data
        "Z===",       // three '='
        "====",       // only padding
        "=Zg=",       // leading '='
        "Zg==Zg==",   // padding in the middle
        "Zm9vYm=y",   // padding in the middle of the last quantum
        "Zm9*",       // '*' is not in the alphabet
    };
    for (auto s : invalid)
    {
        CAPTURE(s);
        CHECK_FALSE(d::base64_decode(s, buf).has_value());
        CHECK_FALSE(d::base64_decode(s).has_value());
    }
    // Bytes outside ASCII and NUL are rejected too.
    const std::string high("Zm9\xC3", 4);
    CHECK_FALSE(d::base64_decode(high).has_value());
    const std::string nul("Zm\0v", 4);
    CHECK_FALSE(d::base64_decode(nul).has_value());
}

TEST_CASE("base64 ignores non-zero bits after the last byte")
{
    // "Zh==" has low bits set in 'h'; like Python's b64decode, it still decodes to "f".
    CHECK(decode_to_string("Zh==") == "f");
    CHECK(decode_to_string("Zm9=") == "fo");
}

TEST_CASE("base64 float32 arrays decode as little-endian")
{
    // struct.pack('<4f', 1.0, -2.5, 0.0, 3.1415927) in base64.
    std::vector<float> out;
    REQUIRE(d::base64_decode_floats("AACAPwAAIMAAAAAA2w9JQA==", out) == d::base64_floats_status::ok);
    REQUIRE(out.size() == 4);
    CHECK(out[0] == 1.0f);
    CHECK(out[1] == -2.5f);
    CHECK(out[2] == 0.0f);
    CHECK(out[3] == 3.1415927f);

    // The API reference's example values.
    REQUIRE(d::base64_decode_floats("ZicXO4DRGLw4BT27", out) == d::base64_floats_status::ok);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == 0.0023064255f);
    CHECK(out[1] == -0.009327292f);
    CHECK(out[2] == -0.0028842222f);

    CHECK(d::base64_encode_floats(std::vector<float>{1.0f, -2.5f, 0.0f, 3.1415927f}) == "AACAPwAAIMAAAAAA2w9JQA==");

    REQUIRE(d::base64_decode_floats("", out) == d::base64_floats_status::ok);
    CHECK(out.empty());
}

TEST_CASE("base64 float32 decoding reports each kind of failure")
{
    std::vector<float> out;
    CHECK(d::base64_decode_floats("AACAPwA", out) == d::base64_floats_status::bad_length);
    CHECK(d::base64_decode_floats("AACAPw==AAAAAAAA", out) == d::base64_floats_status::bad_character);  // 12 bytes
    CHECK(d::base64_decode_floats("AACA", out) == d::base64_floats_status::partial_float);              // 3 bytes
    CHECK(d::base64_decode_floats("AACAPwA=", out) == d::base64_floats_status::partial_float);          // 5 bytes
    CHECK(d::base64_decode_floats("AACAPwAA*ACAPwAA", out) == d::base64_floats_status::bad_character);  // 12 bytes
}

TEST_CASE("the portable little-endian conversion matches the host fast path")
{
    const unsigned char le_one[] = {0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0xC0};
    float f[2] = {};
    d::floats_from_le_bytes(le_one, 2, f);
    CHECK(f[0] == 1.0f);
    CHECK(f[1] == -2.5f);

    unsigned char bytes[8] = {};
    d::floats_to_le_bytes(f, 2, bytes);
    CHECK(std::memcmp(bytes, le_one, 8) == 0);
}

TEST_CASE("base64 round-trips a 1536-float embedding bit for bit")
{
    std::vector<float> v(1536);
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<float>(std::sin(static_cast<double>(i) * 0.37) * 0.05);
    // Values whose bits matter.
    v[0] = -0.0f;
    v[1] = std::numeric_limits<float>::denorm_min();
    v[2] = std::numeric_limits<float>::infinity();
    v[3] = -std::numeric_limits<float>::max();
    v[4] = std::numeric_limits<float>::quiet_NaN();

    const std::string encoded = d::base64_encode_floats(v);
    CHECK(encoded.size() == d::base64_encoded_size(1536 * 4));
    CHECK(encoded.size() == 8192);

    // Same bytes as the portable little-endian serialization.
    std::vector<unsigned char> le(1536 * 4);
    d::floats_to_le_bytes(v.data(), v.size(), le.data());
    CHECK(encoded == d::base64_encode(std::span<const unsigned char>(le)));

    std::vector<float> back;
    REQUIRE(d::base64_decode_floats(encoded, back) == d::base64_floats_status::ok);
    REQUIRE(back.size() == v.size());
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        mismatches += same_bits(v[i], back[i]) ? 0 : 1;
    CHECK(mismatches == 0);
    CHECK(std::signbit(back[0]));
    CHECK(std::isnan(back[4]));
    CHECK(back[100] == v[100]);
}

TEST_CASE("base64 floats longer than a decoding block: every block decoded, a fault in any block found")
{
    // 5000 floats: 20,000 bytes, 26,668 characters, seven blocks of 4096 characters.
    std::vector<float> floats(5000);
    for (std::size_t i = 0; i < floats.size(); ++i)
        floats[i] = static_cast<float>(i) * 0.25f - 300.0f;
    const std::string text = d::base64_encode_floats(floats);
    std::vector<float> out{1.0f, 2.0f};  // replaced, not appended to
    REQUIRE(d::base64_decode_floats(text, out) == d::base64_floats_status::ok);
    CHECK(out == floats);

    for (std::size_t at : {std::size_t{0}, std::size_t{4095}, std::size_t{4096}, std::size_t{12000}, text.size() - 5})
    {
        CAPTURE(at);
        std::string bad = text;
        bad[at] = '*';
        CHECK(d::base64_decode_floats(bad, out) == d::base64_floats_status::bad_character);
    }
    // Padding that ends a block inside the text is misplaced.
    std::string padded_inside = text;
    padded_inside[4094] = '=';
    padded_inside[4095] = '=';
    CHECK(d::base64_decode_floats(padded_inside, out) == d::base64_floats_status::bad_character);
    // A length that is a multiple of 4 characters but not of 4 bytes.
    CHECK(d::base64_decode_floats(text.substr(0, 4096) + "AAA=", out) == d::base64_floats_status::partial_float);
}
