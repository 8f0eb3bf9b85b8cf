// The compiled part of the SDK, Asio and Beast (target openai_compiled), built once per build
// tree for every test, example and benchmark of this project that links it.
#include <openai/src.hpp>

#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
