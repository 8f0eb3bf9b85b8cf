// A connection of the transport, and what it keeps from one exchange to the next: its read
// buffer, the storage of the request head and of a stream's body, and its deadline watch.
#ifndef OPENAI_DETAIL_HTTP_CONNECTION_HPP
#define OPENAI_DETAIL_HTTP_CONNECTION_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/deadline_watchdog.hpp>

#include <boost/beast/core/flat_buffer.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// Where the parser writes a stream's body: grown without zero-filling, and kept for a
// connection's life, so that streams read one after another allocate nothing.
class body_storage
{
public:
    // At least `n` bytes; what they held before is not kept.
    char* room(std::size_t n)
    {
        if (n > size_)
        {
            constexpr std::size_t page = 4096;
            const std::size_t size = (n + page - 1) / page * page;
            bytes_ = std::make_unique_for_overwrite<char[]>(size);
            size_ = size;
        }
        return bytes_.get();
    }
    const char* data() const noexcept { return bytes_.get(); }
    std::size_t size() const noexcept { return size_; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_ = 0;
};

/// `Stream` is what the connection talks over. It provides:
///   visit(f)       calls f with the AsyncReadStream and AsyncWriteStream itself (for a choice
///                  of streams, the one it holds), so the exchange is compiled for each;
///   peer_closed()  whether the server closed the connection while it was idle;
///   close()        noexcept: aborts what is pending (the deadline watchdog calls it).
template <class Stream>
struct basic_connection
{
    template <class... Args>
    explicit basic_connection(Args&&... args) : stream(std::forward<Args>(args)...)
    {}

    Stream stream;
    boost::beast::flat_buffer buffer;
    std::string request_head;   // the serialized request line and fields, storage reused
    body_storage body_bytes;    // a stream's body, as the parser hands it out
    std::size_t exchanges = 0;  // completed on this connection
    std::chrono::steady_clock::time_point idle_since{};
    deadline_watchdog::watch watch;  // the deadline of the exchange or stream in progress
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
