# Overlay port building this repository's own tree:
#   vcpkg install openai-cpp --overlay-ports=<repository>/ports
# A registry port would take SOURCE_PATH from vcpkg_from_github(... REF v${VERSION} ...) instead.
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")

# Header-only: one configuration is enough, and vcpkg's Boost provides Boost::json, so nothing
# is compiled.
set(VCPKG_BUILD_TYPE release)

# The same CMake install that tests/packaging/consume.sh exercises, with the same options.
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DOPENAI_BUILD_TESTS=OFF
        -DOPENAI_BUILD_EXAMPLES=OFF
        -DOPENAI_BUILD_BENCHMARKS=OFF
        -DOPENAI_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME openai CONFIG_PATH lib/cmake/openai)
vcpkg_fixup_pkgconfig()

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
if(EXISTS "${SOURCE_PATH}/LICENSE")
    vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
else()
    # The project has not published a license file yet.
    file(WRITE "${CURRENT_PACKAGES_DIR}/share/${PORT}/copyright" "No license file has been published yet.\n")
endif()
