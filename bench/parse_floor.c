/* The speed floor of faaslint's Python and JavaScript analysis: tree-sitter's parse alone, with
 * the same grammars and core that faaslint links (build/libfaaslint_grammar_*.a), no analysis.
 * bench/scripts.sh builds it and runs it next to faaslint on the same files.
 * Usage: parse_floor python|javascript FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);

int main(int argc, char **argv) {
  if (argc < 2 || (strcmp(argv[1], "python") != 0 && strcmp(argv[1], "javascript") != 0)) {
    fprintf(stderr, "usage: parse_floor python|javascript FILE...\n");
    return 2;
  }
  const TSLanguage *language = strcmp(argv[1], "python") == 0 ? tree_sitter_python() : tree_sitter_javascript();
  unsigned long nodes = 0;
  for (int i = 2; i < argc; ++i) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      perror(argv[i]);
      return 2;
    }
    fseek(f, 0, SEEK_END);
    const long size = ftell(f);
    rewind(f);
    char *text = malloc(size > 0 ? (size_t)size : 1);
    const size_t got = fread(text, 1, (size_t)size, f);
    fclose(f);
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, language);
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)got);
    nodes += ts_node_descendant_count(ts_tree_root_node(tree));
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    free(text);
  }
  printf("%lu nodes\n", nodes);
  return 0;
}
