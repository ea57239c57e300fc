# Runs one libFuzzer program for a bounded time (ctest's fuzz-<name> tests call this).
#   cmake -DFUZZER=path -DNAME=name -DWORK_DIR=dir -DSEED_DIRS="a|b" -DSECONDS=60 -DTIMEOUT=10 -P run_fuzzer.cmake
# The fuzzer grows its corpus in WORK_DIR/corpus/NAME (kept between runs); seed folders that do not
# exist are skipped. Exit status other than 0 (crash, sanitizer report, hang) fails the test.
set(corpus ${WORK_DIR}/corpus/${NAME})
set(artifacts ${WORK_DIR}/artifacts)
file(MAKE_DIRECTORY ${corpus} ${artifacts})
string(REPLACE "|" ";" seed_list "${SEED_DIRS}")
set(seeds)
foreach(dir IN LISTS seed_list)
  if(IS_DIRECTORY ${dir})
    list(APPEND seeds ${dir})
  endif()
endforeach()
message(STATUS "fuzzing ${NAME} for ${SECONDS}s; seeds: ${seeds}")
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=${TIMEOUT} -print_final_stats=1
          -artifact_prefix=${artifacts}/${NAME}- ${corpus} ${seeds}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NAME} failed (exit ${rc}); the input that did it is in ${artifacts}/")
endif()
message(STATUS "${NAME}: no crash in ${SECONDS}s")
