// Decoding of every response type from arbitrary bytes: never crashes, never hangs, and a
// value that decodes can be written back as JSON. The first byte picks the type.
#include <openai/openai.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

template <class T>
void decode(const boost::json::value& json)
{
    T value{};
    openai::detail::read_error err;
    if (openai::detail::from_json(json, value, err))
    {
        if constexpr (boost::describe::has_describe_members<T>::value)
            (void)openai::detail::to_json(value);
    }
    else if (err.what.empty())
        __builtin_trap();  // a failure must say why
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned selector = data[0];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    boost::system::error_code ec;
    boost::json::parse_options opts;
    opts.max_depth = 256;
    boost::json::value json = boost::json::parse(text, ec, {}, opts);
    if (ec)
        return 0;
    switch (selector % 8)
    {
    case 0: decode<openai::chat_completion>(json); break;
    case 1: decode<openai::chat_completion_chunk>(json); break;
    case 2: decode<openai::create_embedding_response>(json); break;
    case 3: decode<openai::images_response>(json); break;
    case 4: decode<openai::model>(json); break;
    case 5: decode<openai::page<openai::model>>(json); break;
    case 6: decode<openai::completion>(json); break;
    case 7: decode<openai::model_deleted>(json); break;
    }
    return 0;
}
