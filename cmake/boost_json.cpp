// Boost.JSON's compiled part, built once for programs that link openai::openai when the Boost
// found has no Boost::json library (Boost.JSON has no inline header-only mode).
#include <boost/json/src.hpp>
