// The floor: a bare Boost.Beast client, no SDK. It sends the same request the SDK sends, on
// keep-alive connections, one per request in flight, and reads each answer into a string
// without parsing the JSON. One workload per run, one JSON line on stdout:
//
//   openai_bench_beast chat URL --in-flight C --seconds S [--warmup W]
//   openai_bench_beast memory URL --in-flight C
#include "bench_support.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include <exception>
#include <stdexcept>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

struct endpoint
{
    std::string host;
    std::string port;
    std::string path;  // the base path, e.g. /chat/v1
};

endpoint parse_url(const std::string& url)
{
    const std::string scheme = "http://";
    if (url.rfind(scheme, 0) != 0)
        throw bench::usage_error("only http:// URLs: " + url);
    const auto authority_end = url.find('/', scheme.size());
    const std::string authority = url.substr(scheme.size(), authority_end - scheme.size());
    const auto colon = authority.rfind(':');
    if (colon == std::string::npos)
        throw bench::usage_error("the URL needs a port: " + url);
    return {authority.substr(0, colon), authority.substr(colon + 1),
            authority_end == std::string::npos ? "" : url.substr(authority_end)};
}

// The request as the SDK puts it on the wire.
http::request<http::string_body> chat_request(const endpoint& at)
{
    http::request<http::string_body> req{http::verb::post, at.path + "/chat/completions", 11};
    req.set(http::field::host, at.host + ":" + at.port);
    req.set(http::field::authorization, "Bearer sk-bench");
    req.set(http::field::user_agent, "openai-cpp/bench");
    req.set(http::field::accept, "application/json");
    req.set(http::field::content_type, "application/json");
    req.body() = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hello."}]})";
    req.prepare_payload();
    return req;
}

class connection
{
public:
    connection(asio::any_io_executor ex, const endpoint& at) : stream_(ex), at_(at), request_(chat_request(at)) {}

    // One request and its answer, reconnecting when the server closed the connection.
    asio::awaitable<std::size_t> exchange()
    {
        if (!stream_.socket().is_open())
        {
            asio::ip::tcp::resolver resolver{stream_.get_executor()};
            co_await stream_.async_connect(co_await resolver.async_resolve(at_.host, at_.port, asio::use_awaitable),
                                           asio::use_awaitable);
        }
        co_await http::async_write(stream_, request_, asio::use_awaitable);
        http::response<http::string_body> response;
        co_await http::async_read(stream_, buffer_, response, asio::use_awaitable);
        if (response.result() != http::status::ok)
            throw std::runtime_error("status " + std::to_string(response.result_int()));
        if (!response.keep_alive())
            stream_.close();
        co_return response.body().size();
    }

private:
    beast::tcp_stream stream_;
    endpoint at_;
    http::request<http::string_body> request_;
    beast::flat_buffer buffer_;
};

void chat(const bench::arguments& args)
{
    asio::io_context io{1};
    const endpoint at = parse_url(args.url);
    bench::latency_recorder recorder{args.warmup, args.seconds};
    bench::cpu_window cpu{io, recorder.window_start(), recorder.window_end()};  // its timers write into it
    std::exception_ptr failure;
    for (int w = 0; w < args.in_flight; ++w)
        asio::co_spawn(
            io,
            [&]() -> asio::awaitable<void> {
                connection c{co_await asio::this_coro::executor, at};
                while (!recorder.done())
                {
                    const auto start = bench::clock::now();
                    if (co_await c.exchange() == 0)
                        throw std::runtime_error("an empty answer");
                    recorder.record(start, bench::clock::now());
                }
            },
            [&failure](std::exception_ptr e) {
                if (e && !failure)
                    failure = e;
            });
    io.run();
    if (failure)
        std::rethrow_exception(failure);
    recorder.print("beast", cpu.seconds());
}

void memory(const bench::arguments& args)
{
    asio::io_context io{1};
    const endpoint at = parse_url(args.url);
    bench::measure_memory("beast", io, args.in_flight, [&]() -> asio::awaitable<bool> {
        connection c{co_await asio::this_coro::executor, at};
        co_return co_await c.exchange() > 0;
    });
}

}  // namespace

int main(int argc, char** argv)
{
    return bench::main(argc, argv, [](const bench::arguments& args) {
        if (args.workload == "chat")
            chat(args);
        else if (args.workload == "memory")
            memory(args);
        else
            throw bench::usage_error("unknown workload " + args.workload);
    });
}
