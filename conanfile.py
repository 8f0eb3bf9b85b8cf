"""Conan 2 recipe of the OpenAI C++ SDK, a header-only library.

    conan create . --build=missing

It builds on the same CMake install that tests/packaging/consume.sh exercises, with the same
options; consumers get find_package(openai) / openai::openai and the pkg-config module openai.
"""
import os
import re

from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir


class OpenaiCppConan(ConanFile):
    name = "openai-cpp"
    description = ("Header-only C++20 client for the OpenAI API and OpenAI-compatible servers, "
                   "on Boost.Asio, Boost.Beast and Boost.JSON")
    topics = ("openai", "llm", "asio", "beast", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "CMakeLists.txt", "cmake/*", "include/*", "LICENSE*"
    no_copy_source = True

    # The same options as tests/packaging/consume.sh and ports/openai-cpp/portfile.cmake.
    cmake_options = {
        "OPENAI_BUILD_TESTS": False,
        "OPENAI_BUILD_EXAMPLES": False,
        "OPENAI_BUILD_BENCHMARKS": False,
        "OPENAI_INSTALL": True,
    }

    def set_version(self):
        # One version, in include/openai/detail/config.hpp.
        config = load(self, os.path.join(self.recipe_folder, "include", "openai", "detail", "config.hpp"))
        self.version = re.search(r'#define OPENAI_VERSION_STRING "([^"]+)"', config).group(1)

    def requirements(self):
        # Public headers include Boost and OpenSSL headers; Boost.JSON's compiled library is linked.
        self.requires("boost/[>=1.81.0]", transitive_headers=True)
        self.requires("openssl/[>=1.1.1 <4]", transitive_headers=True)

    def layout(self):
        cmake_layout(self)

    def generate(self):
        toolchain = CMakeToolchain(self)
        for name, value in self.cmake_options.items():
            toolchain.cache_variables[name] = value
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()

    def package(self):
        CMake(self).install()
        copy(self, "LICENSE*", self.source_folder, os.path.join(self.package_folder, "licenses"))
        # Conan generates the consumers' CMake and pkg-config files from package_info().
        rmdir(self, os.path.join(self.package_folder, "lib"))

    def package_id(self):
        self.info.clear()

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "openai")
        self.cpp_info.set_property("cmake_target_name", "openai::openai")
        self.cpp_info.set_property("pkg_config_name", "openai")
        self.cpp_info.requires = ["boost::headers", "boost::json", "openssl::ssl", "openssl::crypto"]
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["pthread"]
