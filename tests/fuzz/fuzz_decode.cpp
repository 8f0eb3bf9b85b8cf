// Decoding of every response type from arbitrary bytes: never crashes, never hangs, a failure
// says why, and the event reader (what the client uses) agrees with the document reader: both
// fit or both fail, with equal values when they fit. The first byte picks the type.
#include <openai/openai.hpp>

#include "support/json_reader_check.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

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
    switch (selector % 8)
    {
    case 0: check<openai::chat_completion>(text); break;
    case 1: check<openai::chat_completion_chunk>(text); break;
    case 2: check<openai::create_embedding_response>(text); break;
    case 3: check<openai::images_response>(text); break;
    case 4: check<openai::model>(text); break;
    case 5: check<openai::page<openai::model>>(text); break;
    case 6: check<openai::completion>(text); break;
    case 7: check<openai::model_deleted>(text); break;
    }
    return 0;
}
