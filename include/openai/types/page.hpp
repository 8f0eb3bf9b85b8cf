// One page of a list endpoint (the Python SDK's SyncPage and SyncCursorPage).
#ifndef OPENAI_TYPES_PAGE_HPP
#define OPENAI_TYPES_PAGE_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/raw_response.hpp>

#include <boost/json/value.hpp>

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
};

namespace detail {
// A member of a JSON object read like read_described does: absent or null (for a non-optional
// member) keeps the default, a failure names the key.
template <class M>
bool read_page_member(const boost::json::object& obj, std::string_view key, M& member, read_error& err)
{
    const auto* value = obj.if_contains(key);
    if (!value || (value->is_null() && !is_optional<M>::value))
        return true;
    if (read_json(*value, member, err))
        return true;
    prepend_key(err, key);
    return false;
}
}  // namespace detail

/// Reads a page; Boost.Describe cannot describe a class template.
template <class T>
bool json_read(const boost::json::value& v, page<T>& out, detail::read_error& err)
{
    if (!v.is_object())
        return detail::type_mismatch(v, "an object", err);
    const auto& obj = v.get_object();
    return detail::read_page_member(obj, "object", out.object, err) &&
           detail::read_page_member(obj, "data", out.data, err) &&
           detail::read_page_member(obj, "has_more", out.has_more, err) &&
           detail::read_page_member(obj, "first_id", out.first_id, err) &&
           detail::read_page_member(obj, "last_id", out.last_id, err);
}

OPENAI_END_NAMESPACE

#endif
