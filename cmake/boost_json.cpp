// Boost.JSON's compiled part, built once for programs that link openai::openai, since Boost.JSON
// has no inline header-only mode and Debian ships it as headers only.
#include <boost/json/src.hpp>
