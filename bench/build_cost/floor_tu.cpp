// Workload E's floor: a file that includes only <boost/asio.hpp> and co_spawns one coroutine, the
// least any program on Asio coroutines compiles. The SDK's rows are read against it.
#include <boost/asio.hpp>

#include <cstddef>

namespace {

boost::asio::awaitable<std::size_t> answer()
{
    co_return 42;
}

}  // namespace

void spawn_one(boost::asio::io_context& io)
{
    boost::asio::co_spawn(io, answer(), boost::asio::detached);
}
