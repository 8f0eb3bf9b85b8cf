// A consumer that checks how the package is taken in (the target's include directories, its
// Boost and OpenSSL dependencies, the version), without compiling the client: the routes that
// embed the SDK's source tree build this, and find_package and pkg-config build the whole program
// (main.cpp), so that what compiles every endpoint is built twice, not four times.
#include <openai/client_options.hpp>
#include <openai/version.hpp>

#include <boost/asio/ssl/context.hpp>

#include <cstdio>
#include <string_view>

int main()
{
    // Links OpenSSL through the target's dependencies.
    boost::asio::ssl::context tls{boost::asio::ssl::context::tls_client};
    tls.set_default_verify_paths();

    const openai::client_options options{.api_key = "sk-consumer"};
    const std::string_view version = openai::version;
    std::printf("openai %.*s (light)\n", int(version.size()), version.data());
    return version != OPENAI_VERSION_STRING || options.base_url.has_value() ? 1 : 0;
}
