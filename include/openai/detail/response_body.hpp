// The body type of the HTTP answers the transport reads: Beast's string_body, but growing the
// string by appending. string_body's reader resizes first, which zero-fills every byte before
// copying over it: for a 17 MB embeddings answer, a whole extra pass over the memory.
#ifndef OPENAI_DETAIL_RESPONSE_BODY_HPP
#define OPENAI_DETAIL_RESPONSE_BODY_HPP

#include <openai/detail/config.hpp>

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/optional/optional.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {

struct response_body
{
    using value_type = std::string;

    /// The body's size, for prepare_payload().
    static std::uint64_t size(const value_type& body) noexcept { return body.size(); }

    /// Serializing, as string_body does (tests and the test server write these answers too).
    using writer = boost::beast::http::string_body::writer;

    /// Parsing: appends what arrives, after reserving the announced length.
    class reader
    {
    public:
        template <bool isRequest, class Fields>
        explicit reader(boost::beast::http::header<isRequest, Fields>&, value_type& body) : body_(body)
        {}

        void init(const boost::optional<std::uint64_t>& length, boost::system::error_code& ec)
        {
            ec = {};
            if (!length)
                return;
            if (*length > body_.max_size())
                ec = boost::beast::http::error::buffer_overflow;
            else
                body_.reserve(static_cast<std::size_t>(*length));
        }

        template <class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence& buffers, boost::system::error_code& ec)
        {
            ec = {};
            std::size_t n = 0;
            for (const auto b : boost::beast::buffers_range_ref(buffers))
            {
                if (b.size() > body_.max_size() - body_.size())
                {
                    ec = boost::beast::http::error::buffer_overflow;
                    return n;
                }
                body_.append(static_cast<const char*>(b.data()), b.size());
                n += b.size();
            }
            return n;
        }

        // NOLINTNEXTLINE(readability-convert-member-functions-to-static): Beast's BodyReader interface
        void finish(boost::system::error_code& ec) { ec = {}; }

    private:
        value_type& body_;
    };
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
