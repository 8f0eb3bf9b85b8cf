// Decoding of every response type, and of requests' tagged unions and variants, from arbitrary
// bytes: never crashes, never hangs, a failure says why, and reading the text (what the client
// does) agrees with reading the parsed document (the same reader, walking it): both fit or both
// fail, with equal values when they fit. The first byte picks the type. For the stream chunk
// types, json_prefix_memo reads the text after a primer (the bytes before the first
// NUL, else the text itself) exactly as read_json_text reads it.
#include <openai/detail/json_prefix_memo.hpp>
#include <openai/openai.hpp>

#include "support/json_reader_check.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <class T>
void check(std::string_view text)
{
    // Errors may differ: with several faults each reader reports the first it meets.
    if (const auto diff = openai_test::compare_readers<T>(text, false))
    {
        std::fprintf(stderr, "readers disagree: %s\n", diff->c_str());
        __builtin_trap();
    }
}

template <class T>
std::string outcome(bool ok, const T& value, const openai::error_code& ec, const openai::detail::read_error& err,
                    const openai::detail::json_watch& watch)
{
    std::string out = ok ? "fits " + openai_test::dump(value) : ec ? "malformed" : "fails " + err.to_string();
    return out + (watch.found ? " (error member)" : "");
}

template <class T>
void check_memo(std::string_view input)
{
    const auto nul = input.find('\0');
    const std::string_view primer = nul == std::string_view::npos ? input : input.substr(0, nul);
    const std::string_view text = nul == std::string_view::npos ? input : input.substr(nul + 1);
    openai::detail::json_prefix_memo<T> memo;
    std::string results[2];
    for (int i = 0; i < 3; ++i)
    {
        std::optional<T> value;
        openai::detail::read_error err;
        openai::error_code ec;
        openai::detail::json_watch watch{"error"};
        const bool ok = i == 2 ? openai::detail::read_json_text(text, value.emplace(), err, ec, &watch)
                               : memo.read(i == 0 ? primer : text, value, err, ec, &watch);
        if (i == 0)
            continue;
        results[i - 1] = outcome(ok, *value, ec, err, watch);
    }
    if (results[0] != results[1])
    {
        std::fprintf(stderr, "json_prefix_memo: '%s', read_json_text: '%s'\n", results[0].c_str(), results[1].c_str());
        __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned selector = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (selector % 10)
    {
    case 0: check<openai::chat_completion>(text); break;
    case 1:
        check<openai::chat_completion_chunk>(text);
        check_memo<openai::chat_completion_chunk>(text);
        break;
    case 2: check<openai::create_embedding_response>(text); break;
    case 3: check<openai::images_response>(text); break;
    case 4: check<openai::model>(text); break;
    case 5: check<openai::page<openai::model>>(text); break;
    case 6:
        check<openai::completion>(text);
        check_memo<openai::completion>(text);
        break;
    case 7: check<openai::model_deleted>(text); break;
    // Requests: tagged unions (by "role" and "type", their tags anywhere), variants.
    case 8: check<std::vector<openai::chat_completion_message_param>>(text); break;
    case 9: check<openai::chat_completion_create_params>(text); break;
    }
    return 0;
}
