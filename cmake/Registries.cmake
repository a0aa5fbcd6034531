# The registries (rules/Rules.def, analyzer/formats/Formats.def, analyzer/languages/Languages.def)
# are the one list of their entries. From each, CMake derives the sources to build and a header
# that includes every entry's class, so no second list can drift from it.
#
# faaslint_registry(DEF MACRO PATH_TEMPLATE OUT_HEADER OUT_SOURCES)
#   DEF           the .def file
#   MACRO         the X-macro whose entries to read (FAASLINT_RULE, FAASLINT_FORMAT, ...)
#   PATH_TEMPLATE where an entry's class lives, relative to the source tree, with <1>, <2>, ...
#                 standing for the entry's arguments (e.g. "rules/<4>/<2>")
#   OUT_HEADER    the generated header that includes <PATH>.h of every entry
#   OUT_SOURCES   the variable that receives <PATH>.cpp of every entry (and the other .cpp files
#                 of its folder when the template names a folder per entry)
function(faaslint_registry def macro template out_header out_sources)
  file(STRINGS ${def} lines REGEX "^${macro}\\(")
  set(includes "// Generated from ${def} by cmake/Registries.cmake. Do not edit.\n#pragma once\n")
  set(sources "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^${macro}\\(([^)]*)\\).*$" "\\1" args "${line}")
    # Arguments up to the first quoted one never hold commas.
    string(REPLACE "," ";" parts "${args}")
    set(path "${template}")
    set(i 1)
    foreach(part IN LISTS parts)
      string(STRIP "${part}" part)
      string(REPLACE "<${i}>" "${part}" path "${path}")
      math(EXPR i "${i} + 1")
      if(i GREATER 9)
        break()
      endif()
    endforeach()
    if(NOT EXISTS ${CMAKE_SOURCE_DIR}/${path}.cpp)
      message(FATAL_ERROR "${def}: ${line}\n  needs ${path}.cpp (and .h)")
    endif()
    string(APPEND includes "#include \"${path}.h\"\n")
    list(APPEND sources ${CMAKE_SOURCE_DIR}/${path}.cpp)
  endforeach()
  file(CONFIGURE OUTPUT ${out_header} CONTENT "${includes}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${def})
  set(${out_sources} ${sources} PARENT_SCOPE)
endfunction()
