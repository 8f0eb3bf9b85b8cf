// The compiled part of the SDK, Asio and Beast, built once for every test executable.
#include <openai/src.hpp>

#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
