# The tree-sitter core and the grammars of the Python and JavaScript/TypeScript analyzers, compiled
# from the npm packages pinned in package.json / package-lock.json (scripts/setup.sh installs them
# with `npm ci --ignore-scripts`). Nothing is vendored: the sources stay in node_modules/.
# ../shared/DEPENDENCIES.md: the 0.25 core (ABI 13-15); tree-sitter-javascript 0.23.1 (0.25.0 turns
# JSX `class`/`for` attributes into errors); TypeScript's two grammars share ../../common/scanner.h,
# so the package's layout is kept.
set(FAASLINT_NODE_MODULES ${CMAKE_SOURCE_DIR}/node_modules)
set(ts_core ${FAASLINT_NODE_MODULES}/tree-sitter/vendor/tree-sitter/lib)
if(NOT EXISTS ${ts_core}/src/lib.c)
  message(FATAL_ERROR "tree-sitter sources are missing from ${FAASLINT_NODE_MODULES}: run scripts/setup.sh "
                      "(npm ci --ignore-scripts --legacy-peer-deps --omit=dev)")
endif()

add_library(faaslint_tree_sitter STATIC ${ts_core}/src/lib.c)
target_include_directories(faaslint_tree_sitter SYSTEM PUBLIC ${ts_core}/include PRIVATE ${ts_core}/src)
target_compile_definitions(faaslint_tree_sitter PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
target_compile_options(faaslint_tree_sitter PRIVATE -w)
set_target_properties(faaslint_tree_sitter PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)

# faaslint_grammar(NAME DIR): DIR holds src/parser.c and maybe src/scanner.c.
function(faaslint_grammar name dir)
  set(srcs ${dir}/src/parser.c)
  if(EXISTS ${dir}/src/scanner.c)
    list(APPEND srcs ${dir}/src/scanner.c)
  endif()
  if(NOT EXISTS ${dir}/src/parser.c)
    message(FATAL_ERROR "${dir}/src/parser.c is missing: run scripts/setup.sh")
  endif()
  add_library(faaslint_grammar_${name} STATIC ${srcs})
  target_include_directories(faaslint_grammar_${name} PRIVATE ${dir}/src)
  target_compile_options(faaslint_grammar_${name} PRIVATE -w)
  set_target_properties(faaslint_grammar_${name} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(faaslint_grammar_${name} PUBLIC faaslint_tree_sitter)
endfunction()
faaslint_grammar(python ${FAASLINT_NODE_MODULES}/tree-sitter-python)
faaslint_grammar(javascript ${FAASLINT_NODE_MODULES}/tree-sitter-javascript)
faaslint_grammar(typescript ${FAASLINT_NODE_MODULES}/tree-sitter-typescript/typescript)
faaslint_grammar(tsx ${FAASLINT_NODE_MODULES}/tree-sitter-typescript/tsx)
set(FAASLINT_GRAMMARS faaslint_grammar_python faaslint_grammar_javascript faaslint_grammar_typescript faaslint_grammar_tsx)

# The grammars' package versions, for the result cache key of the tree-sitter analyzers.
set(FAASLINT_TREE_SITTER_ID "")
foreach(pkg tree-sitter tree-sitter-python tree-sitter-javascript tree-sitter-typescript)
  file(READ ${FAASLINT_NODE_MODULES}/${pkg}/package.json pj)
  string(JSON v GET "${pj}" version)
  string(APPEND FAASLINT_TREE_SITTER_ID "${pkg}@${v};")
endforeach()
