// What the example programs share: a small command-line reader, and running a coroutine on an
// io_context with the SDK's exceptions turned into one line on stderr and exit status 1.
//
// Every example reads OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID
// through the defaults of `openai::client client{io.get_executor()}`. Exit status: 0 on success,
// 1 when the request failed, 2 for a command-line mistake.
#ifndef OPENAI_EXAMPLES_EXAMPLE_SUPPORT_HPP
#define OPENAI_EXAMPLES_EXAMPLE_SUPPORT_HPP

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <charconv>
#include <cstdint>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// g++ 12 at -O2 and above may inline Asio's operator new of a coroutine frame (the recycling
// allocator of awaitable_frame_base) into an example's coroutine but not the matching operator
// delete, then report them as mismatched: they are the class's own pair. For the examples
// that include this header, from here on.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace example {

namespace asio = boost::asio;

/// A mistake on the command line: reported with the usage text, exit status 2.
class usage_error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads argv left to right. Options take their value as the next argument or after '='
/// (`--model gpt-4o` or `--model=gpt-4o`); everything after `--` is positional.
///
///     while (args) {
///         if (args.option("--model", opts.model)) continue;
///         opts.words.push_back(args.positional());
///     }
class arguments
{
public:
    arguments(int argc, char** argv) : args_(argv + (argc > 0 ? 1 : 0), argv + (argc > 0 ? argc : 0)) {}

    /// Whether arguments remain.
    explicit operator bool() const noexcept { return next_ < args_.size(); }

    /// When the current argument is option `name`, stores its value and moves past it.
    bool option(std::string_view name, std::string& out)
    {
        auto value = take(name);
        if (value)
            out = std::move(*value);
        return value.has_value();
    }

    bool option(std::string_view name, std::optional<std::string>& out)
    {
        auto value = take(name);
        if (value)
            out = std::move(*value);
        return value.has_value();
    }

    /// An integer option, which must lie within [lo, hi].
    bool option(std::string_view name, std::optional<std::int64_t>& out, std::int64_t lo, std::int64_t hi)
    {
        auto value = take(name);
        if (!value)
            return false;
        const std::string& text = *value;
        const char* const text_end = text.data() + text.size();
        std::int64_t n = 0;
        auto [end, ec] = std::from_chars(text.data(), text_end, n);
        if (ec != std::errc() || end != text_end || n < lo || n > hi)
            throw usage_error(std::string(name) + " needs a whole number from " + std::to_string(lo) + " to " +
                              std::to_string(hi) + ", not '" + text + "'");
        out = n;
        return true;
    }

    /// When the current argument is the flag `name` (which takes no value), sets `out`.
    bool flag(std::string_view name, bool& out)
    {
        if (after_dashes_ || !*this || args_[next_] != name)
            return false;
        out = true;
        ++next_;
        return true;
    }

    /// The current argument as a positional one. An option not recognized by then is an error.
    std::string positional()
    {
        while (!after_dashes_ && *this && args_[next_] == "--")
        {
            after_dashes_ = true;
            ++next_;
        }
        if (!*this)
            throw usage_error("missing argument");
        std::string_view arg = args_[next_];
        if (!after_dashes_ && arg.size() > 1 && arg.front() == '-')
            throw usage_error("unknown option " + std::string(arg) + " (put -- before text that starts with -)");
        ++next_;
        return std::string(arg);
    }

private:
    std::optional<std::string> take(std::string_view name)
    {
        if (after_dashes_ || !*this)
            return std::nullopt;
        std::string_view arg = args_[next_];
        if (arg == name)
        {
            if (next_ + 1 >= args_.size())
                throw usage_error(std::string(name) + " needs a value");
            next_ += 2;
            return std::string(args_[next_ - 1]);
        }
        if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
        {
            ++next_;
            return std::string(arg.substr(name.size() + 1));
        }
        return std::nullopt;
    }

    std::vector<std::string_view> args_;
    std::size_t next_ = 0;
    bool after_dashes_ = false;
};

