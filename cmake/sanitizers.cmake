# Sanitizer builds (issue 8): -DHGW_SANITIZE=address,undefined or -DHGW_SANITIZE=thread
# compiles and links every target of the project with those sanitizers, so the
# whole ctest suite (and the hgw-dashboard the tests spawn) runs instrumented.
# tests/sanitizers.sh configures a build folder this way and runs ctest with the
# matching *SAN_OPTIONS.
#
# Included before any add_subdirectory(): add_compile_options only reaches the
# targets created after it.

set(HGW_SANITIZE "" CACHE STRING
    "Sanitizers for every target: address,undefined | address | undefined | thread (empty: none)")
set_property(CACHE HGW_SANITIZE PROPERTY STRINGS "" "address,undefined" "address" "undefined"
                                                 "thread")

if(HGW_SANITIZE)
  string(REPLACE "," ";" hgw_sanitizer_list "${HGW_SANITIZE}")
  foreach(sanitizer IN LISTS hgw_sanitizer_list)
    if(NOT sanitizer MATCHES "^(address|undefined|thread)$")
      message(FATAL_ERROR "HGW_SANITIZE: unknown sanitizer '${sanitizer}' "
                          "(use address,undefined or thread)")
    endif()
  endforeach()
  if("thread" IN_LIST hgw_sanitizer_list AND "address" IN_LIST hgw_sanitizer_list)
    message(FATAL_ERROR "HGW_SANITIZE: thread cannot be combined with address; build twice")
  endif()

  # Frame pointers give whole stacks in every report at little cost.
  set(hgw_sanitizer_flags -fsanitize=${HGW_SANITIZE} -fno-omit-frame-pointer)
  if("undefined" IN_LIST hgw_sanitizer_list)
    # UBSan only prints and goes on by default; a report must fail the test.
    list(APPEND hgw_sanitizer_flags -fno-sanitize-recover=all)
  endif()
  add_compile_options(${hgw_sanitizer_flags})
  add_link_options(${hgw_sanitizer_flags})
  message(STATUS "Sanitizers: ${HGW_SANITIZE}")
endif()

# Fuzzing (fuzz/, issue 8): -DHGW_FUZZ=ON with clang builds the libFuzzer targets.
# Every library they link is instrumented for coverage (fuzzer-no-link) and built
# with ASan + UBSan, so a bug deep in core is found, not only one in the harness.
option(HGW_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(HGW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HGW_FUZZ needs clang (libFuzzer): CC=clang CXX=clang++ cmake ...")
  endif()
  if(HGW_SANITIZE)
    message(FATAL_ERROR "HGW_FUZZ brings its own sanitizers; leave HGW_SANITIZE empty")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
