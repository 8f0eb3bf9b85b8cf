// The alternative of every union read from the API for what this version of the SDK does not know.
#ifndef OPENAI_UNKNOWN_JSON_HPP
#define OPENAI_UNKNOWN_JSON_HPP

#include <openai/detail/config.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>

OPENAI_BEGIN_NAMESPACE

/// An object of a union whose tag this version of the SDK does not know: an output item, a stream
/// event, a tool or a content part added to the API later. Reading keeps it whole, so an answer
/// holding one still decodes, and writing sends it back as it came (an output item passed on as
/// input). Not in the Python SDK, whose models take such objects leniently.
struct unknown_json
{
    /// The tag's value, e.g. the "type" of the object.
    std::string type{};
    /// The whole object, tag included.
    boost::json::object json{};
};

/// Writes the object as it was read.
inline void json_write(boost::json::value& out, const unknown_json& in)
{
    out = in.json;
}

OPENAI_END_NAMESPACE

#endif
