// A sans-I/O parser of text/event-stream (server-sent events), as the WHATWG HTML standard
// specifies it ("Parsing an event stream"): bytes go in as they arrive, split anywhere; complete
// events come out.
#ifndef OPENAI_DETAIL_SSE_PARSER_HPP
#define OPENAI_DETAIL_SSE_PARSER_HPP

#include <openai/detail/config.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

OPENAI_BEGIN_NAMESPACE
namespace detail {

/// One dispatched event of a text/event-stream.
struct sse_event
{
    std::string event{};  // the "event:" field; empty means the default type "message"
    std::string data{};   // the "data:" lines joined with '\n' (no trailing '\n')
    std::string id{};     // the last event ID (persists across events as the standard says)
    std::optional<std::chrono::milliseconds> retry{};  // this event's valid "retry:" field, if any
};

enum class sse_status
{
    event,      // an event was dispatched into the caller's sse_event
    need_more,  // everything complete was consumed: feed more bytes
    too_large,  // a line or an event's data exceeds the limit; the parser stays in this state
};

class sse_parser
{
public:
    explicit sse_parser(std::size_t max_event_bytes = std::size_t{16} * 1024 * 1024) noexcept
        : max_event_bytes_(max_event_bytes)
    {}

    /// Appends bytes received from the network (any split, even inside a UTF-8 sequence or a CRLF).
    void feed(std::string_view bytes)
    {
        if (too_large_)
            return;  // nothing more will be parsed: keeping the bytes would only grow memory
        // Drop consumed bytes so the buffer holds one feed plus a partial line. Erasing only when
        // they are at least half of it keeps the cost of moving the rest amortized constant.
        if (pos_ == buffer_.size())
        {
            buffer_.clear();
            pos_ = scan_ = 0;
        }
        else if (pos_ > 0 && pos_ >= buffer_.size() / 2)
        {
            buffer_.erase(0, pos_);
            scan_ -= pos_;
            pos_ = 0;
        }
        buffer_.append(bytes);
    }

    /// Parses buffered bytes until one event is complete: returns event (and fills `out`,
    /// reusing its capacity), need_more when everything complete was consumed, too_large when
    /// a single line or an event's data exceeds max_event_bytes (the parser then stays in that
    /// state).
    sse_status next(sse_event& out)
    {
        if (too_large_)
            return sse_status::too_large;
        for (;;)
        {
            if (!bom_checked_ && !skip_bom())
                return sse_status::need_more;
            if (skip_lf_ && pos_ < buffer_.size())
            {
                // The previous line ended with the last byte of a feed, a CR: an LF right after
                // it completes that CRLF instead of ending an empty line.
                if (buffer_[pos_] == '\n')
                    advance_to(pos_ + 1);
                skip_lf_ = false;
            }
            // Bytes in [pos_, scan_) were searched before: resume after them, so a long line
            // arriving one byte at a time costs linear time.
            const std::size_t end = find_line_end(scan_);
            if (end == std::string::npos)
            {
                scan_ = buffer_.size();
                if (buffer_.size() - pos_ > max_event_bytes_)
                    return fail();  // this line alone is already too long
                return sse_status::need_more;
            }
            if (end - pos_ > max_event_bytes_)
                return fail();  // the same verdict as when the line arrives in pieces
            const std::string_view line(buffer_.data() + pos_, end - pos_);
            std::size_t line_end = end + 1;
            if (buffer_[end] == '\r')
            {
                if (line_end == buffer_.size())
                    skip_lf_ = true;  // its LF, if any, comes with the next feed
                else if (buffer_[line_end] == '\n')
                    ++line_end;
            }
            // `line` stays valid: the buffer only changes in feed().
            advance_to(line_end);

            if (line.empty())
            {
                if (dispatch(out))
                    return sse_status::event;
            }
            else if (!process_line(line))
                return fail();
        }
    }

    /// Whether bytes of an unfinished line or an undispatched event are buffered (at the end of
    /// the input this means the stream was cut mid-event). An event is open from its first field
    /// line, whatever the field, until the blank line that ends it; comments open none.
    bool pending() const noexcept { return too_large_ || pos_ < buffer_.size() || event_open_; }

