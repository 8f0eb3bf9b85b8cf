// Decoding of the generated Responses and Conversations types from arbitrary bytes: never
// crashes, never hangs, and reading the text agrees with reading the parsed document (both fit or
// both fail, with equal values when they fit), through table unions with second keys, default
// alternatives and unknown tags. The first byte picks the type.
#include <openai/openai.hpp>

#include "support/json_reader_check.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned selector = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (selector % 5)
    {
    case 0: check<openai::response>(text); break;
    case 1: check<openai::response_stream_event>(text); break;
    case 2: check<openai::page<openai::conversation_item>>(text); break;
    // Requests read back: the input item union (a shared "message" tag settled by "role", a
    // default for a missing tag) and the tool union.
    case 3: check<std::vector<openai::response_input_item_param>>(text); break;
    case 4: check<openai::response_create_params>(text); break;
    }
    return 0;
}
