// What the C++ benchmark contenders share: the command line, latency recording, resident-size
// readings and the JSON lines bench/run reads. Nothing here depends on the SDK, so the bare
// Beast client uses it too.
#ifndef OPENAI_BENCH_BENCH_SUPPORT_HPP
#define OPENAI_BENCH_BENCH_SUPPORT_HPP

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace bench {

using clock = std::chrono::steady_clock;  // use as bench::clock: ::clock is time.h's

inline double seconds(clock::time_point from, clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

inline clock::duration duration(double seconds)
{
    return std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(seconds));
}

class usage_error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct arguments
{
    std::string workload;
    std::string url;
    int in_flight = 1;
    int threads = 1;
    int times = 1;
    bool times_given = false;  // stream, rstream: exactly `times` streams, no warm-up (for callgrind)
    int inputs = 16;
    bool base64 = false;
    double seconds = 3;
    double warmup = 0.5;

    arguments(int argc, char** argv)
    {
        if (argc < 3)
            throw usage_error("usage: WORKLOAD URL [options]");
        workload = argv[1];
        url = argv[2];
        for (int i = 3; i < argc; ++i)
        {
            const std::string name = argv[i];
            if (name == "--base64")
            {
                base64 = true;
                continue;
            }
            if (i + 1 >= argc)
                throw usage_error(name + " needs a value");
            const std::string value = argv[++i];
            if (name == "--in-flight")
                in_flight = std::stoi(value);
            else if (name == "--threads")
                threads = std::stoi(value);
            else if (name == "--times")
            {
                times = std::stoi(value);
                times_given = true;
            }
            else if (name == "--inputs")
                inputs = std::stoi(value);
            else if (name == "--seconds")
                seconds = std::stod(value);
            else if (name == "--warmup")
                warmup = std::stod(value);
            else
                throw usage_error("unknown option " + name);
        }
        if (in_flight < 1 || threads < 1 || times < 1 || inputs < 1)
            throw usage_error("counts must be positive");
    }
};

// Latencies of the requests that started after the warm-up and ended within the measured window.
class latency_recorder
{
public:
    latency_recorder(double warmup, double seconds)
        : window_start_(clock::now() + duration(warmup)), window_end_(window_start_ + duration(seconds)),
          seconds_(seconds)
    {
        latencies_.reserve(1 << 20);
    }

    bool done() const { return clock::now() >= window_end_; }
    clock::time_point window_start() const { return window_start_; }
    clock::time_point window_end() const { return window_end_; }

    void record(clock::time_point start, clock::time_point end)
    {
        if (start >= window_start_ && end <= window_end_)
            latencies_.push_back(bench::seconds(start, end));
    }

    void merge(const latency_recorder& other)
    {
        latencies_.insert(latencies_.end(), other.latencies_.begin(), other.latencies_.end());
    }

    // `cpu_seconds`: the process's CPU time in the window (cpu_window), for its cost a request.
    void print(const char* contender, double cpu_seconds)
    {
        std::sort(latencies_.begin(), latencies_.end());
        const double requests = double(latencies_.size());
        std::printf("{\"contender\":\"%s\",\"requests\":%zu,\"rps\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
                    "\"cpu_us_per_request\":%.2f}\n",
                    contender, latencies_.size(), requests / seconds_, percentile(0.50) * 1e3, percentile(0.99) * 1e3,
                    requests > 0 ? cpu_seconds / requests * 1e6 : 0.0);
    }

private:
    double percentile(double p) const
    {
        if (latencies_.empty())
            return 0;
        return latencies_[std::min(latencies_.size() - 1, static_cast<std::size_t>(p * double(latencies_.size())))];
    }

    clock::time_point window_start_;
    clock::time_point window_end_;
    double seconds_;
    std::vector<double> latencies_;
};

// User and system CPU time of the whole process (every thread), in seconds.
inline double process_cpu_seconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The process's CPU time between two instants, read by timers on the io_context at each. CPU time
// a request does not depend on how the cores are shared with the server, as requests/s does.
class cpu_window
{
public:
    cpu_window(boost::asio::io_context& io, clock::time_point start, clock::time_point end)
        : start_timer_(io, start), end_timer_(io, end)
    {
        start_timer_.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                begin_ = process_cpu_seconds();
        });
        end_timer_.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                end_ = process_cpu_seconds();
        });
    }

    double seconds() const { return end_ - begin_; }

private:
    boost::asio::steady_timer start_timer_;
    boost::asio::steady_timer end_timer_;
    double begin_ = 0;
    double end_ = 0;
};

