// The JSON reader and writer of each generated type, compiled once. Under separate compilation
// (OPENAI_SEPARATE_COMPILATION), a generated header declares its types' reader or writer
// instantiated elsewhere, in the SDK's compiled part (<openai/src.hpp>, which includes
// impl/generated_json.ipp): a program's files then compile none of that JSON code. Header-only,
// each file instantiates what it reads and writes.
#ifndef OPENAI_DETAIL_JSON_EXTERN_HPP
#define OPENAI_DETAIL_JSON_EXTERN_HPP

#include <openai/detail/config.hpp>

#include <boost/json/fwd.hpp>

OPENAI_BEGIN_NAMESPACE
namespace detail {

struct json_sink_ops;

// Declared here, defined in json_reader.hpp and json_model.hpp.
template <class T>
const json_sink_ops& json_sink_for() noexcept;
template <class T>
void write_json(boost::json::value& out, const T& in);

}  // namespace detail
OPENAI_END_NAMESPACE

// Used by the generated headers after each type, inside OPENAI_BEGIN_NAMESPACE: the reader of a
// type read from answers, the writer of a type sent in requests. The other direction (writing an
// answer back out) is instantiated where a program uses it.
#if defined(OPENAI_SEPARATE_COMPILATION)
#define OPENAI_EXTERN_JSON_READER(T)                                                                                   \
    namespace detail {                                                                                                 \
    extern template const json_sink_ops& json_sink_for<T>() noexcept;                                                  \
    }
#define OPENAI_EXTERN_JSON_WRITER(T)                                                                                   \
    namespace detail {                                                                                                 \
    extern template void write_json<T>(boost::json::value&, const T&);                                                 \
    }
#else
#define OPENAI_EXTERN_JSON_READER(T)
#define OPENAI_EXTERN_JSON_WRITER(T)
#endif

#endif
