// Rate-limit headers and Go durations from arbitrary text: never crash, and a parsed
// duration is never negative.
#include <openai/rate_limits.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto d = openai::parse_go_duration(text); d && d->count() < 0)
        __builtin_trap();

    openai::headers h;
    const std::string value(text);
    for (const char* name : {"x-ratelimit-limit-requests", "x-ratelimit-limit-tokens", "x-ratelimit-remaining-requests",
                             "x-ratelimit-remaining-tokens", "x-ratelimit-reset-requests", "x-ratelimit-reset-tokens",
                             "openai-processing-ms"})
        h.set(name, value);
    auto info = openai::parse_rate_limits(h);
    if ((info.reset_requests && info.reset_requests->count() < 0) ||
        (info.remaining_tokens && *info.remaining_tokens < 0))
        __builtin_trap();
    if (auto ms = openai::parse_processing_ms(h); ms && ms->count() < 0)
        __builtin_trap();
    return 0;
}
