#!/usr/bin/env bash
# Checks what can be checked of the vcpkg port and the Conan recipe without vcpkg or Conan:
# valid JSON, one version everywhere, the same CMake options and install layout as the consumer
# tests, and the CMake and Python steps the recipes run (against stand-ins that record the calls).
#   recipes.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$src/ports/openai-cpp
version=$(sed -n 's/^#define OPENAI_VERSION_STRING "\(.*\)"$/\1/p' "$src/include/openai/detail/config.hpp")
# The options consume.sh installs with, as NAME=VALUE lines, plus the install itself.
expected_options=$( (sed -n 's/^install_options=(\(.*\))$/\1/p' "$src/tests/packaging/consume.sh" | tr ' ' '\n' |
    sed 's/^-D//'; echo OPENAI_INSTALL=ON) | sort)
[ -n "$version" ] && [ "$(echo "$expected_options" | wc -l)" -ge 4 ] || { echo "cannot read version or options"; exit 1; }

# vcpkg: portfile.cmake run by CMake in script mode, with the vcpkg functions it calls recording
# their arguments.
cat > "$work/vcpkg_stubs.cmake" <<'CMAKE'
set(PORT openai-cpp)
set(CURRENT_PACKAGES_DIR "${WORK}/packages")
function(vcpkg_cmake_configure)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "SOURCE_PATH" "OPTIONS")
  file(REAL_PATH "${arg_SOURCE_PATH}" source)
  file(APPEND "${WORK}/calls" "configure SOURCE_PATH=${source}\n")
  foreach(option IN LISTS arg_OPTIONS)
    string(REGEX REPLACE "^-D" "" option "${option}")
    file(APPEND "${WORK}/calls" "option ${option}\n")
  endforeach()
endfunction()
function(vcpkg_cmake_install)
  file(APPEND "${WORK}/calls" "install\n")
endfunction()
function(vcpkg_cmake_config_fixup)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PACKAGE_NAME;CONFIG_PATH" "")
  file(APPEND "${WORK}/calls" "config_fixup ${arg_PACKAGE_NAME} ${arg_CONFIG_PATH}\n")
endfunction()
function(vcpkg_fixup_pkgconfig)
  file(APPEND "${WORK}/calls" "fixup_pkgconfig\n")
endfunction()
function(vcpkg_install_copyright)
  file(APPEND "${WORK}/calls" "copyright\n")
endfunction()
include("${PORTFILE}")
CMAKE
cmake -DWORK="$work" -DPORTFILE="$port/portfile.cmake" -P "$work/vcpkg_stubs.cmake"
calls=$work/calls
grep -qx "configure SOURCE_PATH=$src" "$calls" || { echo "portfile: SOURCE_PATH is not the repository"; cat "$calls"; exit 1; }
port_options=$(sed -n 's/^option //p' "$calls" | sort)
[ "$port_options" = "$expected_options" ] || { echo "portfile options differ from consume.sh:"; diff <(echo "$port_options") <(echo "$expected_options"); exit 1; }
# The install layout it fixes up is the one cmake/install.cmake produces.
grep -qx "config_fixup openai lib/cmake/openai" "$calls" || { echo "portfile: config fixup path"; exit 1; }
grep -q 'OPENAI_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/openai' "$src/cmake/install.cmake"
grep -q 'set(OPENAI_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)' "$src/cmake/install.cmake"
for step in install fixup_pkgconfig; do grep -qx "$step" "$calls" || { echo "portfile: no $step"; exit 1; }; done
[ -f "$work/packages/share/openai-cpp/usage" ] && [ -f "$work/packages/share/openai-cpp/copyright" ] ||
    { echo "portfile: usage or copyright not installed"; exit 1; }
grep -q 'find_package(openai CONFIG REQUIRED)' "$port/usage" && grep -q 'openai::openai' "$port/usage"

# vcpkg.json: valid, the same version, the dependencies the CMake package looks for.
python3 - "$port/vcpkg.json" "$version" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
assert manifest["name"] == "openai-cpp", manifest["name"]
assert manifest["version-semver"] == sys.argv[2], (manifest["version-semver"], sys.argv[2])
names = {d if isinstance(d, str) else d["name"] for d in manifest["dependencies"]}
missing = {"boost-asio", "boost-beast", "boost-json", "openssl", "vcpkg-cmake", "vcpkg-cmake-config"} - names
assert not missing, missing
PY

# conanfile.py: loaded with stand-in conan modules; its version, CMake options, exported sources
# and the names it gives consumers are checked.
mkdir -p "$work/conan/conan/tools"
cat > "$work/conan/conan/__init__.py" <<'PY'
class ConanFile:
    pass
PY
cat > "$work/conan/conan/tools/cmake.py" <<'PY'
class CMakeToolchain:
    last = None
    def __init__(self, conanfile):
        self.cache_variables = {}
        CMakeToolchain.last = self
    def generate(self):
        pass
class CMakeDeps:
    def __init__(self, conanfile):
        pass
    def generate(self):
        pass
class CMake:
    pass
def cmake_layout(conanfile):
    pass
PY
cat > "$work/conan/conan/tools/files.py" <<'PY'
def load(conanfile, path):
    return open(path).read()
def copy(*args, **kwargs):
    pass
def rmdir(*args, **kwargs):
    pass
PY
(cd "$src" && git ls-files CMakeLists.txt cmake include) > "$work/install_inputs"
PYTHONPATH=$work/conan python3 - "$src" "$version" "$expected_options" "$work/install_inputs" <<'PY'
import fnmatch, importlib.util, sys
src, version, expected, inputs = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("conanfile", f"{src}/conanfile.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
from conan.tools.cmake import CMakeToolchain

recipe = module.OpenaiCppConan()
recipe.recipe_folder = src
recipe.set_version()
assert recipe.version == version, (recipe.version, version)
assert recipe.package_type == "header-library"

recipe.generate()
options = sorted(f"{k}={'ON' if v else 'OFF'}" for k, v in CMakeToolchain.last.cache_variables.items())
assert options == expected.split("\n"), (options, expected)

# Every file the CMake install reads is exported with the recipe.
for path in open(inputs).read().split():
    assert any(fnmatch.fnmatch(path, p) for p in recipe.exports_sources), f"{path} is not exported"

class CppInfo:
    def __init__(self):
        self.properties = {}
    def set_property(self, name, value):
        self.properties[name] = value
class Settings:
    os = "Linux"
recipe.cpp_info, recipe.settings = CppInfo(), Settings()
recipe.package_info()
props = recipe.cpp_info.properties
assert props == {"cmake_file_name": "openai", "cmake_target_name": "openai::openai",
                 "pkg_config_name": "openai"}, props
assert {"boost::json", "openssl::ssl"} <= set(recipe.cpp_info.requires)
PY
echo "recipes (vcpkg port, conanfile.py) agree with the CMake install, version $version: ok"
