#ifndef OPENAI_IMPL_TRANSPORT_IPP
#define OPENAI_IMPL_TRANSPORT_IPP

#include <openai/detail/transport.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// A body already in memory, handed out in one piece.
class buffered_body_reader final : public body_reader
{
public:
    explicit buffered_body_reader(std::string body) : body_(std::move(body)) {}

    boost::asio::awaitable<error_code> read_some(std::string_view& bytes, bool& done,
                                                 std::chrono::steady_clock::time_point) override
    {
        bytes = handed_out_ ? std::string_view() : std::string_view(body_);
        handed_out_ = true;
        done = true;
        co_return error_code{};
    }

    void close() noexcept override {}

private:
    std::string body_;
    bool handed_out_ = false;
};

OPENAI_DECL boost::asio::awaitable<error_code> transport::open(http_request& req, http_response& res,
                                                               std::unique_ptr<body_reader>& body,
                                                               const exchange_limits& limits)
{
    error_code ec = co_await exchange(req, res, limits);
    if (!ec && res.result_int() >= 200 && res.result_int() < 300)
        body = std::make_unique<buffered_body_reader>(std::move(res.body()));
    co_return ec;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
