#!/usr/bin/env bash
# Every header under include/openai (but the .ipp implementation files) compiles on its own,
# included twice, warning-free: each names what it uses and has a working include guard.
#   headers.sh SOURCE_DIR WORK_DIR      (CXX names the compiler, default c++)
set -euo pipefail
src=$(cd "$1" && pwd) work=$2
cxx=${CXX:-c++}
rm -rf "$work" && mkdir -p "$work"

headers=$(cd "$src/include" && find openai -name '*.hpp' | sort)
for h in $headers; do
    tu=$work/$(echo "$h" | tr '/.' '__').cpp
    defines=""
    [ "$h" = openai/src.hpp ] && defines="#define OPENAI_SEPARATE_COMPILATION"
    printf '%s\n#include <%s>\n#include <%s>\n' "$defines" "$h" "$h" > "$tu"
done

check() {
    "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I"$src/include" "$1" 2>&1 ||
        { echo "FAILED: $(sed -n 2p "$1")"; return 1; }
}
export -f check
export cxx src
count=$(echo "$headers" | wc -l)
if ls "$work"/*.cpp | xargs -P "$(nproc)" -I{} bash -c 'check {}'; then
    echo "$count headers compile on their own ($cxx)"
else
    exit 1
fi
