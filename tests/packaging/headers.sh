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
#
# Most headers reach <openai/detail/json_model.hpp>, and Boost.JSON's value with it: over half of
# each one's compile. It is parsed once, into a precompiled header taken first by the checks of
# the headers that reach it anyway (through their own includes, read as text: the .ipp files a
# header includes header-only are not followed, and the precompiled header is used under
# separate compilation only). That changes nothing a check can see: whatever a header uses before
# its include of json_model.hpp is in a header checked on its own, and json_model.hpp itself is
# checked without it.
#   headers.sh SOURCE_DIR WORK_DIR      (CXX names the compiler, default c++)
set -euo pipefail
src=$(cd "$1" && pwd) work=$2
cxx=${CXX:-c++}
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)

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

flags="-std=c++20 -Wall -Wextra -Wpedantic -Werror -I$src/include"
prefix=openai/detail/json_model.hpp
python3 - "$src/include" "$prefix" >"$work/with_prefix.txt" <<'EOF'
import pathlib, re, sys
root, prefix = pathlib.Path(sys.argv[1]), sys.argv[2]
graph = {str(p.relative_to(root)): re.findall(r"^#include <(openai/[^>]+\.hpp)>", p.read_text(), re.M)
         for p in root.rglob("*.hpp")}
memo = {}
def reaches(h):
    if h not in memo:
        memo[h] = False  # a cycle reaches nothing new
        memo[h] = h == prefix or any(reaches(d) for d in graph.get(h, ()))
    return memo[h]
print("\n".join(sorted(h for h in graph if h != prefix and reaches(h))))
EOF
# -D...= defines the macro as the files' own #define does (empty): a precompiled header must be
# used with the macros it was made with.
case $("$cxx" --version | head -n 1) in
*clang*)
    # shellcheck disable=SC2086 # the flags are words
    "$cxx" $flags -DOPENAI_SEPARATE_COMPILATION= -x c++-header "$src/include/$prefix" -o "$work/prefix.pch"
    prefix_flags="-DOPENAI_SEPARATE_COMPILATION= -include-pch $work/prefix.pch"
    ;;
*)
    printf '#include <%s>\n' "$prefix" >"$work/prefix.hpp"
    # shellcheck disable=SC2086
    "$cxx" $flags -DOPENAI_SEPARATE_COMPILATION= -x c++-header "$work/prefix.hpp" -o "$work/prefix.hpp.gch"
    prefix_flags="-DOPENAI_SEPARATE_COMPILATION= -include $work/prefix.hpp -Winvalid-pch"
    ;;
esac

check() {
    local start=$EPOCHREALTIME header extra=""
    header=$(sed -n 2p "$1" | sed 's/^#include <\(.*\)>$/\1/')
    if [[ $1 == *.separate.cpp ]] && grep -qxF "$header" "$work/with_prefix.txt"; then
        extra=$prefix_flags
    fi
    # shellcheck disable=SC2086 # the flags are words
    "$cxx" $flags $extra -fsyntax-only "$1" 2>&1 ||
        { echo "FAILED: $(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))"; return 1; }
    awk -v a="$start" -v b="$EPOCHREALTIME" -v h="$(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))" \
        'BEGIN { printf "%.1f %s\n", b - a, h }' >"$1.time"
}
export -f check
export cxx src work flags prefix_flags
if ls "$work"/*.cpp | xargs -P "$(nproc)" -I{} bash -c 'check {}'; then
    echo "$count headers compile on their own, $(ls "$work"/*.header_only.cpp | wc -l) header-only too ($cxx);"
    echo "$(grep -c . "$work/with_prefix.txt") of them after the precompiled $prefix."
    echo "The slowest, in seconds:"
    cat "$work"/*.time | sort -rn | sed -n 1,8p  # sed reads it all: no SIGPIPE under pipefail
else
    exit 1
fi
