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
# each one's compile; header-only, most reach <openai/detail/client_impl.hpp>, and Beast and
# OpenSSL with it. Each is parsed once, into a precompiled header taken first by the checks of
# the headers that reach it anyway in that mode. That changes nothing a check can see: whatever a
# header uses before it includes the prefix is in a header checked on its own, and each prefix
# is itself checked without it.
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
# Two precompiled headers: detail/json_model.hpp under separate compilation, detail/client_impl.hpp
# (Beast, OpenSSL, the transport) header-only. A header's check takes one if the header reaches it
# in that mode, following the includes as text: those outside any #if, and header-only those in
# an `#ifdef OPENAI_HEADER_ONLY` block too (an include left out only costs time).
python3 - "$src/include" "$work" <<'EOF'
import pathlib, re, sys
root, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def includes(path, header_only):
    out, stack = [], []
    for line in path.read_text().splitlines():
        line = line.strip()
        if re.match(r"#\s*if", line):
            stack.append(line)
        elif re.match(r"#\s*endif", line):
            stack.pop()
        elif re.match(r"#\s*el", line):
            stack[-1] = "#else"
        elif m := re.match(r"#\s*include <(openai/[^>]+)>", line):
            # The first #if is the include guard.
            inner = stack[1:]
            if not inner or (header_only and all(c == "#ifdef OPENAI_HEADER_ONLY" for c in inner)):
                out.append(m.group(1))
    return out
files = [p for p in root.rglob("*") if p.suffix in (".hpp", ".ipp")]
for mode, prefix in (("separate", "openai/detail/json_model.hpp"), ("header_only", "openai/detail/client_impl.hpp")):
    graph = {str(p.relative_to(root)): includes(p, mode == "header_only") for p in files}
    memo = {}
    def reaches(h):
        if h not in memo:
            memo[h] = False  # a cycle reaches nothing new
            memo[h] = h == prefix or any(reaches(d) for d in graph.get(h, ()))
        return memo[h]
    (work / f"prefix.{mode}.txt").write_text(prefix + "\n")
    (work / f"with_prefix.{mode}.txt").write_text("".join(h + "\n" for h in sorted(graph) if h != prefix and reaches(h)))
EOF
# Made with the macros of the checks that take them (-D...= as the files' own #define: empty).
clang=no
case $("$cxx" --version | head -n 1) in *clang*) clang=yes ;; esac
for mode in separate header_only; do
    prefix=$(cat "$work/prefix.$mode.txt")
    define=""
    if [ "$mode" = separate ]; then define=-DOPENAI_SEPARATE_COMPILATION=; fi
    printf '#include <%s>\n' "$prefix" >"$work/prefix.$mode.hpp"
    if [ "$clang" = yes ]; then
        # shellcheck disable=SC2086 # the flags are words
        "$cxx" $flags $define -x c++-header "$work/prefix.$mode.hpp" -o "$work/prefix.$mode.pch"
        echo "$define -include-pch $work/prefix.$mode.pch" >"$work/prefix_flags.$mode"
    else
        # shellcheck disable=SC2086
        "$cxx" $flags $define -x c++-header "$work/prefix.$mode.hpp" -o "$work/prefix.$mode.hpp.gch"
        echo "$define -include $work/prefix.$mode.hpp -Winvalid-pch" >"$work/prefix_flags.$mode"
    fi
done

check() {
    local start=$EPOCHREALTIME header mode extra=""
    header=$(sed -n 2p "$1" | sed 's/^#include <\(.*\)>$/\1/')
    mode=$(basename "$1" .cpp | sed 's/.*\.//')
    if grep -qxF "$header" "$work/with_prefix.$mode.txt"; then
        extra=$(cat "$work/prefix_flags.$mode")
    fi
    # shellcheck disable=SC2086 # the flags are words
    "$cxx" $flags $extra -fsyntax-only "$1" 2>&1 ||
        { echo "FAILED: $(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))"; return 1; }
    awk -v a="$start" -v b="$EPOCHREALTIME" -v h="$(sed -n 2p "$1") ($(basename "$1" .cpp | sed 's/.*\.//'))" \
        'BEGIN { printf "%.1f %s\n", b - a, h }' >"$1.time"
}
export -f check
export cxx src work flags
if ls "$work"/*.cpp | xargs -P "$(nproc)" -I{} bash -c 'check {}'; then
    echo "$count headers compile on their own, $(ls "$work"/*.header_only.cpp | wc -l) header-only too ($cxx);"
    echo "$(grep -c . "$work/with_prefix.separate.txt") after the precompiled $(cat "$work/prefix.separate.txt"), $(grep -c . "$work/with_prefix.header_only.txt") header-only after $(cat "$work/prefix.header_only.txt")."
    echo "The slowest, in seconds:"
    cat "$work"/*.time | sort -rn | sed -n 1,8p  # sed reads it all: no SIGPIPE under pipefail
else
    exit 1
fi
