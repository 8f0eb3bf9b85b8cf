// client.models: list and describe the models available, delete fine-tuned ones.
#ifndef OPENAI_RESOURCES_MODELS_HPP
#define OPENAI_RESOURCES_MODELS_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/request_options.hpp>
#include <openai/types/model.hpp>
#include <openai/types/model_deleted.hpp>
#include <openai/types/page.hpp>

#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE
namespace detail {
// `model` empty for the list, else the model to retrieve or delete.
OPENAI_DECL api_request make_model_request(http_method method, std::optional<std::string> model,
                                           request_options options);
#ifdef OPENAI_SEPARATE_COMPILATION  // header-only calls go through start_call<T>
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<page<model>> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<model> handler);
OPENAI_DECL void start(client_impl& impl, api_request req, diagnostics* diag, typed_handler<model_deleted> handler);
#endif
}  // namespace detail

template <class Executor>
class basic_client;

namespace resources {

/// client.models: list(), retrieve() and del().
///
/// Operations complete with `void(openai::error_code, T)`; with the default token they are
/// awaitable and throw the typed exceptions. Each takes per-request options (timeout, retries,
/// extra headers and query) after its arguments, and an overload taking `diagnostics&` fills
/// it on failure; `diag` must outlive the operation.
class models
{
public:
    /// Lists the models available: GET /models. Completes with `openai::page<openai::model>`.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto list(CompletionToken&& token = {}) { return list(request_options(), std::forward<CompletionToken>(token)); }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto list(request_options options, CompletionToken&& token = {})
    {
        return call<page<model>>(detail::http_method::get, std::nullopt, std::move(options), nullptr,
                                 std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details.
    template <class CompletionToken = default_token>
    auto list(diagnostics& diag, CompletionToken&& token = {})
    {
        return list(request_options(), diag, std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
    auto list(request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return call<page<model>>(detail::http_method::get, std::nullopt, std::move(options), &diag,
                                 std::forward<CompletionToken>(token));
    }

    /// Describes one model: GET /models/{model} (`model_id` is percent-encoded). Completes with
    /// `openai::model`.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto retrieve(std::string model_id, CompletionToken&& token = {})
    {
        return retrieve(std::move(model_id), request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto retrieve(std::string model_id, request_options options, CompletionToken&& token = {})
    {
        return call<model>(detail::http_method::get, std::move(model_id), std::move(options), nullptr,
                           std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details.
    template <class CompletionToken = default_token>
    auto retrieve(std::string model_id, diagnostics& diag, CompletionToken&& token = {})
    {
        return retrieve(std::move(model_id), request_options(), diag, std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
    auto retrieve(std::string model_id, request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return call<model>(detail::http_method::get, std::move(model_id), std::move(options), &diag,
                           std::forward<CompletionToken>(token));
    }

    /// Deletes a fine-tuned model you own: DELETE /models/{model}. Completes with
    /// `openai::model_deleted`. (`delete` is a C++ keyword.)
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto del(std::string model_id, CompletionToken&& token = {})
    {
        return del(std::move(model_id), request_options(), std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
        requires detail::completion_token_argument<CompletionToken>
    auto del(std::string model_id, request_options options, CompletionToken&& token = {})
    {
        return call<model_deleted>(detail::http_method::delete_, std::move(model_id), std::move(options), nullptr,
                                   std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details.
    template <class CompletionToken = default_token>
    auto del(std::string model_id, diagnostics& diag, CompletionToken&& token = {})
    {
        return del(std::move(model_id), request_options(), diag, std::forward<CompletionToken>(token));
    }

    /// As above, with per-request options.
    template <class CompletionToken = default_token>
    auto del(std::string model_id, request_options options, diagnostics& diag, CompletionToken&& token = {})
    {
        return call<model_deleted>(detail::http_method::delete_, std::move(model_id), std::move(options), &diag,
                                   std::forward<CompletionToken>(token));
    }

private:
    template <class T, class CompletionToken>
    auto call(detail::http_method method, std::optional<std::string> model_id, request_options options,
              diagnostics* diag, CompletionToken&& token)
    {
        return detail::async_call<T>(*impl_,
                                     detail::make_model_request(method, std::move(model_id), std::move(options)), diag,
                                     std::forward<CompletionToken>(token));
    }

    // Made by the client only: the constructor takes the client's implementation.
    template <class Executor>
    friend class openai::basic_client;
    explicit models(detail::client_impl& impl) noexcept : impl_(&impl) {}

    detail::client_impl* impl_;
};

}  // namespace resources
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/models.ipp>
#endif

#endif
