// Reads JSON text straight into the SDK's types, with Boost.JSON's event parser (basic_parser)
// and no document in between: each event goes to the member, element or string it fills.
// Building a boost::json::value first and converting it after (json_model.hpp's read_json)
// costs a second pass, an allocation per container and a copy of every string; for base64
// embeddings, a copy of the whole payload before decoding it.
//
// The results are those of read_json on the parsed document, errors and their JSON paths
// included: unknown keys are skipped, absent members and nulls for non-optional members keep
// their defaults, a type mismatch fails naming its path, a repeated key's last value wins. Types
// with their own `json_read` (tagged unions) and boost::json::value members are handed a document
// of just their part, built on the fly, so they keep one implementation.
#ifndef OPENAI_DETAIL_JSON_READER_HPP
#define OPENAI_DETAIL_JSON_READER_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/error.hpp>

#include <boost/container/small_vector.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value_stack.hpp>

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

OPENAI_BEGIN_NAMESPACE
namespace detail {

class json_reader;

/// What one C++ object does with the JSON value that fills it. One constant table per type.
struct json_sink_ops
{
    bool (*object_begin)(json_reader&, void*);  // pushes a frame
    bool (*array_begin)(json_reader&, void*);   // pushes a frame
    bool (*string)(json_reader&, void*, std::string_view, bool first, bool last);
    bool (*int64)(json_reader&, void*, std::int64_t);
    bool (*uint64)(json_reader&, void*, std::uint64_t);
    bool (*double_)(json_reader&, void*, double);
    bool (*bool_)(json_reader&, void*, bool);
    bool (*null)(json_reader&, void*);
};

/// Where the next value goes.
struct json_sink
{
    void* target = nullptr;
    const json_sink_ops* ops = nullptr;  // null: skip the value
    void (*on_null)(void*) = nullptr;    // a non-optional struct member: null gives it its default
};

/// An object or array being filled.
struct json_frame
{
    /// Struct and map frames: a key arrived; sets `slot`. Array frames: an element begins.
    bool (*on_key)(json_reader&, json_frame&, std::string_view key) = nullptr;
    void (*on_element)(json_frame&) = nullptr;
    void* target = nullptr;
    json_sink slot{};
    bool is_array = false;
    const char* member = nullptr;  // struct: the member being read (for error paths)
    std::size_t index = 0;         // array: the element being read
    std::uint64_t seen = 0;        // struct: the members read so far (the first 64)
    std::string key;               // map: the key being read
};

/// Asks read_json_text whether the top-level object has a member of this name that is not
/// null, whatever the type reads (stream events use it to spot `{"error": ...}`).
struct json_watch
{
    std::string_view key;
    bool found = false;
};

/// Asks read_json_text where the top-level object's leading scalar members end: at the opening
/// quote of the first top-level key whose value is an object or an array. There the reader
/// calls `snapshot` with the value read so far (json_prefix_memo.hpp uses both).
struct json_split
{
    static constexpr std::size_t npos = std::size_t(-1);
    void (*snapshot)(void* context, const void* value) = nullptr;
    void* context = nullptr;
    std::size_t offset = npos;  // npos: no such key, or one written with escapes
};

/// The basic_parser handler: dispatches events to the sink on top of the frame stack.
class json_reader
{
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): dom_temp_, dom_arena_buffer_ are arena storage
    json_reader(json_sink root, read_error& err, json_watch* watch, json_split* split = nullptr,
                std::string_view text = {}) noexcept
        : root_(root), err_(err), watch_(watch), split_(split), text_(text)
    {}

    /// Whether the text parsed but did not fit the type (err holds why and where).
    bool schema_failed() const noexcept { return schema_failed_; }

    // Called by the sinks.
    /// A new frame on top, for the value that begins now; the caller fills it in.
    json_frame& push() { return frames_.emplace_back(); }

    /// Fails the read with `message` at the current position.
    bool fail(std::string message)
    {
        err_.path.clear();
        err_.fail(std::move(message));
        return fail_here();
    }

