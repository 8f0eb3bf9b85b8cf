// Checks that reading JSON text (json_reader.hpp's read_json_text) gives what reading the parsed
// document gives (read_json, the same reader walking the document): used by the unit tests and
// by the fuzz_decode target.
#ifndef OPENAI_TESTS_SUPPORT_JSON_READER_CHECK_HPP
#define OPENAI_TESTS_SUPPORT_JSON_READER_CHECK_HPP

#include <openai/detail/json_reader.hpp>
#include <openai/openai.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace openai_test {

// A value as JSON text, to compare two values of a type without operator==.
template <class T>
std::string dump(const T& value)
{
    if constexpr (openai::detail::is_page<T>::value)  // openai::page<T>: described, but not aggregate
    {
        std::string out = value.object + '|' + (value.has_more ? "1" : "0") + '|' + value.first_id.value_or("-") + '|' +
                          value.last_id.value_or("-");
        for (const auto& item : value.data)
            out += '|' + dump(item);
        return out;
    }
    else
        return boost::json::serialize(openai::detail::to_json(value));
}

// Whether some object of the text repeats a key. The document keeps a repeated key's last
// value; the text route reads each value, so each must fit the type (and a tagged union's tag
// must repeat its value).
class duplicate_key_finder
{
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using ec_t = boost::system::error_code;
    using sv = boost::json::string_view;

    bool found = false;

    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&)
    {
        keys_.emplace_back();
        return true;
    }
    bool on_object_end(std::size_t, ec_t&)
    {
        keys_.pop_back();
        return true;
    }
    bool on_array_begin(ec_t&) { return true; }
    bool on_array_end(std::size_t, ec_t&) { return true; }
    bool on_key_part(sv s, std::size_t, ec_t&)
    {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_key(sv s, std::size_t, ec_t&)
    {
        part_.append(s.data(), s.size());
        found = found || !keys_.back().insert(part_).second;
        part_.clear();
        return true;
    }
    bool on_string_part(sv, std::size_t, ec_t&) { return true; }
    bool on_string(sv, std::size_t, ec_t&) { return true; }
    bool on_number_part(sv, ec_t&) { return true; }
    bool on_int64(std::int64_t, sv, ec_t&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec_t&) { return true; }
    bool on_double(double, sv, ec_t&) { return true; }
    bool on_bool(bool, ec_t&) { return true; }
    bool on_null(ec_t&) { return true; }
    bool on_comment_part(sv, ec_t&) { return true; }
    bool on_comment(sv, ec_t&) { return true; }

private:
    std::vector<std::set<std::string>> keys_;
    std::string part_;
};

inline bool has_duplicate_keys(std::string_view text)
{
    boost::json::parse_options opts;
    opts.max_depth = 256;
    boost::json::basic_parser<duplicate_key_finder> p(opts);
    boost::system::error_code ec;
    p.write_some(false, text.data(), text.size(), ec);
    return p.handler().found;
}

// What differs between the two readers on `text`, or nullopt. With `same_error`, a failure must
// also say the same thing at the same path (for texts with a single fault: with several, each
// reader reports the first it meets, in member order or in text order).
template <class T>
std::optional<std::string> compare_readers(std::string_view text, bool same_error = true)
{
    boost::json::parse_options opts;
    opts.max_depth = 256;
    boost::system::error_code dom_ec;
    const boost::json::value doc = boost::json::parse(text, dom_ec, {}, opts);
    T from_doc{};
    openai::detail::read_error doc_err;
    const bool doc_ok = !dom_ec && openai::detail::from_json(doc, from_doc, doc_err);

    T from_events{};
    openai::detail::read_error event_err;
    openai::error_code event_ec;
    const bool events_ok = openai::detail::read_json_text(text, from_events, event_err, event_ec);

    // Malformed text fails both (the events may stop earlier, at a value that does not fit).
    if (dom_ec)
        return events_ok ? std::optional<std::string>("the document did not parse, the events read it") : std::nullopt;
    if (event_ec)
        return "the document parsed, the events say malformed: " + event_ec.message();
    if (doc_ok != events_ok)
    {
        if (doc_ok && has_duplicate_keys(text))
            return std::nullopt;  // a repeated key's earlier value did not fit: only the events see it
        return std::string("document ") + (doc_ok ? "fits" : "fails (" + doc_err.to_string() + ")") + ", events " +
               (events_ok ? "fit" : "fail (" + event_err.to_string() + ")");
    }
    if (!doc_ok)
    {
        if (event_err.what.empty())
            return "a failure without a reason";
        if (same_error && doc_err.to_string() != event_err.to_string())
            return "document says '" + doc_err.to_string() + "', events say '" + event_err.to_string() + "'";
        return std::nullopt;
    }
    const std::string a = dump(from_doc), b = dump(from_events);
    if (a != b)
        return "values differ:\n  document: " + a + "\n  events:   " + b;
    return std::nullopt;
}

}  // namespace openai_test

#endif
