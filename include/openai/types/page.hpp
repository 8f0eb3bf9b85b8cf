// One page of a list endpoint (the Python SDK's SyncPage and SyncCursorPage).
#ifndef OPENAI_TYPES_PAGE_HPP
#define OPENAI_TYPES_PAGE_HPP

#include <openai/detail/config.hpp>
#include <openai/raw_response.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A list of `T` as the API returns it: `{"object": "list", "data": [...], "has_more": ...}`.
/// Unpaginated lists (GET /models) have only `object` and `data`; cursor-paginated ones add
/// `has_more`, `first_id` and `last_id`.
template <class T>
struct page
{
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

    // Described inside the class: BOOST_DESCRIBE_STRUCT cannot describe a class template. Read
    // and written by the rules of every described struct.
    BOOST_DESCRIBE_CLASS(page, (), (object, data, has_more, first_id, last_id), (), ())
};

OPENAI_END_NAMESPACE

#endif
