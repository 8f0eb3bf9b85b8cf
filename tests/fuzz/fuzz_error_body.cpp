// Mapping of error answers: any status and any body give an error class and printable
// diagnostics, without crashing.
#include <openai/detail/error_body.hpp>
#include <openai/openai.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    openai::diagnostics diag;
    diag.status_code = 400 + (data[0] | (data[1] << 8)) % 200;
    diag.body.assign(reinterpret_cast<const char*>(data + 2), size - 2);
    openai::detail::parse_error_body(diag.body, diag);
    const auto ec = openai::detail::error_for_status(diag);
    if (ec.category() != openai::api_error_category())
        __builtin_trap();
    // The exception built from it carries the status.
    try
    {
        openai::throw_error(ec, diag);
    }
    catch (const openai::api_status_error& e)
    {
        if (e.status_code() != diag.status_code)
            __builtin_trap();
    }
    return 0;
}
