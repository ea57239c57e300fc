# SCRIPTORCH_FUZZ: every tests/fuzz/fuzz_*.cpp (defining LLVMFuzzerTestOneInput) becomes a libFuzzer
# program with ASan+UBSan, and a ctest test (label "fuzz") runs it for SCRIPTORCH_FUZZ_SECONDS.
# Seeds: tests/fuzz/corpus/<fuzzer>/ when it exists, plus every fixture PyTorch wrote. A crash,
# a sanitizer report or a hang (SCRIPTORCH_FUZZ_TIMEOUT seconds on one input) fails the test;
# the input that did it is left in <build>/tests/fuzz/artifacts/.
set(SCRIPTORCH_FUZZ_SECONDS 60 CACHE STRING "How long ctest runs each fuzzer (seconds)")
set(SCRIPTORCH_FUZZ_TIMEOUT 10 CACHE STRING "Seconds one fuzz input may take before it counts as a hang")

file(GLOB SCRIPTORCH_FUZZERS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
add_custom_target(scriptorch_fuzzers)
foreach(source IN LISTS SCRIPTORCH_FUZZERS)
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE scriptorch_test_support)
  target_compile_options(${name} PRIVATE -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
                         -fno-omit-frame-pointer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  add_dependencies(scriptorch_fuzzers ${name})
  add_test(NAME fuzz-${name}
    COMMAND ${CMAKE_COMMAND}
      -DFUZZER=$<TARGET_FILE:${name}>
      -DNAME=${name}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/fuzz
      -DSEED_DIRS=${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name}|${SCRIPTORCH_FIXTURE_DIR}
      -DSECONDS=${SCRIPTORCH_FUZZ_SECONDS}
      -DTIMEOUT=${SCRIPTORCH_FUZZ_TIMEOUT}
      -P ${PROJECT_SOURCE_DIR}/cmake/run_fuzzer.cmake)
  set_tests_properties(fuzz-${name} PROPERTIES LABELS fuzz FIXTURES_REQUIRED torch_fixtures
                       ENVIRONMENT "${SCRIPTORCH_TEST_ENVIRONMENT}")
endforeach()