/// The words given, joined by spaces, so that `chat Hello there` needs no quotes.
inline std::string join(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words)
    {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

/// Text from the server, made safe for a terminal: control characters other than newline and
/// tab become '?', so an error message cannot send escape sequences.
inline std::string printable(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            c = '?';
    return out;
}

namespace detail {

inline int report_status(const char* name, const openai::api_status_error& e)
{
    std::cerr << "error: " << name << " (status " << e.status_code();
    if (!e.code().empty())
        std::cerr << ", code " << printable(e.code());
    std::cerr << "): " << printable(e.message().empty() ? std::string_view(e.what()) : e.message()) << '\n';
    if (!e.request_id().empty())
        std::cerr << "request id: " << printable(e.request_id()) << '\n';
    return 1;
}

inline int report(const char* name, const std::exception& e)
{
    std::cerr << "error: " << name << ": " << printable(e.what()) << '\n';
    return 1;
}

}  // namespace detail

/// Prints the exception in flight on stderr, by class, and returns the exit status (1).
/// Call only from a catch block. The most derived classes come first.
inline int report_current_exception()
{
    try
    {
        throw;
    }
    catch (const openai::quota_exceeded_error& e)
    {
        return detail::report_status("quota_exceeded_error", e);
    }
    catch (const openai::rate_limit_error& e)
    {
        return detail::report_status("rate_limit_error", e);
    }
    catch (const openai::authentication_error& e)
    {
        return detail::report_status("authentication_error", e);
    }
    catch (const openai::permission_denied_error& e)
    {
        return detail::report_status("permission_denied_error", e);
    }
    catch (const openai::model_not_found_error& e)
    {
        return detail::report_status("model_not_found_error", e);
    }
    catch (const openai::not_found_error& e)
    {
        return detail::report_status("not_found_error", e);
    }
    catch (const openai::bad_request_error& e)
    {
        return detail::report_status("bad_request_error", e);
    }
    catch (const openai::unprocessable_entity_error& e)
    {
        return detail::report_status("unprocessable_entity_error", e);
    }
    catch (const openai::conflict_error& e)
    {
        return detail::report_status("conflict_error", e);
    }
    catch (const openai::internal_server_error& e)
    {
        return detail::report_status("internal_server_error", e);
    }
    catch (const openai::api_status_error& e)
    {
        return detail::report_status("api_status_error", e);
    }
    catch (const openai::api_timeout_error& e)
    {
        return detail::report("api_timeout_error", e);
    }
    catch (const openai::api_connection_error& e)
    {
        return detail::report("api_connection_error", e);
    }
    catch (const openai::api_response_validation_error& e)
    {
        std::cerr << "error: api_response_validation_error (status " << e.status_code() << "): " << printable(e.what())
                  << '\n';
        return 1;
    }
    catch (const openai::api_stream_error& e)
    {
        std::cerr << "error: api_stream_error";
        if (!e.code().empty())
            std::cerr << " (code " << printable(e.code()) << ")";
        std::cerr << ": " << printable(e.message().empty() ? std::string_view(e.what()) : e.message()) << '\n';
        return 1;
    }
    catch (const openai::error& e)
    {
        return detail::report("openai::error", e);
    }
    catch (const std::exception& e)
    {
        std::cerr << "error: " << printable(e.what()) << '\n';
        return 1;
    }
    catch (...)
    {
        std::cerr << "error: unknown exception\n";
        return 1;
    }
}

/// Creates a client from the environment, runs `make(client)` (a coroutine returning
/// awaitable<void>, or awaitable<int> for an exit status) to completion, and returns the exit
/// status: 0, the coroutine's own, or 1 after reporting an exception.
template <class Make>
int run(Make make)
{
    try
    {
        asio::io_context io;
        openai::client client{io.get_executor()};  // OPENAI_API_KEY, OPENAI_BASE_URL, ... from the environment

        using awaitable_type = decltype(make(client));
        std::exception_ptr failure;
        int status = 0;
        if constexpr (std::is_same_v<awaitable_type, asio::awaitable<void>>)
            asio::co_spawn(io, make(client), [&](std::exception_ptr e) { failure = std::move(e); });
        else
            asio::co_spawn(io, make(client), [&](std::exception_ptr e, int result) {
                failure = std::move(e);
                status = result;
            });
        io.run();
        if (failure)
            std::rethrow_exception(failure);
        return status;
    }
    catch (...)
    {
        return report_current_exception();
    }
}

/// The whole of an example's main: `--help` prints `usage`; `parse(arguments&)` reads the
/// options (usage_error: message and usage on stderr, status 2); then `body(client, options)`
/// runs as in run().
template <class Parse, class Body>
int main(int argc, char** argv, std::string_view usage, Parse parse, Body body)
{
    for (int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == "--help" || arg == "-h")
        {
            std::cout << usage;
            return 0;
        }
    }
    try
    {
        arguments args(argc, argv);
        auto options = parse(args);
        return run([&](openai::client& client) { return body(client, std::move(options)); });
    }
    catch (const usage_error& e)
    {
        std::cerr << "error: " << e.what() << "\n\n" << usage;
        return 2;
    }
}

}  // namespace example

#endif
