// One page of a list endpoint (the Python SDK's SyncPage and SyncCursorPage), and the way to the
// pages after it.
#ifndef OPENAI_TYPES_PAGE_HPP
#define OPENAI_TYPES_PAGE_HPP

#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/initiation.hpp>
#include <openai/detail/page_link.hpp>
#include <openai/diagnostics.hpp>
#include <openai/raw_response.hpp>

#include <boost/asio/associator.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/describe/class.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

namespace detail {

template <class T, class F, class Handler>
struct for_each_item_op;

}  // namespace detail

/// A list of `T` as the API returns it: `{"object": "list", "data": [...], "has_more": ...}`.
/// Unpaginated lists (GET /models) have only `object` and `data`; cursor-paginated ones add
/// `has_more`, `first_id` and `last_id`, and a page read by the client fetches the next one
/// (`has_next_page()`, `get_next_page()`, `for_each_item()`, as the Python SDK's pages do). A page
/// keeps its client's state alive while it is kept.
template <class T>
class page
{
public:
    /// Always "list".
    std::string object{};
    /// The items of this page.
    std::vector<T> data{};
    /// Whether more items follow this page (cursor-paginated lists only).
    std::optional<bool> has_more{};
    /// ID of the first item of this page (cursor-paginated lists only).
    std::optional<std::string> first_id{};
    /// ID of the last item of this page: the `after` cursor of the next page.
    std::optional<std::string> last_id{};

    /// The HTTP answer this page was read from.
    openai::raw_response raw_response{};

    /// Whether a page follows this one: the API said so, and this page was read by a client
    /// (the Python SDK's `has_next_page()`).
    bool has_next_page() const noexcept
    {
        return link_ != nullptr && has_more.value_or(false) && !data.empty() && last_id && !last_id->empty();
    }

    /// Fetches the page after this one, with this page's request and `after` set to `last_id`.
    /// An asynchronous operation with signature `void(openai::error_code, openai::page<T>)`, like
    /// the call that read this page. Throws std::logic_error when `has_next_page()` is false, as
    /// the Python SDK raises.
    template <class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto get_next_page(CompletionToken&& token = {}) const
    {
        const detail::page_link& link = link_or_throw();
        return detail::async_call<page>(*link.impl, detail::next_page_request(link, *last_id), nullptr,
                                        std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class CompletionToken = default_token>
    auto get_next_page(diagnostics& diag, CompletionToken&& token = {}) const
    {
        const detail::page_link& link = link_or_throw();
        return detail::async_call<page>(*link.impl, detail::next_page_request(link, *last_id), &diag,
                                        std::forward<CompletionToken>(token));
    }

    /// Calls `f(item)` for every item of this page and of every page after it, fetching each as
    /// the one before is done (the Python SDK's auto-paging iteration). An asynchronous operation
    /// with signature `void(openai::error_code)`; a failed fetch ends it with that error. A page
    /// not read by a client visits its own items only.
    template <class F, class CompletionToken = default_token>
        requires detail::not_diagnostics<CompletionToken>
    auto for_each_item(F f, CompletionToken&& token = {}) const
    {
        return for_each_item(std::move(f), nullptr, std::forward<CompletionToken>(token));
    }

    /// As above; on failure `diag` receives the details, for code without exceptions.
    template <class F, class CompletionToken = default_token>
    auto for_each_item(F f, diagnostics& diag, CompletionToken&& token = {}) const
    {
        return for_each_item(std::move(f), &diag, std::forward<CompletionToken>(token));
    }

    // Described inside the class: BOOST_DESCRIBE_STRUCT cannot describe a class template. Read
    // and written by the rules of every described struct.
    BOOST_DESCRIBE_CLASS(page, (), (object, data, has_more, first_id, last_id), (), ())

private:
    friend struct detail::page_access;

    const detail::page_link& link_or_throw() const
    {
        if (!has_next_page())
            throw std::logic_error("openai::page: no next page; check has_next_page() before get_next_page()");
        return *link_;
    }

    template <class F, class CompletionToken>
    auto for_each_item(F f, diagnostics* diag, CompletionToken&& token) const
    {
        auto initiation = [](auto handler, diagnostics* diag, page first, F f) {
            using handler_type = decltype(handler);
            detail::for_each_item_op<T, F, handler_type>{std::move(handler), diag, std::move(f)}.visit(std::move(first),
                                                                                                       true);
        };
        return boost::asio::async_initiate<CompletionToken, void(error_code)>(initiation, token, diag, *this,
                                                                              std::move(f));
    }

    std::shared_ptr<const detail::page_link> link_;
};

namespace detail {

// for_each_item: visits a page's items, then fetches the next page with itself as the handler.
template <class T, class F, class Handler>
struct for_each_item_op
{
    Handler handler_;
    diagnostics* diag_;
    F f_;

    void visit(page<T> current, bool first)
    {
        for (const T& item : current.data)
            f_(item);
        if (current.has_next_page())
        {
            auto* impl = page_access::link_of(current)->impl.get();
            auto request = next_page_request(*page_access::link_of(current), *current.last_id);
            async_call<page<T>>(*impl, std::move(request), diag_, std::move(*this));
        }
        else if (first)
        {
            // Not from inside the initiation: through the handler's executor (the client's, when
            // the handler has none; a page not read by a client has no client either).
            const page_link* link = page_access::link_of(current);
            auto ex = link ? boost::asio::get_associated_executor(handler_, executor_of(*link->impl))
                           : boost::asio::get_associated_executor(handler_);
            boost::asio::post(ex, [handler = std::move(handler_)]() mutable { std::move(handler)(error_code{}); });
        }
        else
            std::move(handler_)(error_code{});
    }

    void operator()(error_code ec, page<T> next)
    {
        if (ec)
            std::move(handler_)(ec);
        else
            visit(std::move(next), false);
    }
};

}  // namespace detail
OPENAI_END_NAMESPACE

namespace boost::asio {
/// The caller's executor, allocator and cancellation slot stay with for_each_item's fetches.
template <template <class, class> class Associator, class T, class F, class Handler, class DefaultCandidate>
struct associator<Associator, ::openai::detail::for_each_item_op<T, F, Handler>, DefaultCandidate>
    : Associator<Handler, DefaultCandidate>
{
    static typename Associator<Handler, DefaultCandidate>::type get(
        const ::openai::detail::for_each_item_op<T, F, Handler>& op) noexcept
    {
        return Associator<Handler, DefaultCandidate>::get(op.handler_);
    }
    static auto get(const ::openai::detail::for_each_item_op<T, F, Handler>& op, const DefaultCandidate& c) noexcept
    {
        return Associator<Handler, DefaultCandidate>::get(op.handler_, c);
    }
};
}  // namespace boost::asio

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/page.ipp>
#endif

#endif