    /// Fails with what read_json reported for a value at the current position; its path, if
    /// any, is relative to that value.
    bool fail_with(read_error e)
    {
        err_ = std::move(e);
        return fail_here();
    }

    /// Gathers a string that arrives in parts (only strings with escapes do); returns it whole
    /// with the last part, else nullopt. Valid until the next string.
    std::optional<std::string_view> gather(std::string_view part, bool first, bool last)
    {
        if (first && last)
            return part;
        if (first)
            scratch_.clear();
        scratch_.append(part.data(), part.size());
        if (!last)
            return std::nullopt;
        return std::string_view(scratch_);
    }

    /// Fails at the current position with what is in err (a path relative to the value).
    bool fail_here()
    {
        // Innermost first. std::views::reverse would bring <ranges> into every unit, for an error path.
        for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)  // NOLINT(modernize-loop-convert)
        {
            if (it->is_array)
                prepend_index(err_, it->index);
            else if (it->member)
                prepend_key(err_, it->member);
            else
                prepend_key(err_, it->key);
        }
        schema_failed_ = true;
        return false;
    }

    /// Starts capturing the value that begins now (an object or an array) as a document;
    /// `finish` receives it when it is complete.
    void capture(void* target, bool (*finish)(json_reader&, void*, const boost::json::value&))
    {
        if (!dom_)
            dom_.emplace(boost::json::storage_ptr(), dom_temp_, sizeof dom_temp_);
        dom_arena_.emplace(dom_arena_buffer_, sizeof dom_arena_buffer_);
        dom_->reset(&*dom_arena_);
        dom_depth_ = 1;
        dom_target_ = target;
        dom_finish_ = finish;
    }

    // basic_parser's handler interface.
    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): basic_parser handler interface
    bool on_document_begin(error_code&) { return true; }
    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): basic_parser handler interface
    bool on_document_end(error_code&) { return true; }

    bool on_object_begin(error_code& ec)
    {
        if (split_)
            note_split();
        if (skip_depth_ || dom_depth_)
            return nest();
        json_sink s = take_slot();
        if (!s.ops)
            return start_skip();
        return check(s.ops->object_begin(*this, s.target), ec);
    }

    bool on_object_end(std::size_t n, error_code& ec)
    {
        if (skip_depth_)
        {
            --skip_depth_;
            return true;
        }
        if (dom_depth_)
        {
            dom_->push_object(n);
            return end_dom(ec);
        }
        frames_.pop_back();
        return true;
    }

    bool on_array_begin(error_code& ec)
    {
        if (split_)
            note_split();
        if (skip_depth_ || dom_depth_)
            return nest();
        json_sink s = take_slot();
        if (!s.ops)
            return start_skip();
        return check(s.ops->array_begin(*this, s.target), ec);
    }

    bool on_array_end(std::size_t n, error_code& ec)
    {
        if (skip_depth_)
        {
            --skip_depth_;
            return true;
        }
        if (dom_depth_)
        {
            dom_->push_array(n);
            return end_dom(ec);
        }
        frames_.pop_back();
        return true;
    }

    bool on_key_part(boost::json::string_view s, std::size_t, error_code&)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_chars(s);
            return true;
        }
        key_.append(s.data(), s.size());
        return true;
    }

    bool on_key(boost::json::string_view s, std::size_t, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_key(s);
            return true;
        }
        json_frame& f = frames_.back();
        std::string_view key(s.data(), s.size());
        if (split_ && frames_.size() == 1)
            top_key_ = key_.empty() ? s.data() : nullptr;  // a key in parts had escapes: not the text's bytes
        if (!key_.empty())
            key = key_.append(key);
        if (watch_ && frames_.size() == 1 && key == watch_->key)
            watching_ = true;
        const bool ok = f.on_key(*this, f, key);
        key_.clear();
        return check(ok, ec);
    }

    bool on_string_part(boost::json::string_view s, std::size_t, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_chars(s);
            return true;
        }
        const bool first = !in_string_;
        in_string_ = true;
        if (first)
            string_sink_ = take_slot();
        if (!string_sink_.ops)
            return true;
        return check(string_sink_.ops->string(*this, string_sink_.target, {s.data(), s.size()}, first, false), ec);
    }

    bool on_string(boost::json::string_view s, std::size_t, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_string(s);
            return end_scalar_in_dom(ec);
        }
        const bool first = !in_string_;
        in_string_ = false;
        json_sink sink = first ? take_slot() : string_sink_;
        if (!sink.ops)
            return true;
        return check(sink.ops->string(*this, sink.target, {s.data(), s.size()}, first, true), ec);
    }

    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): basic_parser handler interface
    bool on_number_part(boost::json::string_view, error_code&) { return true; }

    bool on_int64(std::int64_t v, boost::json::string_view, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_int64(v);
            return end_scalar_in_dom(ec);
        }
        json_sink s = take_slot();
        return !s.ops || check(s.ops->int64(*this, s.target, v), ec);
    }

    bool on_uint64(std::uint64_t v, boost::json::string_view, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_uint64(v);
            return end_scalar_in_dom(ec);
        }
        json_sink s = take_slot();
        return !s.ops || check(s.ops->uint64(*this, s.target, v), ec);
    }

    bool on_double(double v, boost::json::string_view, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_double(v);
            return end_scalar_in_dom(ec);
        }
        json_sink s = take_slot();
        return !s.ops || check(s.ops->double_(*this, s.target, v), ec);
    }

    bool on_bool(bool v, error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_bool(v);
            return end_scalar_in_dom(ec);
        }
        json_sink s = take_slot();
        return !s.ops || check(s.ops->bool_(*this, s.target, v), ec);
    }

    bool on_null(error_code& ec)
    {
        if (skip_depth_)
            return true;
        if (dom_depth_)
        {
            dom_->push_null();
            return end_scalar_in_dom(ec);
        }
        json_sink s = take_slot(true);
        if (!s.ops)
            return true;
        if (s.on_null)
        {
            s.on_null(s.target);
            return true;
        }
        return check(s.ops->null(*this, s.target), ec);
    }

    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): basic_parser handler interface
    bool on_comment_part(boost::json::string_view, error_code&) { return true; }
    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): basic_parser handler interface
    bool on_comment(boost::json::string_view, error_code&) { return true; }