struct stream_result
{
    long streams = 0;
    long events = 0;
    std::size_t checksum = 0;  // characters of content received, checked by bench/run
    double seconds = 0;        // the streams' own durations, from request to end
    double first_chunk_seconds = 0;
    // The process's CPU time over the counted streams (they follow one another): what the client
    // spends on them, which does not depend on how the cores are shared with the server.
    double cpu_seconds = 0;

    stream_result& operator+=(const stream_result& other)
    {
        streams += other.streams;
        events += other.events;
        checksum += other.checksum;
        seconds += other.seconds;
        first_chunk_seconds += other.first_chunk_seconds;
        return *this;
    }

    void print(const char* contender) const
    {
        std::printf("{\"contender\":\"%s\",\"streams\":%ld,\"events\":%ld,\"checksum\":%zu,\"seconds\":%.6f,"
                    "\"first_chunk_ms\":%.3f,\"cpu_seconds\":%.6f}\n",
                    contender, streams, events, checksum, seconds,
                    streams ? first_chunk_seconds / double(streams) * 1e3 : 0.0, cpu_seconds);
    }
};

struct decode_result
{
    std::size_t floats = 0;
    double checksum = 0;  // sum of the last response's floats, checked by bench/run
    double seconds = 0;

    void print(const char* contender) const
    {
        std::printf("{\"contender\":\"%s\",\"floats\":%zu,\"checksum\":%.6e,\"seconds\":%.6f}\n", contender, floats,
                    checksum, seconds);
    }
};

// Whole responses decoded into lists of items (workload F).
struct items_result
{
    long responses = 0;
    std::size_t items = 0;     // items decoded into a known type, over every response
    std::size_t checksum = 0;  // characters of text read from them; both checked by bench/run
    double seconds = 0;

    void print(const char* contender) const
    {
        std::printf("{\"contender\":\"%s\",\"responses\":%ld,\"items\":%zu,\"checksum\":%zu,\"seconds\":%.6f}\n",
                    contender, responses, items, checksum, seconds);
    }
};

// Resident set size now, from /proc/self/statm.
inline long current_rss_kib()
{
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// The highest resident size seen while requests are in flight, sampled every 5 ms (the process's
// all-time peak would include whatever start-up touched once).
class rss_sampler
{
public:
    explicit rss_sampler(boost::asio::io_context& io) : timer_(io) { schedule(); }

    long peak_kib() const { return peak_; }
    void stop()
    {
        stopped_ = true;
        timer_.cancel();
    }

private:
    void schedule()
    {
        peak_ = std::max(peak_, current_rss_kib());
        if (stopped_)
            return;
        timer_.expires_after(std::chrono::milliseconds(5));
        timer_.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                schedule();
        });
    }

    boost::asio::steady_timer timer_;
    long peak_ = 0;
    bool stopped_ = false;
};

// Workload D: `in_flight` exchanges started together on `io`, each a coroutine that returns true
// when answered; prints the highest resident size seen while they were in flight, and the size
// before they started.
template <class Exchange>
void measure_memory(const char* contender, boost::asio::io_context& io, int in_flight, Exchange exchange)
{
    const long baseline_kib = current_rss_kib();
    int answered = 0;
    std::exception_ptr failure;
    rss_sampler sampler{io};
    for (int i = 0; i < in_flight; ++i)
        boost::asio::co_spawn(
            io,
            [&]() -> boost::asio::awaitable<void> {
                answered += co_await exchange() ? 1 : 0;
                if (answered == in_flight)
                    sampler.stop();
            },
            [&](std::exception_ptr e) {
                if (!e)
                    return;
                if (!failure)
                    failure = e;
                sampler.stop();
            });
    io.run();
    if (failure)
        std::rethrow_exception(failure);
    std::printf("{\"contender\":\"%s\",\"in_flight\":%d,\"answered\":%d,\"baseline_kib\":%ld,\"peak_kib\":%ld}\n",
                contender, in_flight, answered, baseline_kib, sampler.peak_kib());
}

inline void run_threads(boost::asio::io_context& io, int threads)
{
    std::vector<std::thread> others;
    for (int t = 1; t < threads; ++t)
        others.emplace_back([&io] { io.run(); });
    io.run();
    for (auto& t : others)
        t.join();
}

// Runs one workload; a failure is one line on stderr and exit status 1 (2 for usage).
template <class Workload>
int main(int argc, char** argv, Workload workload)
{
    // A thousand connections need more descriptors than the usual soft limit of 1024.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0)
    {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    try
    {
        workload(arguments(argc, argv));
        std::fflush(stdout);
        return 0;
    }
    catch (const usage_error& e)
    {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
        return 1;
    }
}

}  // namespace bench

#endif
