#!/usr/bin/env bash
# Two versions of the SDK in one program fail to link rather than mix: a function compiled
# against another minor version is not found by code built against this one.
#   abi.sh SOURCE_DIR WORK_DIR      (CXX names the compiler, default c++)
set -euo pipefail
src=$(cd "$1" && pwd) work=$2
cxx=${CXX:-c++}
rm -rf "$work" && mkdir -p "$work" && cd "$work"

# The same headers, claiming to be version 0.99.
cp -r "$src/include" other-version
sed -i 's/^#define OPENAI_VERSION_MINOR .*/#define OPENAI_VERSION_MINOR 99/' other-version/openai/detail/config.hpp

cat > library.cpp <<'CPP'
#include <openai/client_options.hpp>
std::string describe(const openai::client_options& options) { return options.base_url.value_or("default"); }
CPP
cat > program.cpp <<'CPP'
#include <openai/client_options.hpp>
#include <cstdio>
std::string describe(const openai::client_options& options);
int main() { std::puts(describe(openai::client_options{}).c_str()); }
CPP

flags=(-std=c++20 -Wall -Wextra -Wpedantic -Werror)
"$cxx" "${flags[@]}" -I"$src/include" -c program.cpp -o program.o
"$cxx" "${flags[@]}" -I"$src/include" -c library.cpp -o same.o
"$cxx" "${flags[@]}" -I other-version -c library.cpp -o other.o

# Control: the same version links and runs.
libs=(-lssl -lcrypto)
"$cxx" program.o same.o -o same "${libs[@]}"
[ "$(./same)" = default ] || { echo "the same-version program did not run"; exit 1; }
# Another version: an undefined reference to this version's namespace.
if "$cxx" program.o other.o -o mixed "${libs[@]}" 2> link.log; then
    echo "a program mixing SDK versions linked"; exit 1
fi
grep -q 'undefined reference to .*openai::v0_1::client_options' link.log || { cat link.log; exit 1; }
echo "mixing versions 0.1 and 0.99 fails to link: ok"
