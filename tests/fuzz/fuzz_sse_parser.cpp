// The SSE parser on arbitrary bytes, fed whole and in pieces whose sizes come from the input:
// the events must not depend on how the bytes were split.
#include <openai/detail/sse_parser.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using openai::detail::sse_event;
using openai::detail::sse_parser;
using openai::detail::sse_status;

struct outcome
{
    std::vector<std::string> events;  // type, data and id of each event, joined
    bool too_large = false;
};

void drain(sse_parser& parser, outcome& out)
{
    sse_event ev;
    for (;;)
    {
        auto status = parser.next(ev);
        if (status == sse_status::need_more)
            return;
        if (status == sse_status::too_large)
        {
            out.too_large = true;
            return;
        }
        out.events.push_back(ev.event + '\x01' + ev.data + '\x01' + ev.id);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t step = 1 + data[0] % 17;
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    constexpr std::size_t limit = 4096;

    sse_parser whole(limit);
    outcome a;
    whole.feed(text);
    drain(whole, a);

    sse_parser pieces(limit);
    outcome b;
    for (std::size_t i = 0; i < text.size() && !b.too_large; i += step)
    {
        pieces.feed(text.substr(i, step));
        drain(pieces, b);
    }
    if (!a.too_large && !b.too_large && (a.events != b.events || whole.pending() != pieces.pending()))
        __builtin_trap();
    return 0;
}
