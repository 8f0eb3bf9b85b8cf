#!/usr/bin/env bash
# Guards the build cost of a user's file: under OPENAI_SEPARATE_COMPILATION, a file that includes
# <openai/openai.hpp> and calls the API (bench/build_cost/user_tu.cpp) must reach none of the
# headers that <openai/src.hpp> compiles once: Beast, OpenSSL, Asio's SSL and co_spawn, the JSON
# parser, the client's state, the transport and the stream's reader. Each of them costs every
# user's file seconds (docs/performance.md, workload E).
# Usage: check_headers.sh SOURCE_DIR   (CXX names the compiler; c++ by default)
set -euo pipefail
src=$1
cxx=${CXX:-c++}
forbidden='/boost/beast/|/openssl/|/boost/asio/ssl|/boost/asio/co_spawn\.hpp|/boost/json/basic_parser|/openai/detail/(client_impl|transport|beast_transport|stream_state|sse_parser|json_prefix_memo)\.hpp|/openai/impl/'
status=0
for unit in user_tu include_only_tu; do
    deps=$("$cxx" -std=c++20 -DOPENAI_SEPARATE_COMPILATION -I"$src/include" -M "$src/bench/build_cost/$unit.cpp" |
        tr -d '\\' | tr ' ' '\n' | grep -v '^$')
    count=$(grep -c . <<<"$deps")
    if bad=$(grep -E "$forbidden" <<<"$deps"); then
        echo "FAIL - $unit.cpp reaches headers that only <openai/src.hpp> may include:"
        sed 's/^/       /' <<<"$bad"
        status=1
    else
        echo "ok   - $unit.cpp: $count headers, none of Beast, OpenSSL, the JSON parser or the SDK's compiled part"
    fi
done
exit $status
