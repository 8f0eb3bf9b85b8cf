#!/usr/bin/env bash
# Builds and runs tests/packaging/consumer against the SDK taken in one way:
#   consume.sh install SOURCE_DIR WORK_DIR                     installs the SDK into WORK_DIR/prefix
#   consume.sh find_package|pkg-config SOURCE_DIR WORK_DIR PREFIX   uses the SDK installed in PREFIX
#   consume.sh add_subdirectory|fetchcontent SOURCE_DIR WORK_DIR
# CXX names the compiler (default c++). Everything happens under WORK_DIR, which is recreated.
# The SDK is installed once for the two routes that use an installed package. The whole program
# (consumer/main.cpp: a chat call against the in-process server) is built twice: by find_package
# with the SDK compiled in its own file, and by pkg-config header-only. The routes that embed the
# source tree (add_subdirectory, fetchcontent) build consumer/light.cpp, which checks the target's
# include directories, dependencies and version without compiling the client: what the whole
# program checks does not depend on how the package was found.
set -euo pipefail
mode=$1 src=$(cd "$2" && pwd) work=$3 prefix=${4:-}
cxx=${CXX:-c++}
consumer=$src/tests/packaging/consumer
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)

# The recipes (ports/openai/portfile.cmake, conanfile.py) build and install with these options.
install_options=(-DOPENAI_BUILD_TESTS=OFF -DOPENAI_BUILD_EXAMPLES=OFF -DOPENAI_BUILD_BENCHMARKS=OFF)

installed() {
    [ -n "$prefix" ] && [ -f "$prefix/include/openai/openai.hpp" ] ||
        { echo "no SDK installed in '$prefix' (consume.sh install first)"; exit 1; }
    prefix=$(cd "$prefix" && pwd)
}

build_consumer() {  # programs (consumer_separate, consumer_light) -- extra cmake arguments...
    local programs=()
    while [ "$1" != -- ]; do programs+=("$1"); shift; done
    shift
    # Unoptimized, without debug information: these builds check how the package is taken in
    # (the release suite builds the SDK's headers optimized, warnings as errors), and -O0 makes
    # the program that compiles the whole SDK in one file (consumer_separate) several times faster.
    cmake -S "$consumer" -B "$work/consumer-build" -G Ninja -DCMAKE_BUILD_TYPE= \
        -DCMAKE_CXX_COMPILER="$cxx" "$@" >/dev/null
    cmake --build "$work/consumer-build" --target "${programs[@]}"
    for program in "${programs[@]}"; do "$work/consumer-build/$program"; done
}

case $mode in
install)
    cmake -S "$src" -B "$work/sdk-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
        "${install_options[@]}" >/dev/null
    cmake --build "$work/sdk-build" >/dev/null
    cmake --install "$work/sdk-build" --prefix "$work/prefix" >/dev/null
    ;;
find_package)
    installed
    build_consumer consumer_separate -- -DOPENAI_CONSUME=find_package -DCMAKE_PREFIX_PATH="$prefix"
    ;;
add_subdirectory)
    build_consumer consumer_light -- -DOPENAI_CONSUME=add_subdirectory -DOPENAI_SOURCE_DIR="$src"
    ;;
fetchcontent)
    # The files a checkout holds (tracked and new, not ignored), packed as a release would be.
    (cd "$src" && git ls-files -co --exclude-standard -z | grep -zv '^tests/conformance/openai.prism.json$' |
        tar --null -T - --transform 's|^|openai/|' -czf "$work/openai.tar.gz")
    build_consumer consumer_light -- -DOPENAI_CONSUME=fetchcontent -DOPENAI_SOURCE_ARCHIVE="$work/openai.tar.gz"
    ;;
pkg-config)
    installed
    export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
    version=$(pkg-config --modversion openai)
    expected=$(sed -n 's/^#define OPENAI_VERSION_STRING "\(.*\)"$/\1/p' "$src/include/openai/detail/config.hpp")
    [ "$version" = "$expected" ] || { echo "openai.pc says $version, version.hpp $expected"; exit 1; }
    flags=$(pkg-config --cflags --libs openai)
    echo "pkg-config openai: $flags"
    # shellcheck disable=SC2086 # the flags are words
    "$cxx" -std=c++20 -O0 -Wall -Wextra -Wpedantic -Werror "$consumer/main.cpp" -o "$work/consumer" $flags
    "$work/consumer"
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
echo "consumer ($mode): ok"
