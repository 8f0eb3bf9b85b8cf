// Reads a run of JSON objects that begin with the same bytes, as the events of a stream do:
// every chunk of a chat completion stream repeats its id, object, created, model and
// system_fingerprint before its choices, more than half of its text. The first object is read
// whole, and what its leading scalar members gave is kept with their bytes; an object that
// begins with those bytes starts from that value, and only the rest of it is parsed.
//
// The result is read_json_text's, errors included: a JSON parser's state after a run of bytes
// depends on nothing but those bytes, and the rest is read by the same reader, in the same
// top-level object, as `{` followed by the bytes from the next key's opening quote on.
#ifndef OPENAI_DETAIL_JSON_PREFIX_MEMO_HPP
#define OPENAI_DETAIL_JSON_PREFIX_MEMO_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_reader.hpp>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>

OPENAI_BEGIN_NAMESPACE
namespace detail {

template <class T>
class json_prefix_memo
{
public:
    /// As read_json_text(text, out.emplace(), err, parse_ec, watch). The value starts as a copy
    /// of the kept one when the text begins with its bytes.
    bool read(std::string_view text, std::optional<T>& out, read_error& err, error_code& parse_ec,
              json_watch* watch = nullptr)
    {
        if constexpr (!json_reads_members<T>)
        {
            out.emplace();
            return read_json_text(text, *out, err, parse_ec, watch);
        }
        if (valid_ && text.size() > prefix_.size() && std::memcmp(text.data(), prefix_.data(), prefix_.size()) == 0)
        {
            ++reused_;
            misses_ = 0;
            out.emplace(value_);
            rest_.assign(1, '{');
            rest_.append(text.data() + prefix_.size() - 1, text.size() - prefix_.size() + 1);  // from the quote on
            return read_json_text(rest_, *out, err, parse_ec, watch);
        }
        out.emplace();
        if (misses_ >= max_misses)  // the objects do not repeat their beginnings: stop paying for that
            return read_json_text(text, *out, err, parse_ec, watch);
        valid_ = false;  // the split below overwrites value_
        json_split split{[](void* self, const void* value) {
                             static_cast<json_prefix_memo*>(self)->value_ = *static_cast<const T*>(value);
                         },
                         this};
        const bool ok = read_json_text(text, *out, err, parse_ec, watch, &split);
        if (ok && !(watch && watch->found) && split.offset != json_split::npos && split.offset + 1 >= min_prefix)
        {
            prefix_.assign(text.data(), split.offset + 1);  // up to the key's opening quote
            valid_ = true;
        }
        ++misses_;
        return ok;
    }

    /// How many reads started from the kept value (for tests and benchmarks).
    std::size_t reused() const noexcept { return reused_; }

private:
    static constexpr std::size_t min_prefix = 16;  // shorter beginnings are not worth the copy
    static constexpr int max_misses = 8;

    std::string prefix_;  // the bytes up to and including the split key's opening quote
    T value_{};           // what those bytes read into a default T
    std::string rest_;    // `{` and the bytes from the split key on, storage reused
    bool valid_ = false;
    int misses_ = 0;  // reads in a row that could not start from the kept value
    std::size_t reused_ = 0;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
