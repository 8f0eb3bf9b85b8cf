// openai::basic_client and openai::client: the entry point, shaped like the Python SDK's client.
#ifndef OPENAI_CLIENT_HPP
#define OPENAI_CLIENT_HPP

#include <openai/client_options.hpp>
#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>
#include <openai/resources/chat_completions.hpp>
#include <openai/resources/completions.hpp>
#include <openai/resources/conversations.hpp>
#include <openai/resources/embeddings.hpp>
#include <openai/resources/images.hpp>
#include <openai/resources/models.hpp>
#include <openai/resources/responses.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/execution_context.hpp>

#include <memory>
#include <type_traits>

OPENAI_BEGIN_NAMESPACE

namespace detail {
struct client_access;
}  // namespace detail

/// A client of the OpenAI API or of any OpenAI-compatible server.
///
/// Every operation (`client.chat.completions.create(...)`, `client.models.list()`, ...) is an
/// Asio asynchronous operation that accepts any completion token; with none given it can be
/// `co_await`ed and throws the typed exceptions of <openai/exceptions.hpp>. Many operations may
/// be in flight at once; connections are kept alive and reused, at most
/// `client_options::max_connections` of them.
///
/// Thread safety: use a client from one thread at a time, or give it a strand as executor when
/// several threads run its io_context. In-flight operations keep the client's state alive, so a
/// client may be destroyed while they finish.
///
/// With the default completion token an operation is an `asio::awaitable<T>` (of
/// `asio::any_io_executor`), whatever `Executor` is: await it from such a coroutine. A
/// coroutine of another executor type, such as `asio::awaitable<void, Executor>`, passes the
/// token of its own type: `openai::with_diagnostics(asio::use_awaitable_t<Executor>{})`.
template <class Executor>
class basic_client
{
    std::shared_ptr<detail::client_impl> impl_;  // first: the resources below point into it

public:
    /// The executor the client's operations run on.
    using executor_type = Executor;

    /// The same client type on another executor, as Asio's I/O objects provide.
    template <class OtherExecutor>
    struct rebind_executor
    {
        /// basic_client<OtherExecutor>.
        using other = basic_client<OtherExecutor>;
    };

    /// Creates a client configured from the environment (see client_options).
    /// Throws openai::error when no API key is set or the base URL is invalid.
    // Overloads, not a defaulted `client_options` parameter: g++ 12 destroys a defaulted
    // aggregate argument twice when the call is in a co_await expression, as in
    // `openai::client c{co_await asio::this_coro::executor};`.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): delegates; clang-tidy 14 misses it in a template
    explicit basic_client(const executor_type& ex) : basic_client(ex, client_options()) {}

    /// Creates a client; options not given come from the environment (see client_options).
    /// Throws openai::error when no API key is set or the base URL is invalid.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): delegates; clang-tidy 14 misses it in a template
    basic_client(const executor_type& ex, client_options options)
        : basic_client(detail::make_client_impl(ex, std::move(options)), ex)
    {}

    /// Creates a client running on an execution context, such as an io_context, configured
    /// from the environment.
    template <class ExecutionContext>
        requires std::is_convertible_v<ExecutionContext&, boost::asio::execution_context&>
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): delegates; clang-tidy 14 misses it in a template
    explicit basic_client(ExecutionContext& ctx) : basic_client(executor_type(ctx.get_executor()), client_options()) {}

    /// Creates a client running on an execution context, such as an io_context.
    template <class ExecutionContext>
        requires std::is_convertible_v<ExecutionContext&, boost::asio::execution_context&>
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): delegates; clang-tidy 14 misses it in a template
        basic_client(ExecutionContext& ctx, client_options options)
            : basic_client(executor_type(ctx.get_executor()), std::move(options))
        {}

        /// Move-only: a moved-from client must not be used.
        basic_client(basic_client&&) noexcept = default;
        basic_client& operator=(basic_client&&) noexcept = default;
        basic_client(const basic_client&) = delete;
        basic_client& operator=(const basic_client&) = delete;
        ~basic_client() = default;

        /// The executor given at construction.
        executor_type get_executor() const noexcept
        {
            return ex_;
        }

        /// The base URL requests go to, after the environment fallback.
        const std::string& base_url() const noexcept
        {
            return *detail::options_of(*impl_).base_url;
        }

        /// The API key in a form safe to print: `sk-...` and its last four characters.
        std::string redacted_api_key() const
        {
            return redact_api_key(*detail::options_of(*impl_).api_key);
        }

        /// The Responses API: create, stream, retrieve, delete, cancel and compact responses;
        /// `responses.input_items`, `responses.input_tokens`.
        resources::responses responses;
        /// Conversations, which hold items across responses; `conversations.items`.
        resources::conversations conversations;
        /// `chat.completions`: chat completions, plain or streamed.
        resources::chat chat;
        /// Embedding vectors.
        resources::embeddings embeddings;
        /// Image generation.
        resources::images images;
        /// List, retrieve and delete models.
        resources::models models;
        /// Legacy text completions, plain or streamed.
        resources::completions completions;

    private:
        friend struct detail::client_access;

        basic_client(std::shared_ptr<detail::client_impl> impl, executor_type ex)
            : impl_(std::move(impl)), responses(*impl_), conversations(*impl_), chat(*impl_), embeddings(*impl_),
              images(*impl_), models(*impl_), completions(*impl_), ex_(std::move(ex))
        {}

        executor_type ex_;
};

namespace detail {
/// For tests and extensions: a client over an existing implementation (e.g. one built with a
/// custom transport). Not a public constructor, so the public API names no detail:: type.
struct client_access
{
    template <class Executor>
    static basic_client<Executor> make(std::shared_ptr<client_impl> impl, Executor ex)
    {
        return basic_client<Executor>(std::move(impl), std::move(ex));
    }
};
}  // namespace detail

/// The client most programs use: runs on any Asio executor.
using client = basic_client<boost::asio::any_io_executor>;

OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/detail/client_impl.hpp>
#endif

#endif
