#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <tree_sitter/api.h>

/// A thin layer over the tree-sitter C API for the Python and JavaScript/TypeScript analyzers:
/// owning handles for parsers, trees and queries, and a query runner that evaluates the text
/// predicates the C core leaves to its caller (`#eq?`, `#not-eq?`, `#match?`, `#not-match?`,
/// `#any-of?`). tree-sitter types do not leave analyzer/languages/.
namespace faaslint::languages::ts {

/// The text of a node ("" for a null node, such as an absent field).
inline std::string_view text(TSNode n, std::string_view source) {
  if (ts_node_is_null(n)) return {};
  const std::uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  return b <= e && e <= source.size() ? source.substr(b, e - b) : std::string_view();
}
/// The node's type name ("call", "identifier").
inline std::string_view type(TSNode n) { return ts_node_is_null(n) ? std::string_view() : ts_node_type(n); }
/// The id of field `name` in `language` (0 when it has none). The C API finds it by comparing
/// every field name; the analyzers ask for the same few names on every node, so each thread
/// remembers the ids it has looked up, keyed by the name's address (the callers pass literals).
TSFieldId fieldId(const TSLanguage* language, std::string_view name);
/// A named field of a node (null node when absent).
inline TSNode field(TSNode n, std::string_view name) {
  if (ts_node_is_null(n)) return TSNode{};
  const TSFieldId id = fieldId(ts_tree_language(n.tree), name);
  return id == 0 ? TSNode{} : ts_node_child_by_field_id(n, id);
}

/// A parsed file. The tree is kept only while the file is analysed (it is ~23× the source).
class Tree {
 public:
  Tree() = default;
  explicit Tree(TSTree* t) : tree_(t, &ts_tree_delete) {}
  TSNode root() const { return ts_tree_root_node(tree_.get()); }
  explicit operator bool() const { return tree_ != nullptr; }

 private:
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree_{nullptr, &ts_tree_delete};
};

/// Parses `text` with `language`, giving up after `budgetMicros` of parsing (0: no limit); a
/// null tree when it gave up.
Tree parse(const TSLanguage* language, std::string_view text, std::uint64_t budgetMicros);

/// A compiled query with its predicates read once.
class Query {
 public:
  /// One capture of a match.
  struct Capture {
    std::string_view name;
    TSNode node;
  };
  /// One match: the pattern's index in the query file and its captures.
  struct Match {
    std::uint32_t pattern = 0;
    std::vector<Capture> captures;
    /// The first node captured under `name`, or a null node.
    TSNode get(std::string_view name) const;
    /// Every node captured under `name`, in order.
    std::vector<TSNode> all(std::string_view name) const;
  };

  /// Compiles `source` (a .scm file's text); on failure `error` says where.
  static std::unique_ptr<Query> compile(const TSLanguage* language, std::string_view source, std::string& error);
  ~Query();

  /// Runs the query over `root`, calling `visit` for each match whose predicates hold on `text`.
  void run(TSNode root, std::string_view text, const std::function<void(const Match&)>& visit) const;

 private:
  struct Predicate {
    enum class Kind { Eq, NotEq, Match, NotMatch, AnyOf } kind;
    std::uint32_t capture = 0;
    std::vector<std::string> values;  ///< literal operands (eq?: one, any-of?: many)
    std::int64_t otherCapture = -1;  ///< eq? against another capture
    std::shared_ptr<re2::RE2> regex;
  };
  Query() = default;
  bool holds(const TSQueryMatch& m, std::string_view text) const;

  TSQuery* query_ = nullptr;
  std::vector<std::string> captureNames_;
  std::vector<std::vector<Predicate>> predicates_;  ///< per pattern
};

}  // namespace faaslint::languages::ts
