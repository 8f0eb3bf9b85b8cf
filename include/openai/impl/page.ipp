#ifndef OPENAI_IMPL_PAGE_IPP
#define OPENAI_IMPL_PAGE_IPP

#include <openai/types/page.hpp>

#include <algorithm>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL api_request next_page_request(const page_link& link, std::string_view after)
{
    api_request req = link.request;
    auto& query = req.options.extra_query;
    std::erase_if(query, [](const auto& pair) { return pair.first == "after"; });
    query.emplace_back("after", std::string(after));
    return req;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
