#ifndef OPENAI_IMPL_CLIENT_IMPL_IPP
#define OPENAI_IMPL_CLIENT_IMPL_IPP

#include <openai/detail/beast_transport.hpp>
#include <openai/detail/client_impl.hpp>
#include <openai/detail/error_body.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/detail/retry_policy.hpp>
#include <openai/exceptions.hpp>
#include <openai/version.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>

OPENAI_BEGIN_NAMESPACE
namespace detail {

namespace asio = boost::asio;
namespace http = boost::beast::http;

inline std::optional<std::string> environment(const char* name)
{
    // Unsafe only against a concurrent setenv; read once, when a client is constructed, as every OpenAI SDK does.
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe)
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

OPENAI_DECL client_impl::client_impl(asio::any_io_executor ex, client_options options,
                                     std::unique_ptr<transport> custom_transport)
    : ex_(std::move(ex)), options_(std::move(options)), transport_(std::move(custom_transport)),
      jitter_(std::random_device{}())
{
    if (!options_.api_key)
        options_.api_key = environment("OPENAI_API_KEY");
    if (!options_.api_key || options_.api_key->empty())
        throw error(make_error_code(errc::missing_api_key),
                    "The api_key client option must be set either by passing api_key in client_options "
                    "or by setting the OPENAI_API_KEY environment variable");
    if (!options_.organization)
        options_.organization = environment("OPENAI_ORG_ID");
    if (!options_.project)
        options_.project = environment("OPENAI_PROJECT_ID");
    if (!options_.base_url)
        options_.base_url = environment("OPENAI_BASE_URL").value_or("https://api.openai.com/v1");

    auto url = parse_base_url(*options_.base_url);
    if (!url)
        throw error(make_error_code(errc::invalid_base_url),
                    "Invalid base_url '" + body_excerpt(*options_.base_url, 100) +
                        "': expected http://host[:port][/path][?query] or https://host[:port][/path][?query], "
                        "without spaces or control characters");
    url_ = std::move(*url);
    authorization_ = "Bearer " + *options_.api_key;
    if (!transport_)
        transport_ = std::make_unique<beast_transport>(ex_, url_, options_.ssl_context, options_.max_connections);
}

OPENAI_DECL client_impl::~client_impl() = default;

OPENAI_DECL std::shared_ptr<client_impl> make_client_impl(asio::any_io_executor ex, client_options options)
{
    return std::make_shared<client_impl>(std::move(ex), std::move(options));
}

OPENAI_DECL const client_options& options_of(const client_impl& impl) noexcept
{
    return impl.options();
}

OPENAI_DECL asio::any_io_executor executor_of(const client_impl& impl) noexcept
{
    return impl.get_executor();
}

OPENAI_DECL void client_impl::async_call_void(api_request req, diagnostics* diag,
                                              asio::any_completion_handler<void(error_code)> handler)
{
    asio::co_spawn(ex_, call_without_result(shared_from_this(), std::move(req), diag),
                   void_spawn_completion{std::move(handler)});
}

OPENAI_DECL asio::awaitable<error_code> client_impl::call_without_result(std::shared_ptr<client_impl> self,
                                                                         api_request req, diagnostics* diag)
{
    co_await enable_total_cancellation();
    raw_response::data data;
    diagnostics details;
    const error_code ec = co_await self->call(std::move(req), data, details);
    if (ec && diag)
        *diag = std::move(details);
    co_return ec;
}

OPENAI_DECL asio::awaitable<void> await_call_void(client_impl& impl, api_request req, diagnostics* diag)
{
    default_token token;
    return asio::async_initiate<default_token, void(error_code)>(void_call_initiation{&impl}, token, diag,
                                                                 std::move(req));
}

OPENAI_DECL void start_void(client_impl& impl, api_request req, diagnostics* diag,
                            asio::any_completion_handler<void(error_code)> handler)
{
    impl.async_call_void(std::move(req), diag, std::move(handler));
}

inline http::verb to_verb(http_method method) noexcept
{
    switch (method)
    {
    case http_method::post: return http::verb::post;
    case http_method::delete_: return http::verb::delete_;
    case http_method::get: break;
    }
    return http::verb::get;
}

OPENAI_DECL http_request client_impl::make_http_request(api_request& req) const
{
    auto query = options_.default_query;
    query.insert(query.end(), req.options.extra_query.begin(), req.options.extra_query.end());
    http_request http{to_verb(req.method), make_target(url_.base_path, req.path, query, url_.query), 11};
    http.set(http::field::host, url_.host_header);
    http.set(http::field::authorization, authorization_);
    http.set(http::field::user_agent, user_agent);
    http.set(http::field::accept, req.stream ? "text/event-stream" : "application/json");
    if (options_.organization)
        http.set("OpenAI-Organization", *options_.organization);
    if (options_.project)
        http.set("OpenAI-Project", *options_.project);
    if (!req.body.empty())
    {
        http.set(http::field::content_type, "application/json");
        http.body() = std::move(req.body);
    }
    for (const auto& [name, value] : options_.default_headers)
        http.set(name, value);
    for (const auto& [name, value] : req.options.extra_headers)
        http.set(name, value);
    http.prepare_payload();
    return http;
}

OPENAI_DECL asio::awaitable<void> client_impl::enable_total_cancellation()
{
    // Per-operation cancellation of any type stops the call: its connection is closed.
    co_await asio::this_coro::reset_cancellation_state(asio::enable_total_cancellation());
}

OPENAI_DECL asio::awaitable<error_code> client_impl::call(api_request req, raw_response::data& out, diagnostics& diag,
                                                          std::unique_ptr<body_reader>* stream)
{
    const int max_retries = std::max(0, req.options.max_retries.value_or(options_.max_retries));
    const auto timeout = req.options.timeout.value_or(options_.timeout);
    const auto connect_timeout = req.options.connect_timeout.value_or(options_.connect_timeout);
    const auto total_timeout = req.options.total_timeout ? req.options.total_timeout : options_.total_timeout;
    const auto overall_deadline = total_timeout ? std::chrono::steady_clock::now() + *total_timeout
                                                : std::chrono::steady_clock::time_point::max();
    http_request http = make_http_request(req);

    for (int retries = 0;; ++retries)
    {
        if (retries > 0)
            http.set("X-OpenAI-Cpp-Retry-Count", std::to_string(retries));
        http_response res;
        exchange_limits limits{std::min(std::chrono::steady_clock::now() + timeout, overall_deadline), connect_timeout,
                               options_.max_response_bytes};
        diag.clear();
        error_code ec;
        if (stream)
            ec = co_await transport_->open(http, res, *stream, limits);
        else
            ec = co_await transport_->exchange(http, res, limits);
        if (!ec)
        {
            int status = static_cast<int>(res.result_int());
            openai::headers& headers = (status >= 200 && status < 300) ? out.headers : diag.headers;
            std::size_t fields = 0, bytes = 0;
            for (const auto& field : res)
            {
                ++fields;
                bytes += field.name_string().size() + field.value().size();
            }
            headers.reserve(fields, bytes);
            for (const auto& field : res)
                headers.insert(field.name_string(), field.value());
            if (status >= 200 && status < 300)
            {
                out.status_code = status;
                out.body = std::move(res.body());
                co_return error_code{};
            }
            diag.status_code = status;
            diag.request_id = std::string(diag.headers.find("x-request-id").value_or(""));
            diag.body = std::move(res.body());
            parse_error_body(diag.body, diag);
            redact(diag);
            ec = error_for_status(diag);
        }
        else if (is_timeout(ec))
            diag.message = "Request timed out";

        if (retries >= max_retries || !is_retryable(ec, diag.status_code, diag.headers))
            co_return ec;

        double jitter = std::uniform_real_distribution<double>(0.0, 1.0)(jitter_);
        const auto delay = retry_delay(retries, diag.headers, std::time(nullptr), jitter);
        if (std::chrono::steady_clock::now() + delay >= overall_deadline)
            co_return ec;  // no time left for another attempt: the last error stands
        asio::steady_timer pause(ex_, delay);
        auto [wait_ec] = co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
        if (wait_ec)
        {
            diag.clear();
            co_return make_error_code(asio::error::operation_aborted);
        }
    }
}

OPENAI_DECL void client_impl::fail_decode(const raw_response::data& data, const read_error& err,
                                          diagnostics& diag) const
{
    diag.status_code = data.status_code;
    diag.headers = data.headers;
    diag.request_id = std::string(data.headers.find("x-request-id").value_or(""));
    diag.message = "Unexpected response body: " + err.to_string() + "; body: " + body_excerpt(data.body);
    diag.body = data.body;
    redact(diag);
}

OPENAI_DECL void client_impl::redact(diagnostics& diag) const
{
    // A misbehaving server may echo the key, in its body or in a header: it must not reach
    // exceptions or logs.
    const std::string& key = *options_.api_key;
    const std::string safe = redact_api_key(key);
    const auto replace_key = [&](std::string& text) {
        for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + safe.size()))
            text.replace(pos, key.size(), safe);
    };
    replace_key(diag.message);
    replace_key(diag.body);
    const auto echoes_key = [&](const openai::headers::value_type& field) {
        return field.first.find(key) != std::string_view::npos || field.second.find(key) != std::string_view::npos;
    };
    if (std::none_of(diag.headers.begin(), diag.headers.end(), echoes_key))
        return;
    openai::headers clean;
    for (const auto& [name, value] : diag.headers)
    {
        std::string clean_name(name), clean_value(value);
        replace_key(clean_name);
        replace_key(clean_value);
        clean.insert(clean_name, clean_value);
    }
    diag.headers = std::move(clean);
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
