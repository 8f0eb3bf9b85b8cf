// The one JSON reader of the SDK's types: the rules by which every type is read, applied to
// parser events. The events come from JSON text, through Boost.JSON's event parser (basic_parser:
// read_json_text), with no document in between: each event goes to the member, element or string
// it fills. Or they come from a document (read_json), whose values are walked as the events their
// text would give. Both routes run the same sinks, so they give the same values and the same
// errors at the same paths by construction.
//
// Building a boost::json::value first and converting it after costs a second pass, an allocation
// per container and a copy of every string; for base64 embeddings, a copy of the whole payload
// before decoding it. The text route does none of that: it is the one the client uses.
//
// The rules: unknown keys are skipped; absent members, and nulls for non-optional members, keep
// their defaults; a type mismatch fails naming its JSON path; a repeated key's last value wins
// (each value must fit). A std::variant takes the first alternative that reads the value without
// error, and a boost::json::value member takes the value: both read a document of their part,
// built on the fly (from text) or handed over as it is (from a document). A tagged union
// (json_model.hpp's json_union_tag) reads as the alternative its tag names: the members before the
// tag are kept as a document until the tag comes, the members after it go straight to the
// alternative, and a repeated tag must repeat its value. The other rules a type may declare (null
// array elements, base64 floats) are in json_model.hpp; a type has no other way to read itself.
#ifndef OPENAI_DETAIL_JSON_READER_HPP
#define OPENAI_DETAIL_JSON_READER_HPP

#include <openai/detail/base64.hpp>
#include <openai/detail/config.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/error.hpp>
#include <openai/unknown_json.hpp>

