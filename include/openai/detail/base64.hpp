// Base64 (RFC 4648 standard alphabet, with padding) and the little-endian float32 payloads of
// `encoding_format: "base64"` embeddings.
//
// Table-driven, no allocation in the buffer interfaces, no exceptions: decoding reports invalid
// input through its return value.
#ifndef OPENAI_DETAIL_BASE64_HPP
#define OPENAI_DETAIL_BASE64_HPP

#include <openai/detail/config.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

namespace base64_tables {

inline constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Marks a byte outside the alphabet ('=' included) in `decode`.
inline constexpr unsigned char invalid = 0xFF;

constexpr std::array<unsigned char, 256> make_decode_table() noexcept
{
    std::array<unsigned char, 256> table{};
    for (auto& entry : table)
        entry = invalid;
    for (unsigned i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<unsigned char>(i);
    return table;
}

/// Sextet value of each byte, or `invalid`.
inline constexpr std::array<unsigned char, 256> decode = make_decode_table();

/// For little-endian hosts: the sextet of each byte already shifted to where it lands in the
/// three output bytes of a quantum, stored as a 32-bit little-endian word; 1 << 24 marks a byte
/// outside the alphabet. `shifted[i]` is for the i-th character of the quantum.
inline constexpr std::uint32_t shifted_invalid = 1u << 24;

constexpr std::array<std::array<std::uint32_t, 256>, 4> make_shifted_tables() noexcept
{
    std::array<std::array<std::uint32_t, 256>, 4> t{};
    for (unsigned c = 0; c < 256; ++c)
    {
        const std::uint32_t v = decode[c];
        if (v == invalid)
        {
            for (auto& table : t)
                table[c] = shifted_invalid;
            continue;
        }
        t[0][c] = v << 2;                              // byte 0, high 6 bits
        t[1][c] = (v >> 4) | ((v & 15u) << 12);        // byte 0 low 2 bits, byte 1 high 4 bits
        t[2][c] = ((v >> 2) << 8) | ((v & 3u) << 22);  // byte 1 low 4 bits, byte 2 high 2 bits
        t[3][c] = v << 16;                             // byte 2, low 6 bits
    }
    return t;
}

inline constexpr auto shifted = make_shifted_tables();

}  // namespace base64_tables

/// Number of characters base64_encode writes for `size` bytes.
constexpr std::size_t base64_encoded_size(std::size_t size) noexcept
{
    return (size + 2) / 3 * 4;
}

/// Number of bytes `in` decodes to, from its length and trailing '='; nullopt when its length is
/// not a multiple of 4. Only base64_decode validates the characters.
constexpr std::optional<std::size_t> base64_decoded_size(std::string_view in) noexcept
{
    if (in.size() % 4 != 0)
        return std::nullopt;
    std::size_t size = in.size() / 4 * 3;
    if (!in.empty() && in.back() == '=')
    {
        --size;
        if (in[in.size() - 2] == '=')
            --size;
    }
    return size;
}

/// Encodes `size` bytes at `data` into `out`, which has room for base64_encoded_size(size)
/// characters (no terminating NUL is written). Returns the number of characters written.
inline std::size_t base64_encode(const void* data, std::size_t size, char* out) noexcept
{
    const auto* in = static_cast<const unsigned char*>(data);
    const char* abc = base64_tables::alphabet;
    char* o = out;
    std::size_t i = 0;
    for (; size - i >= 3; i += 3, o += 4)
    {
        const std::uint32_t v = std::uint32_t{in[i]} << 16 | std::uint32_t{in[i + 1]} << 8 | in[i + 2];
        o[0] = abc[v >> 18];
        o[1] = abc[(v >> 12) & 63];
        o[2] = abc[(v >> 6) & 63];
        o[3] = abc[v & 63];
    }
    if (size - i == 1)
    {
        const std::uint32_t v = std::uint32_t{in[i]} << 16;
        o[0] = abc[v >> 18];
        o[1] = abc[(v >> 12) & 63];
        o[2] = '=';
        o[3] = '=';
        o += 4;
    }
    else if (size - i == 2)
    {
        const std::uint32_t v = std::uint32_t{in[i]} << 16 | std::uint32_t{in[i + 1]} << 8;
        o[0] = abc[v >> 18];
        o[1] = abc[(v >> 12) & 63];
        o[2] = abc[(v >> 6) & 63];
        o[3] = '=';
        o += 4;
    }
    return static_cast<std::size_t>(o - out);
}

/// Base64 of the bytes of `in`.
inline std::string base64_encode(std::string_view in)
{
    std::string out(base64_encoded_size(in.size()), '\0');
    base64_encode(in.data(), in.size(), out.data());
    return out;
}

/// Base64 of `in`.
inline std::string base64_encode(std::span<const unsigned char> in)
{
    std::string out(base64_encoded_size(in.size()), '\0');
    base64_encode(in.data(), in.size(), out.data());
    return out;
}

/// Decodes padded base64 into `out`, which has room for *base64_decoded_size(in) bytes (or
/// in.size() / 4 * 3). Returns the number of bytes written, or nullopt when `in` is not padded
/// base64: a length that is not a multiple of 4, a character outside the alphabet (whitespace
/// included), or a '=' anywhere but the last one or two characters. Never writes more than the
/// valid prefix plus the bytes of a fully validated last quantum; `out` may be partly written on
/// failure. Non-zero bits after the last byte (non-canonical padding) are ignored, as most
/// decoders do.
inline std::optional<std::size_t> base64_decode(std::string_view in, unsigned char* out) noexcept
{
    if (in.size() % 4 != 0)
        return std::nullopt;
    if (in.empty())
        return std::size_t{0};

    const auto& table = base64_tables::decode;
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    unsigned char* o = out;

    // Every quantum but the last one has no padding.
    if constexpr (std::endian::native == std::endian::little)
    {
        // Four table lookups give the quantum's three bytes in place; they are stored as one
        // 32-bit word whose fourth byte the next quantum overwrites (the last quantum, below,
        // always follows). Validity is checked once, at the end.
        const auto& t = base64_tables::shifted;
        std::uint32_t bad = 0;
        for (std::size_t n = in.size() / 4 - 1; n != 0; --n, p += 4, o += 3)
        {
            const std::uint32_t word = t[0][p[0]] | t[1][p[1]] | t[2][p[2]] | t[3][p[3]];
            bad |= word;
            std::memcpy(o, &word, 4);
        }
        if (bad & base64_tables::shifted_invalid)
            return std::nullopt;
    }
    else
    {
        for (std::size_t n = in.size() / 4 - 1; n != 0; --n, p += 4, o += 3)
        {
            const std::uint32_t a = table[p[0]], b = table[p[1]], c = table[p[2]], d = table[p[3]];
            if ((a | b | c | d) & 0x80u)
                return std::nullopt;
            const std::uint32_t v = a << 18 | b << 12 | c << 6 | d;
            o[0] = static_cast<unsigned char>(v >> 16);
            o[1] = static_cast<unsigned char>(v >> 8);
            o[2] = static_cast<unsigned char>(v);
        }
    }

    // The last quantum: "xxxx", "xxx=" or "xx==".
    const std::uint32_t a = table[p[0]], b = table[p[1]];
    if ((a | b) & 0x80u)
        return std::nullopt;
    if (p[3] == '=')
    {
        if (p[2] == '=')
        {
            o[0] = static_cast<unsigned char>(a << 2 | b >> 4);
            return static_cast<std::size_t>(o + 1 - out);
        }
        const std::uint32_t c = table[p[2]];
        if (c & 0x80u)
            return std::nullopt;
        const std::uint32_t v = a << 18 | b << 12 | c << 6;
        o[0] = static_cast<unsigned char>(v >> 16);
        o[1] = static_cast<unsigned char>(v >> 8);
        return static_cast<std::size_t>(o + 2 - out);
    }
    const std::uint32_t c = table[p[2]], d = table[p[3]];
    if ((c | d) & 0x80u)
        return std::nullopt;
    const std::uint32_t v = a << 18 | b << 12 | c << 6 | d;
    o[0] = static_cast<unsigned char>(v >> 16);
    o[1] = static_cast<unsigned char>(v >> 8);
    o[2] = static_cast<unsigned char>(v);
    return static_cast<std::size_t>(o + 3 - out);
}

/// Decodes padded base64 into a new byte vector; nullopt when `in` is invalid (see above).
inline std::optional<std::vector<unsigned char>> base64_decode(std::string_view in)
{
    const auto size = base64_decoded_size(in);
    if (!size)
        return std::nullopt;
    std::vector<unsigned char> out(*size);
    if (!base64_decode(in, out.data()))
        return std::nullopt;
    return out;
}

static_assert(sizeof(float) == 4 && std::numeric_limits<float>::is_iec559,
              "base64 embeddings need IEEE-754 binary32 floats");

/// Converts `count` little-endian float32 values at `bytes` into `out`, on any host endianness.
inline void floats_from_le_bytes(const unsigned char* bytes, std::size_t count, float* out) noexcept
{
    for (std::size_t i = 0; i < count; ++i, bytes += 4)
    {
        const std::uint32_t u = std::uint32_t{bytes[0]} | std::uint32_t{bytes[1]} << 8 | std::uint32_t{bytes[2]} << 16 |
                                std::uint32_t{bytes[3]} << 24;
        out[i] = std::bit_cast<float>(u);
    }
}

/// Converts `count` floats into little-endian float32 bytes at `out`, on any host endianness.
inline void floats_to_le_bytes(const float* in, std::size_t count, unsigned char* out) noexcept
{
    for (std::size_t i = 0; i < count; ++i, out += 4)
    {
        const auto u = std::bit_cast<std::uint32_t>(in[i]);
        out[0] = static_cast<unsigned char>(u);
        out[1] = static_cast<unsigned char>(u >> 8);
        out[2] = static_cast<unsigned char>(u >> 16);
        out[3] = static_cast<unsigned char>(u >> 24);
    }
}

/// Why base64_decode_floats failed.
enum class base64_floats_status
{
    ok,
    bad_length,     ///< the text's length is not a multiple of 4
    partial_float,  ///< the decoded size is not a multiple of 4 bytes
    bad_character,  ///< a character outside the alphabet or a misplaced '='
};

/// Decodes base64 of little-endian float32 values (an embedding requested with
/// `encoding_format: "base64"`) into `out`. On a little-endian host the bytes are decoded
/// straight into the floats' storage. `out` is unspecified on failure.
inline base64_floats_status base64_decode_floats(std::string_view in, std::vector<float>& out)
{
    const auto size = base64_decoded_size(in);
    if (!size)
        return base64_floats_status::bad_length;
    if (*size % 4 != 0)
        return base64_floats_status::partial_float;
    // Decoded a block at a time through a small buffer and appended: resizing the vector first
    // would zero-fill all of it, a whole extra pass over the memory.
    out.clear();
    out.reserve(*size / 4);
    constexpr std::size_t block_chars = 4096;  // 3072 bytes, 768 floats
    alignas(float) unsigned char bytes[block_chars / 4 * 3];
    float floats[block_chars / 16 * 3];
    for (std::size_t at = 0; at < in.size(); at += block_chars)
    {
        const std::string_view block = in.substr(at, block_chars);
        const auto n = base64_decode(block, bytes);
        const bool last = at + block_chars >= in.size();
        // Padding ('=') may only end the whole text, not a block inside it.
        if (!n || (!last && *n != sizeof bytes) || *n % 4 != 0)
            return base64_floats_status::bad_character;
        floats_from_le_bytes(bytes, *n / 4, floats);
        out.insert(out.end(), floats, floats + *n / 4);
    }
    return base64_floats_status::ok;
}

/// Base64 of `in` as little-endian float32 values: what the API sends for base64 embeddings.
inline std::string base64_encode_floats(std::span<const float> in)
{
    if constexpr (std::endian::native == std::endian::little)
        return base64_encode(
            std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(in.data()), in.size() * 4));
    else
    {
        std::vector<unsigned char> bytes(in.size() * 4);
        floats_to_le_bytes(in.data(), in.size(), bytes.data());
        return base64_encode(std::span<const unsigned char>(bytes));
    }
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
