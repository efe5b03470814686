# check-layers.cmake: every quoted include under engine/ and sandbox/ names a header by its
# layer path ("<layer>/<file>.h", no bare names, no "..") of a layer the including file's
# layer may include (engine/layers.cmake). The per-target include roots already make an upward
# include in a .c file fail to compile; this also covers headers no lower .c includes.
# Run: cmake -DWORKSIM_SOURCE=<repo> -P scripts/check-layers.cmake (ctest: layer_includes).
cmake_minimum_required(VERSION 3.20)
set(PROJECT_SOURCE_DIR ${WORKSIM_SOURCE})
include(${WORKSIM_SOURCE}/engine/layers.cmake)

set(problems 0)
foreach(layer ${WORKSIM_LAYERS})
  file(GLOB_RECURSE files ${WORKSIM_LAYER_DIR_${layer}}/*.c ${WORKSIM_LAYER_DIR_${layer}}/*.h)
  foreach(file ${files})
    file(RELATIVE_PATH rel ${WORKSIM_SOURCE} ${file})
    set(allowed ${WORKSIM_LAYER_MAY_${layer}})
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line ${lines})
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" inc "${line}")
      string(REGEX MATCH "^[^/]*" top "${inc}")
      if(NOT inc MATCHES "/" OR inc MATCHES "\\.\\.")
        message("${rel}: #include \"${inc}\": name headers by their layer path (\"<layer>/<file>.h\")")
        math(EXPR problems "${problems} + 1")
      elseif(NOT top IN_LIST allowed)
        message("${rel}: #include \"${inc}\": layer ${layer} may include only: ${allowed}")
        math(EXPR problems "${problems} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()
if(problems GREATER 0)
  message(FATAL_ERROR "${problems} include(s) break the layer table (engine/layers.cmake)")
endif()
message(STATUS "layer includes: ok")
