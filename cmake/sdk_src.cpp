// The compiled part of the SDK, Asio and Beast (target openai_compiled), built once per build
// tree for every test, example and benchmark of this project that links it. The SDK's part is
// split in four files (OPENAI_SRC_PART, see <openai/src.hpp>) that compile in parallel.
#define OPENAI_SRC_PART 1
#include <openai/src.hpp>

#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
