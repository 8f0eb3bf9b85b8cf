// An ordered list of HTTP header fields with case-insensitive lookup.
#ifndef OPENAI_HEADERS_HPP
#define OPENAI_HEADERS_HPP

#include <openai/detail/config.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE

namespace detail {
inline bool iequals(std::string_view a, std::string_view b) noexcept
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}
}  // namespace detail

/// HTTP header fields, in the order they were added. Names compare case-insensitively.
class headers
{
public:
    /// A field: name and value.
    using value_type = std::pair<std::string, std::string>;
    /// Iterates the fields in order.
    using const_iterator = std::vector<value_type>::const_iterator;

    /// No fields.
    headers() = default;
    /// These fields, in this order: `{{"X-Tenant", "search"}}`.
    headers(std::initializer_list<value_type> fields) : fields_(fields) {}

    /// Makes room for `n` fields in all, so that appending them allocates once.
    void reserve(std::size_t n) { fields_.reserve(n); }

    /// Appends a field, keeping any earlier field of the same name.
    void insert(std::string name, std::string value) { fields_.emplace_back(std::move(name), std::move(value)); }

    /// Replaces every field of this name by one with the given value.
    void set(std::string_view name, std::string value)
    {
        erase(name);
        fields_.emplace_back(std::string(name), std::move(value));
    }

    /// Removes every field of this name.
    void erase(std::string_view name)
    {
        std::erase_if(fields_, [&](const value_type& f) { return detail::iequals(f.first, name); });
    }

    /// The value of the first field of this name, if any.
    std::optional<std::string_view> find(std::string_view name) const
    {
        for (const auto& f : fields_)
            if (detail::iequals(f.first, name))
                return std::string_view(f.second);
        return std::nullopt;
    }

    /// Whether a field of this name exists.
    bool contains(std::string_view name) const { return find(name).has_value(); }
    /// Whether there are no fields.
    bool empty() const noexcept { return fields_.empty(); }
    /// The number of fields, repeated names counted each time.
    std::size_t size() const noexcept { return fields_.size(); }
    /// The first field.
    const_iterator begin() const noexcept { return fields_.begin(); }
    /// Past the last field.
    const_iterator end() const noexcept { return fields_.end(); }

private:
    std::vector<value_type> fields_;
};

OPENAI_END_NAMESPACE

#endif
