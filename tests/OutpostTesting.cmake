# outpost_add_test(NAME source.cpp LABELS l1 [l2] [LIBRARIES lib…]): a Qt Test executable registered with CTest.
function(outpost_add_test name source)
  cmake_parse_arguments(arg "" "" "LABELS;LIBRARIES" ${ARGN})
  qt_add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE outpost_core Qt6::Test ${arg_LIBRARIES})
  target_compile_definitions(${name} PRIVATE OUTPOST_SOURCE_DIR="${CMAKE_SOURCE_DIR}" OUTPOST_VERSION="${PROJECT_VERSION}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OUTPOST_LOG_LEVEL=debug")
endfunction()
