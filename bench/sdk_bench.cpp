// The SDK as a benchmark contender. One workload per run, one JSON line on stdout:
//
//   openai_bench chat URL --in-flight C --seconds S [--warmup W] [--threads N]
//   openai_bench stream URL --seconds S [--warmup W]   (or --times K)
//   openai_bench embeddings URL --times K --inputs N [--base64]   (after one uncounted response)
//   openai_bench memory URL --in-flight C
//   openai_bench rstream URL --seconds S [--warmup W]   (or --times K)
//   openai_bench rdecode URL --times K   (after one uncounted response)
//
// URL is a base_url (`http://127.0.0.1:PORT/chat/v1`). bench/run starts the server and reads
// the lines; see docs/performance.md.
#include "bench_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace asio = boost::asio;

namespace {

openai::client_options options_for(const bench::arguments& args, std::size_t connections)
{
    return {.api_key = "sk-bench", .base_url = args.url, .max_retries = 0, .max_connections = connections};
}

openai::chat_completion_create_params chat_request()
{
    openai::chat_completion_create_params request{.model = "gpt-4o-mini"};
    request.messages.push_back(openai::user_message("Say hello."));
    return request;
}

openai::response_create_params responses_request()
{
    return {.model = "gpt-4.1-mini", .input = "Tell me a story about a small robot."};
}

// Workload A: `in_flight` workers, each sending its next request when the last is answered.
// With threads > 1, one client per thread, each on its own strand of one io_context.
void chat(const bench::arguments& args)
{
    asio::io_context io{args.threads};
    bench::latency_recorder recorder{args.warmup, args.seconds};
    std::vector<std::unique_ptr<openai::client>> clients;
    std::vector<bench::latency_recorder> recorders(args.threads, recorder);
    bench::cpu_window cpu{io, recorder.window_start(), recorder.window_end()};  // its timers write into it
    // One thread needs no strand: the client runs on the io_context's executor, as users do.
    for (int t = 0; t < args.threads; ++t)
        clients.push_back(std::make_unique<openai::client>(args.threads == 1 ? asio::any_io_executor(io.get_executor())
                                                                             : asio::make_strand(io),
                                                           options_for(args, args.in_flight)));
    std::exception_ptr failure;
    for (int w = 0; w < args.in_flight; ++w)
    {
        auto& client = *clients[w % args.threads];
        auto& rec = recorders[w % args.threads];
        asio::co_spawn(
            client.get_executor(),
            [&client, &rec]() -> asio::awaitable<void> {
                const auto request = chat_request();
                while (!rec.done())
                {
                    const auto start = bench::clock::now();
                    openai::chat_completion completion = co_await client.chat.completions.create(request);
                    if (completion.choices.empty())
                        throw std::runtime_error("a chat completion without choices");
                    rec.record(start, bench::clock::now());
                }
            },
            [&failure](std::exception_ptr e) {
                if (e && !failure)
                    failure = e;
            });
    }
    bench::run_threads(io, args.threads);
    if (failure)
        std::rethrow_exception(failure);
    for (int t = 1; t < args.threads; ++t)
        recorders[0].merge(recorders[t]);
    recorders[0].print("sdk", cpu.seconds());
}

// Workloads B and F: whole streams one after another, each read to its end as typed events:
// those that start in the `warmup` seconds are not counted, then those that start in the next
// `seconds` are. With --times K: exactly K streams, all counted (a fixed amount of work, for
// instruction counts). `open` starts a stream; `text_chars` gives an event's characters of text,
// the checksum bench/run compares. B and F share this loop so that their events/s compare.
template <class Open, class TextChars>
asio::awaitable<void> streams(const bench::arguments& args, Open open, TextChars text_chars)
{
    bench::stream_result result;
    const auto window_start = bench::clock::now() + bench::duration(args.times_given ? 0 : args.warmup);
    const auto window_end = window_start + bench::duration(args.seconds);
    std::optional<double> cpu_start;  // at the start of the first counted stream
    for (int started = 0;; ++started)
    {
        const auto start = bench::clock::now();
        if (args.times_given ? started == args.times : start >= window_end)
            break;
        if (start >= window_start && !cpu_start)
            cpu_start = bench::process_cpu_seconds();
        bench::stream_result one;
        auto s = co_await open();
        bool first = true;
        while (auto event = co_await s.next())
        {
            if (first)
            {
                one.first_chunk_seconds = bench::seconds(start, bench::clock::now());
                first = false;
            }
            ++one.events;
            one.checksum += text_chars(*event);
        }
        one.seconds = bench::seconds(start, bench::clock::now());
        one.streams = 1;
        if (start >= window_start)
            result += one;
    }
    if (cpu_start)
        result.cpu_seconds = bench::process_cpu_seconds() - *cpu_start;
    result.print("sdk");
}

// Workload B: chat completion streams, read as chunks.
asio::awaitable<void> stream(openai::client& client, const bench::arguments& args)
{
    auto request = chat_request();
    request.stream_options = openai::chat_completion_stream_options_param{.include_usage = true};
    co_await streams(
        args, [&] { return client.chat.completions.stream(request); },
        [](const openai::chat_completion_chunk& chunk) {
            std::size_t chars = 0;
            for (const auto& choice : chunk.choices)
                if (choice.delta.content)
                    chars += choice.delta.content->size();
            return chars;
        });
}

// Workload F: Responses streams, read as response_stream_events (which the stream also folds
// into the response it builds, as it does for every user).
asio::awaitable<void> rstream(openai::client& client, const bench::arguments& args)
{
    const auto request = responses_request();
    co_await streams(
        args, [&] { return client.responses.stream(request); },
        [](const openai::response_stream_event& event) -> std::size_t {
            const auto* delta = std::get_if<openai::response_text_delta_event>(&event);
            return delta ? delta->delta.size() : 0;
        });
}

// Workload C: `times` embeddings responses one after another, decoded into vectors of floats,
// after one that is not counted (a warm-up, as in A and B: the first response of a process
// takes its memory fresh from the kernel).
asio::awaitable<void> embeddings(openai::client& client, const bench::arguments& args)
{
    openai::embedding_create_params request{.model = "text-embedding-3-small"};
    request.input = std::vector<std::string>(args.inputs, "The food was delicious and the waiter...");
    request.encoding_format = args.base64 ? "base64" : "float";
    bench::decode_result result;
    (void)co_await client.embeddings.create(request);
    for (int i = 0; i < args.times; ++i)
    {
        const auto start = bench::clock::now();
        openai::create_embedding_response response = co_await client.embeddings.create(request);
        result.seconds += bench::seconds(start, bench::clock::now());
        result.checksum = 0;
        for (const auto& e : response.data)
        {
            result.floats += e.embedding.size();
            for (float f : e.embedding)
                result.checksum += f;
        }
    }
    result.print("sdk");
}

// What every contender reads of an output item, for the checksum: the characters of its output
// texts, of a function call's arguments, of a reasoning item's summary.
std::size_t text_chars(const openai::response_output_item& item)
{
    std::size_t chars = 0;
    if (const auto* message = std::get_if<openai::response_output_message>(&item))
        for (const auto& part : message->content)
            if (const auto* text = std::get_if<openai::response_output_text>(&part))
                chars += text->text.size();
    if (const auto* call = std::get_if<openai::response_function_tool_call>(&item))
        chars += call->arguments.size();
    if (const auto* reasoning = std::get_if<openai::response_reasoning_item>(&item))
        for (const auto& summary : reasoning->summary)
            chars += summary.text.size();
    return chars;
}

// Workload F's decoding: `times` responses of 100 output items of mixed types, decoded into
// openai::response, after one that is not counted (as in C). Only items of a known type count, so
// a canned item the types do not take (openai::unknown_json) fails the check in bench/run.
asio::awaitable<void> rdecode(openai::client& client, const bench::arguments& args)
{
    const auto request = responses_request();
    bench::items_result result;
    (void)co_await client.responses.create(request);
    for (int i = 0; i < args.times; ++i)
    {
        const auto start = bench::clock::now();
        openai::response response = co_await client.responses.create(request);
        result.seconds += bench::seconds(start, bench::clock::now());
        ++result.responses;
        for (const auto& item : response.output)
        {
            result.items += std::holds_alternative<openai::unknown_json>(item) ? 0 : 1;
            result.checksum += text_chars(item);
        }
    }
    result.print("sdk");
}

// Workload D: `in_flight` requests at once, each on its own connection, to an endpoint that
// answers slowly, so that all are in flight together; peak resident size against the baseline.
void memory(const bench::arguments& args)
{
    asio::io_context io{1};
    openai::client client{io.get_executor(), options_for(args, args.in_flight)};
    const auto request = chat_request();
    bench::measure_memory("sdk", io, args.in_flight, [&]() -> asio::awaitable<bool> {
        openai::chat_completion completion = co_await client.chat.completions.create(request);
        co_return !completion.choices.empty();
    });
}

}  // namespace

int main(int argc, char** argv)
{
    return bench::main(argc, argv, [](const bench::arguments& args) {
        if (args.workload == "chat")
            return chat(args);
        if (args.workload == "memory")
            return memory(args);
        asio::io_context io{1};
        openai::client client{io.get_executor(), options_for(args, 1)};
        std::exception_ptr failure;
        auto done = [&failure](std::exception_ptr e) { failure = e; };
        if (args.workload == "stream")
            asio::co_spawn(io, stream(client, args), done);
        else if (args.workload == "embeddings")
            asio::co_spawn(io, embeddings(client, args), done);
        else if (args.workload == "rstream")
            asio::co_spawn(io, rstream(client, args), done);
        else if (args.workload == "rdecode")
            asio::co_spawn(io, rdecode(client, args), done);
        else
            throw bench::usage_error("unknown workload " + args.workload);
        io.run();
        if (failure)
            std::rethrow_exception(failure);
    });
}