#include <boost/config.hpp>
#include <boost/container/small_vector.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

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
    /// The types read from a document (variants, boost::json values): reads the value whole. A
    /// document walked (read_json) hands it over as it is; text builds it on the fly. Null for
    /// the others, which a document's values reach as events.
    bool (*whole)(json_reader&, void*, const boost::json::value&) = nullptr;
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

    /// The frame on top.
    json_frame& top() { return frames_.back(); }

    /// Removes the frame on top, for a sink that continues the object in another frame.
    void pop() { frames_.pop_back(); }

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
    /// `finish` receives it when it is complete. With a `stop_key`, that key in the captured
    /// object itself (not deeper) ends the capture early: the members before it become
    /// take_pending()'s object, and the key's value goes to `stop_ops` (with `target`), read in
    /// a frame that stands for the object and names the key in error paths. `finish` then only
    /// receives an object that lacks the key.
    void capture(void* target, bool (*finish)(json_reader&, void*, const boost::json::value&),
                 const char* stop_key = nullptr, const json_sink_ops* stop_ops = nullptr)
    {
        if (!dom_)
            dom_.emplace(boost::json::storage_ptr(), dom_temp_, sizeof dom_temp_);
        if (!dom_arena_ || holds_ == 0)  // else it grows: members taken with take_pending() live in it
            dom_arena_.emplace(dom_arena_buffer_, sizeof dom_arena_buffer_);
        dom_->reset(&*dom_arena_);
        dom_depth_ = 1;
        dom_target_ = target;
        dom_finish_ = finish;
        dom_stop_key_ = stop_key;
        dom_stop_ops_ = stop_ops;
        dom_keys_ = 0;
    }

    /// The members a capture with a stop key read before it, as an object in the captures' arena:
    /// valid while held (hold_captures), as the next capture would otherwise reuse the arena.
    boost::json::value take_pending() noexcept
    {
        boost::json::value members(std::move(*pending_));  // keeps its storage, the arena
        pending_.reset();
        return members;
    }

    /// While held (nested holds count), captures add to the arena instead of starting it over.
    void hold_captures(bool hold) noexcept { holds_ += hold ? 1 : -1; }

    /// read_json's walk of a document: an object or an array `v` begins. Sets `descend` when its
    /// members or elements are to follow as events; otherwise it was read whole (`whole`) or
    /// nobody reads it (an unknown member: a document need not be walked to be skipped).
    bool on_container(const boost::json::value& v, bool& descend, error_code& ec)
    {
        descend = true;
        if (skip_depth_ || dom_depth_)
            return nest();
        json_sink s = take_slot();
        if (!s.ops || s.ops->whole)
        {
            descend = false;
            return !s.ops || check(s.ops->whole(*this, s.target, v), ec);
        }
        return check(v.is_object() ? s.ops->object_begin(*this, s.target) : s.ops->array_begin(*this, s.target), ec);
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
        if (dom_depth_ && !(dom_depth_ == 1 && dom_stop_key_))
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
            if (dom_depth_ == 1 && dom_stop_key_)
                return captured_key(s);
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

    // Out of line, as captured_key.
    BOOST_NOINLINE bool end_dom(error_code& ec)
    {
        if (--dom_depth_ != 0)
            return true;
        dom_stop_key_ = nullptr;
        const boost::json::value v = dom_->release();
        const bool ok = dom_finish_(*this, dom_target_, v);
        return check(ok, ec);
    }

    // A key of an object captured with a stop key: kept, or the stop key, which ends the capture.
    // Out of line: inlined, it costs the hot paths of its caller (on_key) and their callers.
    BOOST_NOINLINE bool captured_key(boost::json::string_view s)
    {
        std::string_view key(s.data(), s.size());
        if (!key_.empty())
            key = key_.append(key);
        if (key != dom_stop_key_)
        {
            dom_->push_key(key);
            ++dom_keys_;
            key_.clear();
            return true;
        }
        key_.clear();
        dom_->push_object(dom_keys_);
        pending_.emplace(dom_->release());
        dom_depth_ = 0;
        json_frame& f = push();
        f.target = dom_target_;
        f.member = dom_stop_key_;
        f.slot = json_sink{dom_target_, dom_stop_ops_, nullptr};
        dom_stop_key_ = nullptr;
        return true;
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
    const char* dom_stop_key_ = nullptr;           // a key of the captured object that ends the capture
    const json_sink_ops* dom_stop_ops_ = nullptr;  // what reads that key's value
    std::size_t dom_keys_ = 0;                     // the captured object's keys so far, when it has a stop key
    std::optional<boost::json::value> pending_;    // the members before the stop key
    int holds_ = 0;                                // see hold_captures()
    std::optional<boost::json::value_stack> dom_;
    std::optional<boost::json::monotonic_resource> dom_arena_;
    unsigned char dom_temp_[1024];
    alignas(16) unsigned char dom_arena_buffer_[2048];
};

template <class T>
bool read_json(const boost::json::value& v, T& out, read_error& err);

/// How T is read: the one choice json_sink_for() makes, and that json_reads_members names.
enum class json_sink_kind
{
    value,    // boost::json::value or object: the value itself, as a document
    variant,  // the first alternative that reads the value, from a document of it
    tagged,   // a tagged union (json_union_tag): the alternative its tag names
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
    if constexpr (is_variant<T>::value)
        return json_union_tag<T> != nullptr || json_union<T>.key != nullptr ? json_sink_kind::tagged
                                                                            : json_sink_kind::variant;
    else if constexpr (std::is_same_v<T, boost::json::value> || std::is_same_v<T, boost::json::object>)
        return json_sink_kind::value;
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

/// Walks a document's value as the events of its text (read_json).
inline bool walk_json(json_reader& r, const boost::json::value& v, error_code& ec)
{
    switch (v.kind())
    {
    case boost::json::kind::object:
    {
        bool descend = false;
        if (!r.on_container(v, descend, ec))
            return false;
        if (!descend)
            return true;
        const auto& obj = v.get_object();
        for (const auto& kv : obj)
            if (!r.on_key(kv.key(), kv.key().size(), ec) || !walk_json(r, kv.value(), ec))
                return false;
        return r.on_object_end(obj.size(), ec);
    }
    case boost::json::kind::array:
    {
        bool descend = false;
        if (!r.on_container(v, descend, ec))
            return false;
        if (!descend)
            return true;
        const auto& arr = v.get_array();
        for (const auto& item : arr)
            if (!walk_json(r, item, ec))
                return false;
        return r.on_array_end(arr.size(), ec);
    }
    case boost::json::kind::string: return r.on_string(v.get_string(), v.get_string().size(), ec);
    case boost::json::kind::int64: return r.on_int64(v.get_int64(), {}, ec);
    case boost::json::kind::uint64: return r.on_uint64(v.get_uint64(), {}, ec);
    case boost::json::kind::double_: return r.on_double(v.get_double(), {}, ec);
    case boost::json::kind::bool_: return r.on_bool(v.get_bool(), ec);
    case boost::json::kind::null: return r.on_null(ec);
    }
    return true;
}

namespace json_sinks {

inline bool mismatch(json_reader& r, std::string_view expected, std::string_view got)
{
    std::string msg = "expected ";
    msg += expected;
    msg += ", got ";
    msg += got;
    return r.fail(std::move(msg));
}

// The name the rules use for what a type expects, in mismatch messages.
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
    else if constexpr (json_sink_kind_of<T>() == json_sink_kind::tagged)
        return boost::mp11::mp_contains<T, std::string>::value ? "a string or an object" : "an object";
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

// A default T, made once per type (a struct's members reset from the same one).
template <class T>
const T& default_value()
{
    static const T value{};
    return value;
}

// A member back to the value its struct's default member initializer gives it.
template <class T, class Member>
void reset_member(void* field)
{
    const T& defaults = default_value<T>();
    using field_type = std::remove_cvref_t<decltype(defaults.*Member::pointer)>;
    *static_cast<field_type*>(field) = defaults.*Member::pointer;
}

template <class T>
constexpr json_sink_ops mismatch_ops() noexcept
{
    return {no_object<T>, no_array<T>, no_string<T>, no_int64<T>, no_uint64<T>, no_double<T>, no_bool<T>, no_null<T>};
}

// Numbers: integers must fit the type; a floating-point number is read into an integer when it
// is one (some servers print 3 as 3.0).
template <class T>
bool read_number(const boost::json::value& v, T& out, read_error& err)
{
    if constexpr (std::is_floating_point_v<T>)
    {
        if (v.is_double())
            out = static_cast<T>(v.get_double());
        else if (v.is_int64())
            out = static_cast<T>(v.get_int64());
        else
            out = static_cast<T>(v.get_uint64());
        return true;
    }
    else
    {
        if (v.is_int64() || v.is_uint64())
        {
            boost::system::error_code ec;
            T n = v.to_number<T>(ec);
            if (ec)
                return err.fail("integer out of range");
            out = n;
            return true;
        }
        const double d = v.get_double();
        if (std::trunc(d) != d || d < static_cast<double>(std::numeric_limits<T>::min()) ||
            d > static_cast<double>(std::numeric_limits<T>::max()))
            return err.fail("expected an integer, got " + std::to_string(d));
        out = static_cast<T>(d);
        return true;
    }
}

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
    json_sink_ops ops{
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
    constexpr json_sink_kind kind = json_sink_kind_of<T>();
    if constexpr (kind == json_sink_kind::value || kind == json_sink_kind::variant || kind == json_sink_kind::tagged)
        ops.whole = [](json_reader& r, void* t, const boost::json::value& v) {
            auto& out = *static_cast<std::optional<T>*>(t);
            if (v.is_null())
            {
                out.reset();
                return true;
            }
            return json_sink_for<T>().whole(r, &out.emplace(), v);
        };
    return ops;
}

// The null_elements rule: a null element keeps the default it was created with, but for a
// floating-point number, which becomes NaN.
template <class E>
void null_element(void* e)
{
    if constexpr (std::is_floating_point_v<E>)
        *static_cast<E*>(e) = std::numeric_limits<E>::quiet_NaN();
    else
        (void)e;
}

template <class T, bool NullElements = false>
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
            fr.slot = json_sink{&vec.back(), &json_sink_for<element>(), NullElements ? null_element<element> : nullptr};
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
            // try_emplace keeps an earlier entry of the same key: the last value must win.
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

// The base64_floats rule: the messages of base64_decode_floats' failures.
inline std::string base64_floats_error(base64_floats_status status, std::size_t text_size)
{
    switch (status)
    {
    case base64_floats_status::ok: break;
    case base64_floats_status::bad_length:
        return "invalid base64: length " + std::to_string(text_size) + " is not a multiple of 4";
    case base64_floats_status::partial_float:
        return "invalid base64 embedding: the decoded size is not a multiple of 4 bytes (float32)";
    case base64_floats_status::bad_character:
        return "invalid base64: a character outside the alphabet or a misplaced '='";
    }
    return {};
}

// The base64_floats rule: a std::vector<float> read from an array of numbers or from a base64
// string, decoded from the parser's buffer (the payload is never copied first).
inline constexpr std::string_view base64_floats_expected = "an array of numbers or a base64 string";

inline constexpr json_sink_ops base64_floats_ops() noexcept
{
    json_sink_ops ops = vector_ops<std::vector<float>>();
    ops.object_begin = [](json_reader& r, void*) { return mismatch(r, base64_floats_expected, "an object"); };
    ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
        const auto whole = r.gather(s, first, last);
        if (!whole)
            return true;
        const auto status = base64_decode_floats(*whole, *static_cast<std::vector<float>*>(t));
        return status == base64_floats_status::ok || r.fail(base64_floats_error(status, whole->size()));
    };
    ops.int64 = [](json_reader& r, void*, std::int64_t) { return mismatch(r, base64_floats_expected, "a number"); };
    ops.uint64 = [](json_reader& r, void*, std::uint64_t) { return mismatch(r, base64_floats_expected, "a number"); };
    ops.double_ = [](json_reader& r, void*, double) { return mismatch(r, base64_floats_expected, "a number"); };
    ops.bool_ = [](json_reader& r, void*, bool) { return mismatch(r, base64_floats_expected, "a boolean"); };
    ops.null = [](json_reader& r, void*) { return mismatch(r, base64_floats_expected, "null"); };
    return ops;
}

// The table `Ops` builds, built once.
template <auto Ops>
const json_sink_ops& ops_table() noexcept
{
    static constexpr json_sink_ops ops = Ops();
    return ops;
}

// Whether a rule that names a member (or nullptr) names `member`.
constexpr bool rule_names(const char* rule, std::string_view member) noexcept
{
    return rule != nullptr && member == rule;
}

// The sink of member `Member` of T: its type's, unless one of T's rules says otherwise.
template <class T, class Member, class F>
const json_sink_ops& member_sink() noexcept
{
    constexpr bool base64 = rule_names(json_base64_floats<T>, Member::name);
    if constexpr (base64)
    {
        static_assert(std::is_same_v<F, std::vector<float>>, "json_base64_floats names a std::vector<float>");
        return ops_table<base64_floats_ops>();
    }
    else if constexpr (json_null_elements<T> && is_vector<F>::value)
        return ops_table<vector_ops<F, true>>();
    else
        return json_sink_for<F>();
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
        static constexpr std::string_view name{json_key_of<T>(member::name)};
        if (f.slot.ops || key.size() != name.size() || std::memcmp(key.data(), name.data(), name.size()) != 0)
            return;
        if constexpr (rule_lists(json_query<T>, member::name))
            return;  // sent in the URL, never in a body: the key is unknown here
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
        f.slot = json_sink{&field, &member_sink<T, member, field_type>(), on_null};
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

// Types read from a document: each event becomes a value, or starts capturing one, and `From`
// gets it whole, as it gets a document's value straight away.
template <bool (*From)(json_reader&, void*, const boost::json::value&)>
constexpr json_sink_ops document_ops() noexcept
{
    return {
        [](json_reader& r, void* t) {
            r.capture(t, From);
            return true;
        },
        [](json_reader& r, void* t) {
            r.capture(t, From);
            return true;
        },
        [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
            const auto whole = r.gather(s, first, last);
            return !whole || From(r, t, boost::json::value(boost::json::string_view(whole->data(), whole->size())));
        },
        [](json_reader& r, void* t, std::int64_t v) { return From(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, std::uint64_t v) { return From(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, double v) { return From(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t, bool v) { return From(r, t, boost::json::value(v)); },
        [](json_reader& r, void* t) { return From(r, t, boost::json::value(nullptr)); },
        From,
    };
}

// boost::json::value and object members: the value itself.
template <class T>
bool value_from_value(json_reader& r, void* t, const boost::json::value& v)
{
    if constexpr (std::is_same_v<T, boost::json::object>)
    {
        if (!v.is_object())
            return mismatch(r, "an object", json_kind_name(v.kind()));
        *static_cast<T*>(t) = v.get_object();
    }
    else
        *static_cast<T*>(t) = v;
    return true;
}

// A std::variant: the first alternative that reads the value without error. Only for
// alternatives that differ in shape (string | array, number | string); tagged unions have
// their own rule.
template <class V>
bool variant_from_value(json_reader& r, void* t, const boost::json::value& v)
{
    bool done = false;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<V>>>([&](auto index) {
        if (done)
            return;
        read_error attempt;
        std::variant_alternative_t<index, V> alternative{};
        if (read_json(v, alternative, attempt))
        {
            *static_cast<V*>(t) = std::move(alternative);
            done = true;
        }
    });
    return done || r.fail("no accepted form matches " + std::string(json_kind_name(v.kind())));
}

// Tagged unions, told apart by a table (json_union<V>, the generated unions) or by each
// alternative's default tag (json_union_tag<V>, the hand-written ones).
template <class V>
inline constexpr bool union_has_table = json_union<V>.key != nullptr;

// The key that holds the tag.
template <class V>
constexpr const char* union_key() noexcept
{
    if constexpr (union_has_table<V>)
        return json_union<V>.key;
    else
        return json_union_tag<V>;
}

// The index of V's openai::unknown_json alternative, or no_alternative.
template <class V>
inline constexpr std::size_t union_unknown_index =
    boost::mp11::mp_find<V, unknown_json>::value < std::variant_size_v<V> ? boost::mp11::mp_find<V, unknown_json>::value
                                                                          : no_alternative;

// The tag of alternative I without a table: the default value of its std::string member named
// json_union_tag<V>, empty when it has none. Alternatives that are not described structs have no tag.
template <class V, std::size_t I>
const std::string& union_alternative_tag()
{
    static const std::string tag = [] {
        using alternative = std::variant_alternative_t<I, V>;
        std::string out;
        const alternative value{};
        boost::mp11::mp_for_each<boost::describe::describe_members<alternative, boost::describe::mod_public>>(
            [&](auto member) {
                using field_type = std::remove_cvref_t<decltype(value.*member.pointer)>;
                if constexpr (std::is_same_v<field_type, std::string>)
                    if (std::string_view(member.name) == json_union_tag<V>)
                        out = value.*member.pointer;
            });
        return out;
    }();
    return tag;
}

// The alternative that `tag` names, no_alternative for none. With a table that has a second key,
// a case that names the second key's value in `members` wins over a case that names none.
template <class V>
std::size_t union_index(std::string_view tag, const boost::json::object& members)
{
    if constexpr (union_has_table<V>)
    {
        constexpr const json_union_table& table = json_union<V>;
        std::string_view second;
        if constexpr (table.second_key != nullptr)
            if (const auto* value = members.if_contains(table.second_key); value && value->is_string())
                second = value->get_string();
        std::size_t fallback = no_alternative;
        for (const json_union_case& c : table.cases)
        {
            if (c.tag != tag)
                continue;
            if (!c.second.empty() && c.second == second)
                return c.index;
            if (c.second.empty() && fallback == no_alternative)
                fallback = c.index;
        }
        return fallback;
    }
    else
    {
        std::size_t found = no_alternative;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<V>>>([&](auto index) {
            if constexpr (described_struct<std::variant_alternative_t<index, V>>)
                if (found == no_alternative && union_alternative_tag<V, index>() == tag)
                    found = index;
        });
        return found;
    }
}

// Whether `tag` may name alternative I (a repeated tag must keep naming the one chosen).
template <class V, std::size_t I>
bool union_tag_names(std::string_view tag)
{
    if constexpr (union_has_table<V>)
    {
        for (const json_union_case& c : json_union<V>.cases)
            if (c.index == I && c.tag == tag)
                return true;
        return false;
    }
    else
        return tag == union_alternative_tag<V, I>();
}

// The first tag that names alternative I, for messages.
template <class V, std::size_t I>
std::string union_first_tag()
{
    if constexpr (union_has_table<V>)
    {
        for (const json_union_case& c : json_union<V>.cases)
            if (c.index == I)
                return std::string(c.tag);
        return {};
    }
    else
        return union_alternative_tag<V, I>();
}

// The chosen alternative's tag member holds the value read: one alternative may take several.
template <class A>
void set_union_tag(A& out, std::string_view key, std::string_view tag)
{
    boost::mp11::mp_for_each<boost::describe::describe_members<A, boost::describe::mod_public>>([&](auto member) {
        using field_type = std::remove_cvref_t<decltype(out.*member.pointer)>;
        if constexpr (std::is_same_v<field_type, std::string>)
            if (json_key_of<A>(decltype(member)::name) == key && out.*member.pointer != tag)
                out.*member.pointer = tag;
    });
}

template <class V>
constexpr json_sink_ops union_tag_ops() noexcept;
template <class V, std::size_t I>
constexpr json_sink_ops union_retag_ops() noexcept;

// Inside the chosen alternative: its members, and the tag again, which must keep naming it.
template <class V, std::size_t I>
bool union_member_key(json_reader& r, json_frame& f, std::string_view key)
{
    static constexpr std::string_view tag{union_key<V>()};
    if (key != tag)
        return described_key<std::variant_alternative_t<I, V>>(r, f, key);
    f.slot = json_sink{f.target, &ops_table<union_retag_ops<V, I>>(), nullptr};
    f.member = union_key<V>();
    return true;
}

template <class V>
constexpr json_sink_ops unknown_retag_ops() noexcept;

// Inside an object of an unknown tag: every member is kept as it is, and the tag again, which
// must keep naming no alternative (a document keeps the last tag and would choose by it).
template <class V>
bool unknown_member_key(json_reader&, json_frame& f, std::string_view key)
{
    auto& out = *static_cast<unknown_json*>(f.target);
    if (key == std::string_view(union_key<V>()))
    {
        f.slot = json_sink{&out, &ops_table<unknown_retag_ops<V>>(), nullptr};
        f.member = union_key<V>();
        return true;
    }
    f.slot = json_sink{&out.json[key], &json_sink_for<boost::json::value>(), nullptr};
    f.member = nullptr;
    return true;
}

template <class V>
constexpr json_sink_ops unknown_retag_ops() noexcept
{
    auto ops = mismatch_ops<std::string>();
    ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
        const auto whole = r.gather(s, first, last);
        if (!whole)
            return true;
        auto& out = *static_cast<unknown_json*>(t);
        if (union_index<V>(*whole, out.json) != no_alternative)
            return r.fail("repeated with another value than \"" + out.type + "\"");
        out.type = *whole;
        out.json[union_key<V>()] = *whole;
        return true;
    };
    return ops;
}

// The tag's value is `tag`, read in a frame on top that stands for the object and names the tag:
// the alternative it names takes the object over, in a frame of its own, and reads `members`
// (from text: those that came before the tag, the rest follows as it comes; from a document: all
// of them). A tag no alternative takes goes to the unknown_json alternative, whole.
template <class V>
bool union_choose(json_reader& r, void* t, std::string_view tag, const boost::json::object& members)
{
    const std::size_t chosen = union_index<V>(tag, members);
    if (chosen == no_alternative)
    {
        constexpr std::size_t unknown = union_unknown_index<V>;
        if constexpr (unknown == no_alternative)
            return r.fail("unknown value \"" + std::string(tag) + "\"");
        else
        {
            r.pop();  // the tag's frame
            auto& out = static_cast<V*>(t)->template emplace<unknown>();
            out.type = tag;
            out.json = members;
            out.json[union_key<V>()] = tag;
            json_frame& f = r.push();
            f.target = &out;
            f.on_key = unknown_member_key<V>;
            return true;
        }
    }
    return boost::mp11::mp_with_index<std::variant_size_v<V>>(chosen, [&](auto index) {
        using alternative = std::variant_alternative_t<index, V>;
        if constexpr (described_struct<alternative>)
        {
            r.pop();  // the tag's frame
            auto& out = static_cast<V*>(t)->template emplace<index>();
            json_sink_for<alternative>().object_begin(r, &out);
            r.top().on_key = union_member_key<V, index>;
            set_union_tag(out, union_key<V>(), tag);
            error_code ec;
            for (const auto& kv : members)
                if (!r.on_key(kv.key(), kv.key().size(), ec) || !walk_json(r, kv.value(), ec))
                    return false;
            return true;
        }
        else
            return r.fail("the value \"" + std::string(tag) + "\" names no object alternative");
    });
}

// From text: the capture stopped at the tag, whose value comes now.
template <class V>
constexpr json_sink_ops union_tag_ops() noexcept
{
    auto ops = mismatch_ops<std::string>();
    ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
        const auto whole = r.gather(s, first, last);
        if (!whole)
            return true;
        // The members before the tag are in the captures' arena: held while they are read.
        r.hold_captures(true);
        const boost::json::value before = r.take_pending();
        const bool ok = union_choose<V>(r, t, *whole, before.get_object());
        r.hold_captures(false);
        return ok;
    };
    return ops;
}

template <class V, std::size_t I>
constexpr json_sink_ops union_retag_ops() noexcept
{
    auto ops = mismatch_ops<std::string>();
    ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
        const auto whole = r.gather(s, first, last);
        if (!whole)
            return true;
        if (!union_tag_names<V, I>(*whole))
            return r.fail("repeated with another value than \"" + union_first_tag<V, I>() + "\"");
        // Another tag of the same alternative: the last one read stays, as for any key.
        set_union_tag(*static_cast<std::variant_alternative_t<I, V>*>(t), union_key<V>(), *whole);
        return true;
    };
    return ops;
}

// The object has no tag (from text: it ended before one came): the table's default alternative
// reads it, if it has one.
template <class V>
bool union_without_tag(json_reader& r, void* t, const boost::json::value& v)
{
    if constexpr (union_has_table<V> && json_union<V>.missing_tag != no_alternative)
    {
        using alternative = std::variant_alternative_t<json_union<V>.missing_tag, V>;
        static_assert(described_struct<alternative>, "json_union_table::missing_tag names a described struct");
        auto& out = static_cast<V*>(t)->template emplace<json_union<V>.missing_tag>();
        read_error err;
        return read_json(v, out, err) || r.fail_with(std::move(err));
    }
    else
    {
        read_error err;
        err.path = union_key<V>();
        err.what = "missing";
        return r.fail_with(std::move(err));
    }
}

// From a document, which has the tag at hand: as from text, where the capture would stop at it.
template <class V>
bool union_from_value(json_reader& r, void* t, const boost::json::value& v)
{
    if constexpr (boost::mp11::mp_contains<V, std::string>::value)
        if (v.is_string())
        {
            static_cast<V*>(t)->template emplace<std::string>(v.get_string());
            return true;
        }
    if (!v.is_object())
        return mismatch(r, expected_name<V>(), json_kind_name(v.kind()));
    const auto& members = v.get_object();
    const boost::json::value* tag = members.if_contains(union_key<V>());
    if (!tag)
        return union_without_tag<V>(r, t, v);
    json_frame& f = r.push();
    f.target = t;
    f.member = union_key<V>();
    if (!tag->is_string())
        return mismatch(r, "a string", json_kind_name(tag->kind()));
    error_code ec;
    return union_choose<V>(r, t, tag->get_string(), members) && r.on_object_end(members.size(), ec);
}

template <class V>
constexpr json_sink_ops union_ops() noexcept
{
    auto ops = mismatch_ops<V>();
    if constexpr (union_has_table<V> && json_union<V>.second_key != nullptr)
        // The second key may come after the tag: the object is read whole first.
        ops.object_begin = [](json_reader& r, void* t) {
            r.capture(t, union_from_value<V>);
            return true;
        };
    else
        ops.object_begin = [](json_reader& r, void* t) {
            r.capture(t, union_without_tag<V>, union_key<V>(), &ops_table<union_tag_ops<V>>());
            return true;
        };
    if constexpr (boost::mp11::mp_contains<V, std::string>::value)
        ops.string = [](json_reader& r, void* t, std::string_view s, bool first, bool last) {
            const auto whole = r.gather(s, first, last);
            if (whole)
                static_cast<V*>(t)->template emplace<std::string>(*whole);
            return true;
        };
    ops.whole = union_from_value<V>;
    return ops;
}

}  // namespace json_sinks

/// The sink table of T, built once.
template <class T>
const json_sink_ops& json_sink_for() noexcept
{
    static constexpr json_sink_ops ops = [] {
        constexpr json_sink_kind kind = json_sink_kind_of<T>();
        if constexpr (kind == json_sink_kind::value)
            return json_sinks::document_ops<json_sinks::value_from_value<T>>();
        else if constexpr (kind == json_sink_kind::variant)
            return json_sinks::document_ops<json_sinks::variant_from_value<T>>();
        else if constexpr (kind == json_sink_kind::tagged)
            return json_sinks::union_ops<T>();
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

/// Reads a document's value into `out`, which must be as default-constructed, by the same rules
/// and the same code as read_json_text reads its text: false when it does not fit (`err` says
/// why and where).
template <class T>
bool read_json(const boost::json::value& v, T& out, read_error& err)
{
    err = {};
    json_reader reader(json_sink{&out, &json_sink_for<T>(), nullptr}, err, nullptr);
    error_code ec;
    return walk_json(reader, v, ec);
}

/// read_json, by its other name.
template <class T>
bool from_json(const boost::json::value& v, T& out, read_error& err)
{
    return read_json(v, out, err);
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
