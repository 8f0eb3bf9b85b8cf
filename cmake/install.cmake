# Install rules: headers, the exported target openai::openai, a CMake package config with a
# version file, and a pkg-config file. Included by the top-level CMakeLists.txt when OPENAI_INSTALL.
include(CMakePackageConfigHelpers)

set(OPENAI_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/openai CACHE STRING
    "Where to install openaiConfig.cmake, relative to the prefix")

install(DIRECTORY include/openai DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(openai_install_targets openai)
if(OPENAI_BOOST_JSON_TARGET STREQUAL "openai_boost_json")
  # Boost.JSON's compiled part, built here because this Boost has no Boost::json library.
  list(APPEND openai_install_targets openai_boost_json)
  set(OPENAI_CONFIG_BOOST_JSON_PACKAGE OFF)
  set(OPENAI_PC_BOOST_JSON_LIB "-lopenai_boost_json")
else()
  set(OPENAI_CONFIG_BOOST_JSON_PACKAGE ON)
  set(OPENAI_PC_BOOST_JSON_LIB "-lboost_json")
endif()

install(TARGETS ${openai_install_targets} EXPORT openaiTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT openaiTargets NAMESPACE openai:: DESTINATION ${OPENAI_INSTALL_CMAKEDIR})

configure_package_config_file(cmake/openaiConfig.cmake.in ${PROJECT_BINARY_DIR}/openaiConfig.cmake
                              INSTALL_DESTINATION ${OPENAI_INSTALL_CMAKEDIR})
# 0.x: a new minor version may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/openaiConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/openaiConfig.cmake ${PROJECT_BINARY_DIR}/openaiConfigVersion.cmake
        DESTINATION ${OPENAI_INSTALL_CMAKEDIR})

# pkg-config: paths relative to the .pc file, so `cmake --install --prefix P` anywhere works.
set(OPENAI_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${OPENAI_PC_DIR}")
  set(OPENAI_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH openai_pc_up "/prefix/${OPENAI_PC_DIR}" "/prefix")
  string(REGEX REPLACE "/$" "" openai_pc_up "${openai_pc_up}")
  set(OPENAI_PC_PREFIX "\${pcfiledir}/${openai_pc_up}")
endif()
# Boost has no pkg-config file: name its include directory unless the compiler searches it anyway
# (an explicit -I/usr/include breaks #include_next in the standard library).
set(OPENAI_PC_BOOST_CFLAGS "")
if(Boost_INCLUDE_DIRS AND NOT Boost_INCLUDE_DIRS IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
  set(OPENAI_PC_BOOST_CFLAGS "-I${Boost_INCLUDE_DIRS}")
endif()
configure_file(cmake/openai.pc.in ${PROJECT_BINARY_DIR}/openai.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/openai.pc DESTINATION ${OPENAI_PC_DIR})
