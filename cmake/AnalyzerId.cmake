# faaslint_analyzer_id(OUT SEED FILE...): a 16-hex-digit id from SEED (parser versions) and the
# contents of FILE..., for the result cache key of an analyzer: the cache misses whenever the
# analyzer could answer differently, without a number someone has to remember to bump. CMake
# re-runs when one of the files changes.
function(faaslint_analyzer_id out seed)
  set(id "${seed}")
  foreach(f IN LISTS ARGN)
    file(SHA256 ${f} h)
    string(APPEND id ${h})
  endforeach()
  string(SHA256 id "${id}")
  string(SUBSTRING ${id} 0 16 id)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARGN})
  set(${out} ${id} PARENT_SCOPE)
endfunction()
