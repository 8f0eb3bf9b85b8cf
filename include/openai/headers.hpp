// An ordered list of HTTP header fields with case-insensitive lookup.
#ifndef OPENAI_HEADERS_HPP
#define OPENAI_HEADERS_HPP

#include <openai/detail/config.hpp>

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
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
///
/// All names and values share one buffer: a response's dozens of headers cost two allocations,
/// not two per field.
class headers
{
    struct entry
    {
        std::uint32_t name_offset, name_size, value_offset, value_size;
    };

public:
    /// A field: name and value, viewing the headers' storage (valid until it is modified).
    using value_type = std::pair<std::string_view, std::string_view>;

    /// Iterates the fields in order.
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = headers::value_type;
        using difference_type = std::ptrdiff_t;
        using reference = value_type;
        /// What operator-> returns: a field held by value.
        struct pointer
        {
            value_type field;
            const value_type* operator->() const noexcept { return &field; }
        };

        const_iterator() = default;
        /// The field this iterator is at.
        value_type operator*() const noexcept { return owner_->field(*it_); }
        /// Members of the field this iterator is at: `it->first`, `it->second`.
        pointer operator->() const noexcept { return {**this}; }
        /// The field `n` places further.
        value_type operator[](difference_type n) const noexcept { return *(*this + n); }
        const_iterator& operator++() noexcept
        {
            ++it_;
            return *this;
        }
        const_iterator operator++(int) noexcept
        {
            auto old = *this;
            ++it_;
            return old;
        }
        const_iterator& operator--() noexcept
        {
            --it_;
            return *this;
        }
        const_iterator operator--(int) noexcept
        {
            auto old = *this;
            --it_;
            return old;
        }
        const_iterator& operator+=(difference_type n) noexcept
        {
            it_ += n;
            return *this;
        }
        const_iterator& operator-=(difference_type n) noexcept
        {
            it_ -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator i, difference_type n) noexcept { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) noexcept { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) noexcept { return i -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) noexcept
        {
            return a.it_ - b.it_;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept { return a.it_ == b.it_; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) noexcept { return a.it_ <=> b.it_; }

    private:
        friend class headers;
        const_iterator(const headers* owner, std::vector<entry>::const_iterator it) noexcept : owner_(owner), it_(it) {}
        const headers* owner_ = nullptr;
        std::vector<entry>::const_iterator it_{};
    };

    /// No fields.
    headers() = default;
    /// These fields, in this order: `{{"X-Tenant", "search"}}`.
    headers(std::initializer_list<std::pair<std::string_view, std::string_view>> fields)
    {
        for (const auto& [name, value] : fields)
            insert(name, value);
    }

    /// Makes room for `fields` fields of `bytes` characters in all (names and values), so that
    /// appending them allocates at most twice.
    void reserve(std::size_t fields, std::size_t bytes = 0)
    {
        entries_.reserve(fields);
        text_.reserve(bytes);
    }

    /// Appends a field, keeping any earlier field of the same name.
    void insert(std::string_view name, std::string_view value)
    {
        if (views_storage(name) || views_storage(value))
        {
            // Appending may move the storage these view: copy them first.
            const std::string kept_name(name), kept_value(value);
            append(kept_name, kept_value);
        }
        else
            append(name, value);
    }

    /// Replaces every field of this name by one with the given value.
    void set(std::string_view name, std::string_view value)
    {
        if (contains(name))
        {
            // `value` may view this object's storage: keep it until the field is appended.
            const std::string kept_name(name), kept_value(value);
            erase(kept_name);
            insert(kept_name, kept_value);
        }
        else
            insert(name, value);
    }

    /// Removes every field of this name.
    void erase(std::string_view name)
    {
        if (!contains(name))
            return;
        headers kept;
        kept.reserve(entries_.size(), text_.size());
        for (const auto& [n, v] : *this)
            if (!detail::iequals(n, name))
                kept.insert(n, v);
        *this = std::move(kept);
    }

    /// The value of the first field of this name, if any.
    std::optional<std::string_view> find(std::string_view name) const noexcept
    {
        for (const auto& e : entries_)
            if (detail::iequals(text(e.name_offset, e.name_size), name))
                return text(e.value_offset, e.value_size);
        return std::nullopt;
    }

    /// Whether a field of this name exists.
    bool contains(std::string_view name) const noexcept { return find(name).has_value(); }
    /// Whether there are no fields.
    bool empty() const noexcept { return entries_.empty(); }
    /// The number of fields, repeated names counted each time.
    std::size_t size() const noexcept { return entries_.size(); }
    /// The first field.
    const_iterator begin() const noexcept { return {this, entries_.begin()}; }
    /// Past the last field.
    const_iterator end() const noexcept { return {this, entries_.end()}; }

private:
    // Appends a field whose name and value do not view this object's storage.
    void append(std::string_view name, std::string_view value)
    {
        entry e{offset(), static_cast<std::uint32_t>(name.size()), 0, static_cast<std::uint32_t>(value.size())};
        text_.append(name);
        e.value_offset = offset();
        text_.append(value);
        entries_.push_back(e);
    }
    bool views_storage(std::string_view v) const noexcept
    {
        const std::less<> before;
        return !v.empty() && !before(v.data(), text_.data()) && before(v.data(), text_.data() + text_.capacity());
    }
    std::uint32_t offset() const noexcept { return static_cast<std::uint32_t>(text_.size()); }
    std::string_view text(std::uint32_t at, std::uint32_t size) const noexcept { return {text_.data() + at, size}; }
    value_type field(const entry& e) const noexcept
    {
        return {text(e.name_offset, e.name_size), text(e.value_offset, e.value_size)};
    }

    std::string text_;            // every name and value, back to back
    std::vector<entry> entries_;  // where each field's name and value are in text_
};

OPENAI_END_NAMESPACE

#endif
