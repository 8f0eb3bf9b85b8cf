#!/usr/bin/env bash
# Builds and runs tests/packaging/consumer against the SDK taken in one way:
#   consume.sh find_package|add_subdirectory|fetchcontent|pkg-config SOURCE_DIR WORK_DIR
# CXX names the compiler (default c++). Everything happens under WORK_DIR, which is recreated.
set -euo pipefail
mode=$1 src=$(cd "$2" && pwd) work=$3
cxx=${CXX:-c++}
consumer=$src/tests/packaging/consumer
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)

# The recipes (ports/openai/portfile.cmake, conanfile.py) build and install with these options.
install_options=(-DOPENAI_BUILD_TESTS=OFF -DOPENAI_BUILD_EXAMPLES=OFF -DOPENAI_BUILD_BENCHMARKS=OFF)

install_sdk() {
    cmake -S "$src" -B "$work/sdk-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
        "${install_options[@]}" >/dev/null
    cmake --build "$work/sdk-build" >/dev/null
    cmake --install "$work/sdk-build" --prefix "$work/prefix" >/dev/null
}

build_consumer() {  # extra cmake arguments...
    cmake -S "$consumer" -B "$work/consumer-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER="$cxx" "$@" >/dev/null
    cmake --build "$work/consumer-build"
    "$work/consumer-build/consumer"
    "$work/consumer-build/consumer_separate"
}

case $mode in
find_package)
    install_sdk
    build_consumer -DOPENAI_CONSUME=find_package -DCMAKE_PREFIX_PATH="$work/prefix"
    ;;
add_subdirectory)
    build_consumer -DOPENAI_CONSUME=add_subdirectory -DOPENAI_SOURCE_DIR="$src"
    ;;
fetchcontent)
    # The files a checkout holds (tracked and new, not ignored), packed as a release would be.
    (cd "$src" && git ls-files -co --exclude-standard -z | grep -zv '^tests/conformance/openai.prism.json$' |
        tar --null -T - --transform 's|^|openai/|' -czf "$work/openai.tar.gz")
    build_consumer -DOPENAI_CONSUME=fetchcontent -DOPENAI_SOURCE_ARCHIVE="$work/openai.tar.gz"
    ;;
pkg-config)
    install_sdk
    export PKG_CONFIG_PATH=$work/prefix/lib/pkgconfig
    version=$(pkg-config --modversion openai)
    expected=$(sed -n 's/^#define OPENAI_VERSION_STRING "\(.*\)"$/\1/p' "$src/include/openai/detail/config.hpp")
    [ "$version" = "$expected" ] || { echo "openai.pc says $version, version.hpp $expected"; exit 1; }
    flags=$(pkg-config --cflags --libs openai)
    echo "pkg-config openai: $flags"
    # shellcheck disable=SC2086 # the flags are words
    "$cxx" -std=c++20 -O1 -Wall -Wextra -Wpedantic -Werror "$consumer/main.cpp" -o "$work/consumer" $flags
    "$work/consumer"
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
echo "consumer ($mode): ok"
