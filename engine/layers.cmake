# layers.cmake: the engine's layers (DESIGN §10) and what each may include, in one table that
# both the build and the include check (scripts/check-layers.cmake) read.
#
# Every header is included by its layer path, "<layer>/<file>.h" ("base/util.h",
# "sandbox/ns/ns.h"), never bare or through "..". Each target compiles against its own include
# root, build/layers/<target>/, which holds one symlink per layer it may include and nothing
# else: an include of a higher layer is "No such file or directory" at compile time.

# Layer name -> source folder.
set(WORKSIM_LAYER_DIR_base     ${PROJECT_SOURCE_DIR}/engine/base)
set(WORKSIM_LAYER_DIR_store    ${PROJECT_SOURCE_DIR}/engine/store)
set(WORKSIM_LAYER_DIR_sandbox  ${PROJECT_SOURCE_DIR}/sandbox)
set(WORKSIM_LAYER_DIR_scenario ${PROJECT_SOURCE_DIR}/engine/scenario)
set(WORKSIM_LAYER_DIR_llm      ${PROJECT_SOURCE_DIR}/engine/llm)
set(WORKSIM_LAYER_DIR_core     ${PROJECT_SOURCE_DIR}/engine/core)
set(WORKSIM_LAYER_DIR_host     ${PROJECT_SOURCE_DIR}/engine/host)
set(WORKSIM_LAYER_DIR_headless ${PROJECT_SOURCE_DIR}/engine/headless)
set(WORKSIM_LAYER_DIR_report   ${PROJECT_SOURCE_DIR}/engine/report)
set(WORKSIM_LAYER_DIR_ui       ${PROJECT_SOURCE_DIR}/engine/ui)
set(WORKSIM_LAYER_DIR_cli      ${PROJECT_SOURCE_DIR}/engine/cli)
set(WORKSIM_LAYERS base store sandbox scenario llm core host headless report ui cli)

# Layer -> the layers its files may include (its own included). Lower layers first.
set(WORKSIM_LAYER_MAY_base     base)
set(WORKSIM_LAYER_MAY_store    base store)
set(WORKSIM_LAYER_MAY_sandbox  base sandbox)
set(WORKSIM_LAYER_MAY_scenario base scenario)
# The colleague backends read the run only through ColleagueContext (llm/colleague.h) and
# the scenario's data (scenario/scenario.h): never the core.
set(WORKSIM_LAYER_MAY_llm      base scenario llm)
# The core reaches the scenario host only through the RunHooks table it defines (core/run_hooks.h).
set(WORKSIM_LAYER_MAY_core     base store sandbox llm scenario core)
set(WORKSIM_LAYER_MAY_host     base store sandbox llm scenario core host)
set(WORKSIM_LAYER_MAY_headless base store sandbox llm scenario core host headless)
set(WORKSIM_LAYER_MAY_report   base store sandbox llm scenario core report)
set(WORKSIM_LAYER_MAY_ui       base store sandbox llm scenario core ui)
set(WORKSIM_LAYER_MAY_cli      base store sandbox llm scenario core host headless report ui cli)

# Makes build/layers/<target>/ hold exactly the symlinks of the given layers and puts it on
# target's include path (PRIVATE: a layer's root never leaks to the targets that link it).
function(worksim_layer_root target)
  set(root ${CMAKE_BINARY_DIR}/layers/${target})
  file(MAKE_DIRECTORY ${root})
  file(GLOB old LIST_DIRECTORIES true ${root}/*)
  foreach(entry ${old})
    if(IS_SYMLINK ${entry})
      file(REMOVE ${entry})   # removes the link itself, never what it points to
    endif()
  endforeach()
  foreach(layer ${ARGN})
    file(CREATE_LINK ${WORKSIM_LAYER_DIR_${layer}} ${root}/${layer} SYMBOLIC)
  endforeach()
  target_include_directories(${target} PRIVATE ${root})
endfunction()