private:
    // The sink of the value that starts now: the root, the member or map entry the last key
    // chose, or the next element of an array.
    json_sink take_slot(bool null = false)
    {
        if (watching_)
        {
            watching_ = false;
            watch_->found = watch_->found || !null;
        }
        if (frames_.empty())
        {
            json_sink s = root_;
            root_ = {};  // a second top-level value cannot happen: the parser rejects it
            return s;
        }
        json_frame& f = frames_.back();
        if (f.is_array)
        {
            f.on_element(f);
            return f.slot;
        }
        return f.slot;
    }

    // A container begins: the first one at the top level of the root object ends its leading
    // scalar members.
    void note_split()
    {
        if (skip_depth_ || dom_depth_ || frames_.size() != 1 || frames_[0].is_array)
            return;
        json_split& split = *split_;
        split_ = nullptr;  // only the first
        // The key's bytes, when they are the text's own, follow its opening quote.
        const char* begin = text_.data();
        if (!top_key_ || std::less<>{}(top_key_, begin + 1) || std::less<>{}(begin + text_.size(), top_key_))
            return;
        split.offset = static_cast<std::size_t>(top_key_ - begin) - 1;
        split.snapshot(split.context, frames_[0].target);
    }

    bool start_skip()
    {
        skip_depth_ = 1;
        return true;
    }

    bool nest()
    {
        if (skip_depth_)
            ++skip_depth_;
        else
            ++dom_depth_;
        return true;
    }

    bool end_dom(error_code& ec)
    {
        if (--dom_depth_ != 0)
            return true;
        const boost::json::value v = dom_->release();
        const bool ok = dom_finish_(*this, dom_target_, v);
        return check(ok, ec);
    }

    // A scalar inside a captured document completes nothing by itself.
    static bool end_scalar_in_dom(error_code&) { return true; }

    static bool check(bool ok, error_code& ec)
    {
        if (!ok)
            ec = make_error_code(errc::invalid_response);
        return ok;
    }

    json_sink root_;
    read_error& err_;
    json_watch* watch_;
    bool watching_ = false;          // the watched key came: its value is next
    json_split* split_;              // null once the split is found (or when nobody asked)
    std::string_view text_;          // the whole text, for split_
    const char* top_key_ = nullptr;  // the last top-level key, in text_ (null: not in text_)
    boost::container::small_vector<json_frame, 16> frames_;
    std::string key_;      // a key that arrived in parts
    std::string scratch_;  // a string that arrived in parts, for gather()
    bool in_string_ = false;
    json_sink string_sink_{};
    std::size_t skip_depth_ = 0;  // inside a value nobody reads
    bool schema_failed_ = false;

    // Capturing a document for a type read from one.
    std::size_t dom_depth_ = 0;
    void* dom_target_ = nullptr;
    bool (*dom_finish_)(json_reader&, void*, const boost::json::value&) = nullptr;
    std::optional<boost::json::value_stack> dom_;
    std::optional<boost::json::monotonic_resource> dom_arena_;
    unsigned char dom_temp_[1024];
    alignas(16) unsigned char dom_arena_buffer_[2048];
};

