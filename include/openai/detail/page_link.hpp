// What a page read by the client keeps to fetch the next one; the client reads pages through
// page_access. Apart from <openai/types/page.hpp>, so that the client's state can link the pages
// it reads without including the public header's operations.
#ifndef OPENAI_DETAIL_PAGE_LINK_HPP
#define OPENAI_DETAIL_PAGE_LINK_HPP

#include <openai/detail/api_request.hpp>
#include <openai/detail/config.hpp>

#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>

OPENAI_BEGIN_NAMESPACE

template <class T>
class page;

namespace detail {

/// What a page read by the client needs to fetch the next one: the client's state, and the
/// request that gave this page.
struct page_link
{
    std::shared_ptr<client_impl> impl;
    api_request request;
};

/// The request for the page after `after` (the last item's ID): the same, with that cursor.
OPENAI_DECL api_request next_page_request(const page_link& link, std::string_view after);

struct page_access
{
    template <class T>
    static void link(page<T>& p, std::shared_ptr<client_impl> impl, api_request request)
    {
        p.link_ = std::make_shared<const page_link>(page_link{std::move(impl), std::move(request)});
    }
    template <class T>
    static const page_link* link_of(const page<T>& p) noexcept
    {
        return p.link_.get();
    }
};

template <class T>
struct is_page : std::false_type
{};
template <class T>
struct is_page<page<T>> : std::true_type
{};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
