#ifndef OPENAI_IMPL_ERROR_BODY_IPP
#define OPENAI_IMPL_ERROR_BODY_IPP

#include <openai/detail/error_body.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL std::string body_excerpt(std::string_view body, std::size_t max_chars)
{
    std::string out;
    bool space = false;
    for (unsigned char c : body)
    {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ')
            space = !out.empty();
        else if (c >= 0x20 && c != 0x7f)
        {
            // Cut only before a character that would be kept, and never past max_chars.
            if (out.size() + (space ? 1 : 0) >= max_chars)
            {
                out += "...";
                break;
            }
            if (space)
                out += ' ';
            space = false;
            out += static_cast<char>(c);
        }
    }
    return out;
}

// A string field, or a number printed as text (some servers send numeric codes).
inline std::string text_of(const boost::json::object& obj, std::string_view key)
{
    const auto* it = obj.find(key);
    if (it == obj.end())
        return {};
    const auto& v = it->value();
    if (v.is_string())
        return std::string(v.get_string());
    if (v.is_int64() || v.is_uint64() || v.is_double())
        return boost::json::serialize(v);
    return {};
}

OPENAI_DECL void parse_error_body(std::string_view body, diagnostics& diag)
{
    boost::system::error_code ec;
    boost::json::value jv = boost::json::parse(body, ec);
    if (ec || !jv.is_object())
    {
        diag.message = body_excerpt(body);
        if (diag.message.empty())
            diag.message = "(empty body)";  // also a body of only whitespace or control characters
        return;
    }
    const auto& obj = jv.get_object();
    if (const auto* it = obj.find("error"); it != obj.end() && it->value().is_object())
    {
        const auto& err = it->value().get_object();
        diag.message = text_of(err, "message");
        diag.type = text_of(err, "type");
        diag.code = text_of(err, "code");
        diag.param = text_of(err, "param");
    }
    else if (it != obj.end() && it->value().is_string())
        diag.message = std::string(it->value().get_string());  // Ollama, llama.cpp
    else if (auto msg = text_of(obj, "message"); !msg.empty())
    {
        diag.message = msg;
        diag.type = text_of(obj, "type");
        diag.code = text_of(obj, "code");
        diag.param = text_of(obj, "param");
    }
    else
    {
        // problem+json (RFC 7807), e.g. from a validating mock server or a gateway.
        std::string title = text_of(obj, "title");
        std::string detail = text_of(obj, "detail");
        diag.message = title.empty() ? detail : (detail.empty() ? title : title + ": " + detail);
        if (const auto* v = obj.find("validation"); v != obj.end())
            diag.message += (diag.message.empty() ? "" : " ") + boost::json::serialize(v->value());
        if (diag.message.empty())
            diag.message = body_excerpt(body);
    }
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
