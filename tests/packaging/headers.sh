#!/usr/bin/env bash
# Every header under include/openai (but the .ipp implementation files) compiles on its own,
# included twice, warning-free: each names what it uses and has a working include guard.
#
# A header's own text reads the same in both modes of the SDK unless it tests
# OPENAI_SEPARATE_COMPILATION (the headers that include their .ipp when header-only, the
# generated types' extern declarations). So each header is compiled on its own under separate
# compilation, where it includes no implementation; those that test the macro are compiled
# header-only as well, which compiles each .ipp with its own header's includes. <openai/openai.hpp>
# header-only whole, as a first program takes it, is the quickstart example's build. Compiling all
# 330 headers header-only would compile the SDK's implementation again in every header that
# includes the client, for nothing this check does not already see.
#   headers.sh SOURCE_DIR WORK_DIR      (CXX names the compiler, default c++)
set -euo pipefail
src=$(cd "$1" && pwd) work=$2
cxx=${CXX:-c++}
rm -rf "$work" && mkdir -p "$work"

headers=$(cd "$src/include" && find openai -name '*.hpp' | sort)
count=0
for h in $headers; do
    base=$work/$(echo "$h" | tr '/.' '__')
    printf '#define OPENAI_SEPARATE_COMPILATION\n#include <%s>\n#include <%s>\n' "$h" "$h" >"$base.separate.cpp"
    count=$((count + 1))
    if [ "$h" != openai/src.hpp ] && grep -q -E 'OPENAI_SEPARATE_COMPILATION|\.ipp>' "$src/include/$h"; then
        printf '// header-only\n#include <%s>\n#include <%s>\n' "$h" "$h" >"$base.header_only.cpp"
    fi
done

check() {
    local start=$EPOCHREALTIME
    "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I"$src/include" "$1" 2>&1 ||
        { echo "FAILED: $(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))"; return 1; }
    awk -v a="$start" -v b="$EPOCHREALTIME" -v h="$(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))" \
        'BEGIN { printf "%.1f %s\n", b - a, h }' >"$1.time"
}
export -f check
export cxx src
if ls "$work"/*.cpp | xargs -P "$(nproc)" -I{} bash -c 'check {}'; then
    echo "$count headers compile on their own, $(ls "$work"/*.header_only.cpp | wc -l) header-only too ($cxx)."
    echo "The slowest, in seconds:"
    cat "$work"/*.time | sort -rn | sed -n 1,8p  # sed reads it all: no SIGPIPE under pipefail
else
    exit 1
fi
