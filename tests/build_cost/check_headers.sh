#!/usr/bin/env bash
# Guards the build cost of a user's file under OPENAI_SEPARATE_COMPILATION
# (docs/performance.md, workload E):
# - bench/build_cost/user_tu.cpp (includes <openai/client.hpp>, calls chat, embeddings and images)
#   and include_only_tu.cpp (includes <openai/openai.hpp>) reach none of the headers that
#   <openai/src.hpp> compiles once: Beast, OpenSSL, Asio's SSL and co_spawn, the JSON parser, the
#   client's state, the transport and the stream's reader;
# - user_tu.cpp reaches no generated type's definition: the client only declares the Responses
#   and Conversations types (<openai/types/fwd.hpp>), hundreds of structs a file that does not
#   call those APIs would otherwise parse.
# Each of them costs every user's file seconds. And tests/build_cost/responses_tu.cpp, which calls
# the Responses and Conversations APIs through the headers the documentation names for them,
# compiles.
# Usage: check_headers.sh SOURCE_DIR   (CXX names the compiler; c++ by default)
set -euo pipefail
src=$1
cxx=${CXX:-c++}
forbidden='/boost/beast/|/openssl/|/boost/asio/ssl|/boost/asio/co_spawn\.hpp|/boost/json/basic_parser|/openai/detail/(client_impl|transport|beast_transport|stream_state|sse_parser|json_prefix_memo)\.hpp|/openai/impl/'
banner='// Generated from the OpenAI OpenAPI spec by codegen/generate.py'
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
    if [ "$unit" = user_tu ]; then
        generated=$(grep -E '/openai/types/.*\.hpp$' <<<"$deps" | grep -v '/openai/types/fwd\.hpp$' |
            while read -r h; do if head -n 1 "$h" | grep -qF "$banner"; then echo "$h"; fi; done)
        if [ -n "$generated" ]; then
            echo "FAIL - $unit.cpp reaches $(grep -c . <<<"$generated") generated type headers; the client must only declare them:"
            sed -n '1,10s/^/       /p' <<<"$generated"
            status=1
        else
            echo "ok   - $unit.cpp: no generated type header but <openai/types/fwd.hpp>"
        fi
    fi
done
# The headers docs/getting-started.md names for the Responses and Conversations APIs without
# <openai/openai.hpp> are enough to call them.
if "$cxx" -std=c++20 -DOPENAI_SEPARATE_COMPILATION -Wall -Wextra -Werror -I"$src/include" -fsyntax-only \
    "$src/tests/build_cost/responses_tu.cpp"; then
    echo "ok   - responses_tu.cpp: <openai/client.hpp> and the areas' type headers call both APIs"
else
    echo "FAIL - responses_tu.cpp: the headers docs/getting-started.md names do not define what the calls need"
    status=1
fi
exit $status
