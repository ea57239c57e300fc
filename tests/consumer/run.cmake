# Builds and runs tests/consumer from scratch, as an outside project would (ctest runs this script).
#   cmake -DMODE=package|subdirectory -DSCRIPTORCH_SOURCE_DIR=... -DSCRIPTORCH_BINARY_DIR=...
#         -DWORK_DIR=... -DCXX_COMPILER=... -DGENERATOR=... -P run.cmake
# package: installs scriptorch from SCRIPTORCH_BINARY_DIR into WORK_DIR/prefix, then find_package.
# subdirectory: add_subdirectory of the checkout.
foreach(var MODE SCRIPTORCH_SOURCE_DIR SCRIPTORCH_BINARY_DIR WORK_DIR CXX_COMPILER GENERATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run.cmake needs -D${var}=...")
  endif()
endforeach()

function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer (${MODE}): ${what} failed (${rc})")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(args -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_BUILD_TYPE=Release
    "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Werror"
    -DSCRIPTORCH_CONSUMER_MODE=${MODE}
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
if(MODE STREQUAL "package")
  run_step("cmake --install" ${CMAKE_COMMAND} --install ${SCRIPTORCH_BINARY_DIR} --prefix ${WORK_DIR}/prefix)
  list(APPEND args -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
else()
  list(APPEND args -DSCRIPTORCH_SOURCE_DIR=${SCRIPTORCH_SOURCE_DIR})
endif()
run_step("configure" ${CMAKE_COMMAND} ${args})
run_step("build" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run_step("run" ${WORK_DIR}/build/consumer)
