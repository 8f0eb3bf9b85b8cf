// openai-local-server: a local OpenAI-compatible server with deterministic answers and no network,
// for trying the SDK (or any OpenAI client) without an API key.
//
//   openai-local-server [--port N] [--exit-after-seconds N]
//
// Prints "listening on http://127.0.0.1:PORT/v1" once ready, then serves until SIGINT or SIGTERM,
// or until --exit-after-seconds have passed (so scripts can never leave it running).
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <optional>
#include <string_view>
#include <system_error>

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: openai-local-server [--port N] [--exit-after-seconds N]\n"
               "  --port N                 listen on 127.0.0.1:N (default 0: a free port)\n"
               "  --exit-after-seconds N   stop by itself after N seconds\n",
               out);
}

std::optional<unsigned long> parse_number(std::string_view text, unsigned long max)
{
    unsigned long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value > max)
        return std::nullopt;
    return value;
}

}  // namespace

int main(int argc, char** argv)
{
    unsigned long port = 0;
    std::optional<unsigned long> exit_after;
    for (int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h")
        {
            usage(stdout);
            return 0;
        }
        if (arg != "--port" && arg != "--exit-after-seconds")
        {
            std::fprintf(stderr, "openai-local-server: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        }
        std::optional<unsigned long> value;
        if (i + 1 < argc)
            value = parse_number(argv[++i], arg == "--port" ? 65535 : 365ul * 24 * 3600);
        if (!value)
        {
            std::fprintf(stderr, "openai-local-server: bad or missing value for %s\n", arg.data());
            usage(stderr);
            return 2;
        }
        if (arg == "--port")
            port = *value;
        else
            exit_after = *value;
    }

    try
    {
        // Signals are caught before the server starts, so none is lost during startup.
        boost::asio::io_context ioc;
        boost::asio::signal_set signals(ioc, SIGINT, SIGTERM);
        signals.async_wait([&](const boost::system::error_code&, int) { ioc.stop(); });

        openai::testing::server_options options;
        options.port = static_cast<std::uint16_t>(port);
        openai::testing::server server(options);
        openai::testing::add_openai_routes(server);
        std::printf("listening on %s\n", server.base_url().c_str());
        std::fflush(stdout);

        if (exit_after)
            ioc.run_for(std::chrono::seconds(*exit_after));
        else
            ioc.run();
        server.stop();
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr, "openai-local-server: %s\n", e.what());
        return 1;
    }
    return 0;
}