template <class T>
const json_sink_ops& json_sink_for() noexcept;

namespace json_sinks {

inline bool mismatch(json_reader& r, std::string_view expected, std::string_view got)
{
    std::string msg = "expected ";
    msg += expected;
    msg += ", got ";
    msg += got;
    return r.fail(std::move(msg));
}

// The name read_json uses for what a type expects, in its mismatch messages.
template <class T>
constexpr std::string_view expected_name() noexcept
{
    if constexpr (std::is_same_v<T, bool>)
        return "a boolean";
    else if constexpr (std::is_floating_point_v<T>)
        return "a number";
    else if constexpr (std::is_arithmetic_v<T>)
        return "an integer";
    else if constexpr (std::is_same_v<T, std::string>)
        return "a string";
    else if constexpr (is_vector<T>::value)
        return "an array";
    else
        return "an object";
}

// Defaults: every event is a type mismatch.
template <class T>
bool no_object(json_reader& r, void*)
{
    return mismatch(r, expected_name<T>(), "an object");
}
template <class T>
bool no_array(json_reader& r, void*)
{
    return mismatch(r, expected_name<T>(), "an array");
}
template <class T>
bool no_string(json_reader& r, void*, std::string_view, bool, bool)
{
    return mismatch(r, expected_name<T>(), "a string");
}
template <class T>
bool no_int64(json_reader& r, void*, std::int64_t)
{
    return mismatch(r, expected_name<T>(), "a number");
}
template <class T>
bool no_uint64(json_reader& r, void*, std::uint64_t)
{
    return mismatch(r, expected_name<T>(), "a number");
}
template <class T>
bool no_double(json_reader& r, void*, double)
{
    return mismatch(r, expected_name<T>(), "a number");
}
template <class T>
bool no_bool(json_reader& r, void*, bool)
{
    return mismatch(r, expected_name<T>(), "a boolean");
}
template <class T>
bool no_null(json_reader& r, void*)
{
    return mismatch(r, expected_name<T>(), "null");
}
template <class T>
void reset(void* t)
{
    *static_cast<T*>(t) = T{};
}

// A member back to the value its struct's default member initializer gives it.
template <class T, class Member>
void reset_member(void* field)
{
    static const T defaults{};
    using field_type = std::remove_cvref_t<decltype(defaults.*Member::pointer)>;
    *static_cast<field_type*>(field) = defaults.*Member::pointer;
}

template <class T>
constexpr json_sink_ops mismatch_ops() noexcept
{
    return {no_object<T>, no_array<T>, no_string<T>, no_int64<T>, no_uint64<T>, no_double<T>, no_bool<T>, no_null<T>};
}

// Numbers: exactly read_number's rules.
template <class T>
bool number_from_value(json_reader& r, void* t, const boost::json::value& v)
{
    read_error err;
    if (read_number(v, *static_cast<T*>(t), err))
        return true;
    return r.fail(std::move(err.what));
}

template <class T>
constexpr json_sink_ops number_ops() noexcept
{
    auto ops = mismatch_ops<T>();
    ops.int64 = [](json_reader& r, void* t, std::int64_t v) {
        if constexpr (std::is_same_v<T, std::int64_t>)
        {
            (void)r;
            *static_cast<T*>(t) = v;
            return true;
        }
        else
            return number_from_value<T>(r, t, boost::json::value(v));
    };
    ops.uint64 = [](json_reader& r, void* t, std::uint64_t v) {
        return number_from_value<T>(r, t, boost::json::value(v));
    };
    ops.double_ = [](json_reader& r, void* t, double v) {
        if constexpr (std::is_floating_point_v<T>)
        {
            (void)r;
            *static_cast<T*>(t) = static_cast<T>(v);
            return true;
        }
        else
            return number_from_value<T>(r, t, boost::json::value(v));
    };
    return ops;
}

inline constexpr json_sink_ops bool_ops() noexcept
{
    auto ops = mismatch_ops<bool>();
    ops.bool_ = [](json_reader&, void* t, bool v) {
        *static_cast<bool*>(t) = v;
        return true;
    };
    return ops;
}

inline constexpr json_sink_ops string_ops() noexcept
{
    auto ops = mismatch_ops<std::string>();
    ops.string = [](json_reader&, void* t, std::string_view s, bool first, bool) {
        auto& out = *static_cast<std::string*>(t);
        if (first)
            out.assign(s.data(), s.size());
        else
            out.append(s.data(), s.size());
        return true;
    };
    return ops;
}

template <class T>
constexpr json_sink_ops optional_ops() noexcept
{
    // Every event but null fills a new value; null empties the optional.
    return {
        [](json_reader& r, void* t) {
            return json_sink_for<T>().object_begin(r, &static_cast<std::optional<T>*>(t)->emplace());
        },
        [](json_reader& r, void* t) {
            return json_sink_for<T>().array_begin(r, &static_cast<std::optional<T>*>(t)->emplace());
        },
        [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
            auto& out = *static_cast<std::optional<T>*>(t);
            if (first)
                out.emplace();
            return json_sink_for<T>().string(r, &*out, s, first, last);
        },
        [](json_reader& r, void* t, std::int64_t v) {
            return json_sink_for<T>().int64(r, &static_cast<std::optional<T>*>(t)->emplace(), v);
        },
        [](json_reader& r, void* t, std::uint64_t v) {
            return json_sink_for<T>().uint64(r, &static_cast<std::optional<T>*>(t)->emplace(), v);
        },
        [](json_reader& r, void* t, double v) {
            return json_sink_for<T>().double_(r, &static_cast<std::optional<T>*>(t)->emplace(), v);
        },
        [](json_reader& r, void* t, bool v) {
            return json_sink_for<T>().bool_(r, &static_cast<std::optional<T>*>(t)->emplace(), v);
        },
        [](json_reader&, void* t) {
            static_cast<std::optional<T>*>(t)->reset();
            return true;
        },
    };
}

template <class T>
constexpr json_sink_ops vector_ops() noexcept
{
    using element = typename T::value_type;
    auto ops = mismatch_ops<T>();
    ops.array_begin = [](json_reader& r, void* t) {
        auto& out = *static_cast<T*>(t);
        out.clear();
        json_frame& f = r.push();
        f.is_array = true;
        f.target = t;
        f.on_element = [](json_frame& fr) {
            auto& vec = *static_cast<T*>(fr.target);
            fr.index = vec.size();
            vec.emplace_back();
            fr.slot = json_sink{&vec.back(), &json_sink_for<element>(), nullptr};
        };
        return true;
    };
    return ops;
}

template <class T>
constexpr json_sink_ops map_ops() noexcept
{
    using mapped = typename T::mapped_type;
    auto ops = mismatch_ops<T>();
    ops.object_begin = [](json_reader& r, void* t) {
        static_cast<T*>(t)->clear();
        json_frame& f = r.push();
        f.target = t;
        f.on_key = [](json_reader&, json_frame& fr, std::string_view key) {
            auto& map = *static_cast<T*>(fr.target);
            fr.key.assign(key);
            // try_emplace keeps an earlier entry of the same key, as reading a document does
            // not: the document already kept only the last one.
            auto [it, inserted] = map.try_emplace(std::string(key));
            if (!inserted)
                it->second = mapped{};
            fr.slot = json_sink{&it->second, &json_sink_for<mapped>(), nullptr};
            return true;
        };
        return true;
    };
    return ops;
}

template <class T>
bool described_key(json_reader&, json_frame& f, std::string_view key)
{
    auto& out = *static_cast<T*>(f.target);
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    f.slot = {};
    f.member = nullptr;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<members>::value>>([&](auto index) {
        using member = boost::mp11::mp_at_c<members, index>;
        // A constant: the comparison is a length check, then an inline compare.
        static constexpr std::string_view name{member::name};
        if (f.slot.ops || key.size() != name.size() || std::memcmp(key.data(), name.data(), name.size()) != 0)
            return;
        auto& field = out.*member::pointer;
        using field_type = std::remove_cvref_t<decltype(field)>;
        // The struct starts out default; a repeated key's value replaces the earlier one.
        constexpr std::size_t bit = index;
        if (bit >= 64 || (f.seen >> bit) & 1u)
            reset_member<T, member>(&field);
        if (bit < 64)
            f.seen |= std::uint64_t{1} << bit;
        void (*on_null)(void*) = nullptr;
        if constexpr (!is_optional<field_type>::value)
            on_null = reset_member<T, member>;
        f.slot = json_sink{&field, &json_sink_for<field_type>(), on_null};
        f.member = member::name;
    });
    return true;  // unknown keys leave the slot empty: their value is skipped
}

template <class T>
constexpr json_sink_ops described_ops() noexcept
{
    auto ops = mismatch_ops<T>();
    ops.object_begin = [](json_reader& r, void* t) {
        // `t` is default: a new element, a new optional, or a member described_key reset.
        json_frame& f = r.push();
        f.target = t;
        f.on_key = described_key<T>;
        return true;
    };
    return ops;
}

// Types read from a document (their own json_read, variants, boost::json values): each event
// becomes a value, or starts capturing one, and read_json gets it whole.
template <class T>
bool from_document(json_reader& r, void* t, const boost::json::value& v)
{
    auto& out = *static_cast<T*>(t);
    out = T{};  // as from a new document: a repeated key's last value replaces the earlier one
    read_error err;
    if (read_json(v, out, err))
        return true;
    return r.fail_with(std::move(err));  // its path is relative to this value
}

template <class T>
constexpr json_sink_ops document_ops() noexcept
{
    return {
        [](json_reader& r, void* t) {
            r.capture(t, from_document<T>);
            return true;
        },
        [](json_reader& r, void* t) {
            r.capture(t, from_document<T>);
            return true;
        },
        [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
            const auto whole = r.gather(s, first, last);
            return !whole ||
                   from_document<T>(r, t, boost::json::value(boost::json::string_view(whole->data(), whole->size())));
        },
        [](json_reader& r, void* t, std::int64_t v) { return from_document<T>(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, std::uint64_t v) { return from_document<T>(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, double v) { return from_document<T>(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, bool v) { return from_document<T>(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t) { return from_document<T>(r, t, boost::json::value(nullptr)); },
    };
}

}  // namespace json_sinks

/// A type may read itself from events (as embeddings do, to decode base64 from the parser's
/// buffer) by specializing this with `static constexpr json_sink_ops ops()`.
template <class T>
struct json_custom_sink
{
    static constexpr bool enabled = false;
};

/// How T is read: the one choice json_sink_for() makes, and that json_reads_members names.
enum class json_sink_kind
{
    custom,    // json_custom_sink<T>
    document,  // its own json_read, a variant, a boost::json value: read from a captured document
    optional,
    boolean,
    number,
    string,
    vector,
    map,
    members,  // a described struct, member by member
};

template <class T>
constexpr json_sink_kind json_sink_kind_of() noexcept
{
    if constexpr (json_custom_sink<T>::enabled)
        return json_sink_kind::custom;
    else if constexpr (custom_json_read<T> || is_variant<T>::value || std::is_same_v<T, boost::json::value> ||
                       std::is_same_v<T, boost::json::object>)
        return json_sink_kind::document;
    else if constexpr (is_optional<T>::value)
        return json_sink_kind::optional;
    else if constexpr (std::is_same_v<T, bool>)
        return json_sink_kind::boolean;
    else if constexpr (std::is_arithmetic_v<T>)
        return json_sink_kind::number;
    else if constexpr (std::is_same_v<T, std::string>)
        return json_sink_kind::string;
    else if constexpr (is_vector<T>::value)
        return json_sink_kind::vector;
    else if constexpr (is_string_map<T>::value)
        return json_sink_kind::map;
    else if constexpr (described_struct<T>)
        return json_sink_kind::members;
    else
        static_assert(sizeof(T) == 0, "no JSON reader for this type");
}

/// Whether T is read member by member (described_ops): the only kind whose object_begin neither
/// clears nor replaces what an earlier part of the text read, so the only kind json_prefix_memo
/// may start from a kept value.
template <class T>
inline constexpr bool json_reads_members = json_sink_kind_of<T>() == json_sink_kind::members;

/// The sink table of T, built once.
template <class T>
const json_sink_ops& json_sink_for() noexcept
{
    static constexpr json_sink_ops ops = [] {
        constexpr json_sink_kind kind = json_sink_kind_of<T>();
        if constexpr (kind == json_sink_kind::custom)
            return json_custom_sink<T>::ops();
        else if constexpr (kind == json_sink_kind::document)
            return json_sinks::document_ops<T>();
        else if constexpr (kind == json_sink_kind::optional)
            return json_sinks::optional_ops<typename T::value_type>();
        else if constexpr (kind == json_sink_kind::boolean)
            return json_sinks::bool_ops();
        else if constexpr (kind == json_sink_kind::number)
            return json_sinks::number_ops<T>();
        else if constexpr (kind == json_sink_kind::string)
            return json_sinks::string_ops();
        else if constexpr (kind == json_sink_kind::vector)
            return json_sinks::vector_ops<T>();
        else if constexpr (kind == json_sink_kind::map)
            return json_sinks::map_ops<T>();
        else
            return json_sinks::described_ops<T>();
    }();
    return ops;
}

/// Parses `text` into `out`, which must be as default-constructed. False on malformed JSON (`parse_ec` says why) or on a value that
/// does not fit T (`err` says why and where; `parse_ec` is then clear). Nesting deeper than 256
/// is malformed.
template <class T>
bool read_json_text(std::string_view text, T& out, read_error& err, error_code& parse_ec, json_watch* watch = nullptr,
                    json_split* split = nullptr)
{
    err = {};
    boost::json::parse_options opts;
    opts.max_depth = 256;
    boost::json::basic_parser<json_reader> parser(opts, json_sink{&out, &json_sink_for<T>(), nullptr}, err, watch,
                                                  split, text);
    parse_ec = {};
    const std::size_t n = parser.write_some(false, text.data(), text.size(), parse_ec);
    if (parser.handler().schema_failed())
    {
        parse_ec = {};
        return false;
    }
    if (!parse_ec && n < text.size())
        parse_ec = boost::json::error::extra_data;
    return !parse_ec;
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