    /// Bytes held in the input buffer now, consumed or not (for tests and metrics).
    std::size_t buffered_bytes() const noexcept { return buffer_.size(); }

private:
    // The first CR or LF at or after `from`, or npos. Two memchr passes instead of
    // find_first_of("\r\n"), which calls memchr once per byte: streams are mostly LF-only, so
    // the CR search covers only the line the LF ends.
    std::size_t find_line_end(std::size_t from) const noexcept
    {
        const char* begin = buffer_.data() + from;
        const std::size_t n = buffer_.size() - from;
        const auto* lf = static_cast<const char*>(n ? std::memchr(begin, '\n', n) : nullptr);
        const std::size_t limit = lf ? static_cast<std::size_t>(lf - begin) : n;
        if (const auto* cr = static_cast<const char*>(limit ? std::memchr(begin, '\r', limit) : nullptr))
            return from + static_cast<std::size_t>(cr - begin);
        return lf ? from + limit : std::string::npos;
    }

    void advance_to(std::size_t pos) noexcept
    {
        pos_ = pos;
        scan_ = std::max(scan_, pos_);
    }

    // Skips a UTF-8 BOM at the very start of the stream; false while the bytes so far are a
    // prefix of one and more are needed to tell.
    bool skip_bom() noexcept
    {
        static constexpr std::string_view bom = "\xEF\xBB\xBF";
        const std::size_t have = std::min(buffer_.size() - pos_, bom.size());
        if (std::string_view(buffer_.data() + pos_, have) != bom.substr(0, have))
        {
            bom_checked_ = true;
            return true;
        }
        if (have < bom.size())
            return false;
        advance_to(pos_ + bom.size());
        bom_checked_ = true;
        return true;
    }

    // Applies one non-empty line; false when it makes the event's data too large.
    bool process_line(std::string_view line)
    {
        if (line.front() == ':')
            return true;  // a comment, e.g. ": keep-alive"
        event_open_ = true;
        std::string_view field = line;
        std::string_view value;
        if (const auto colon = line.find(':'); colon != std::string_view::npos)
        {
            field = line.substr(0, colon);
            value = line.substr(colon + 1);
            if (!value.empty() && value.front() == ' ')
                value.remove_prefix(1);  // only one: "data:  x" keeps " x"
        }
        if (field == "data")
        {
            // data_ holds a '\n' after each line so far; the last one is removed at dispatch.
            if (data_.size() + value.size() > max_event_bytes_)
                return false;
            data_.append(value);
            data_.push_back('\n');
            has_data_ = true;
        }
        else if (field == "event")
            event_type_.assign(value);
        else if (field == "id")
        {
            if (value.find('\0') == std::string_view::npos)
                last_id_.assign(value);
        }
        else if (field == "retry")
        {
            if (auto ms = parse_retry(value))
                retry_ = ms;
        }
        return true;  // other fields are ignored
    }

    // The "retry:" value when it is only ASCII digits and fits; from_chars alone would take a sign.
    static std::optional<std::chrono::milliseconds> parse_retry(std::string_view value) noexcept
    {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string_view::npos)
            return std::nullopt;
        std::chrono::milliseconds::rep ms = 0;
        const auto result = std::from_chars(value.data(), value.data() + value.size(), ms);
        if (result.ec != std::errc())
            return std::nullopt;  // out of range: no sensible delay
        return std::chrono::milliseconds(ms);
    }

    // Ends the current event at a blank line; true when it had data and now is in `out`.
    bool dispatch(sse_event& out)
    {
        event_open_ = false;
        if (!has_data_)
        {
            event_type_.clear();
            retry_.reset();
            return false;
        }
        data_.pop_back();  // the '\n' after the last data line
        // Swapping hands over the bytes without copying and keeps out's old capacity for the
        // next event, so a steady stream allocates nothing per event.
        out.data.swap(data_);
        out.event.swap(event_type_);
        out.id.assign(last_id_);
        out.retry = retry_;
        data_.clear();
        event_type_.clear();
        retry_.reset();
        has_data_ = false;
        return true;
    }

    sse_status fail() noexcept
    {
        too_large_ = true;
        // Release what the failed stream held: nothing more will be read from it.
        buffer_ = std::string();
        data_ = std::string();
        pos_ = scan_ = 0;
        return sse_status::too_large;
    }

    std::size_t max_event_bytes_;
    std::string buffer_;    // received bytes; those before pos_ are consumed
    std::size_t pos_ = 0;   // the start of the first unconsumed line
    std::size_t scan_ = 0;  // [pos_, scan_) holds no CR or LF
    bool bom_checked_ = false;
    bool skip_lf_ = false;     // the last line ended with a CR that was the last byte buffered
    bool event_open_ = false;  // a field line was seen since the last blank line
    bool has_data_ = false;    // data_ holds at least one "data" line (possibly empty)
    bool too_large_ = false;
    std::string data_;
    std::string event_type_;
    std::string last_id_;
    std::optional<std::chrono::milliseconds> retry_;
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
