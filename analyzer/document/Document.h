#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/SourceManager.h"

namespace faaslint::document {

enum class NodeKind { Null, Scalar, Map, Sequence };

/// How a scalar was written: `900` (Plain) and `"900"` (Quoted) differ; JSON strings are
/// Quoted, JSON numbers and literals Plain.
enum class ScalarStyle { Plain, Quoted, Block };

/// One node of a position-carrying syntax tree, the same for YAML and JSON. Nodes are owned by
/// their Document; YAML aliases point at the anchored node (a tree may share subtrees).
struct Node {
  NodeKind kind = NodeKind::Null;
  ScalarStyle style = ScalarStyle::Plain;
  std::string tag;  ///< YAML tag as written ("!Ref", "!GetAtt"); empty when none
  std::string text;  ///< scalar value (decoded); empty for collections
  core::Range range;
  std::vector<std::pair<const Node*, const Node*>> entries;  ///< Map: key, value in order
  std::vector<const Node*> items;  ///< Sequence

  bool isMap() const { return kind == NodeKind::Map; }
  bool isSeq() const { return kind == NodeKind::Sequence; }
  bool isScalar() const { return kind == NodeKind::Scalar; }
  bool isNull() const { return kind == NodeKind::Null; }
  /// The value of the first entry whose key is `key`, or nullptr.
  const Node* get(std::string_view key) const;
  /// The key node of the first entry whose key is `key`, or nullptr.
  const Node* keyNode(std::string_view key) const;
  /// The node at a path of map keys, or nullptr.
  const Node* at(std::initializer_list<std::string_view> keys) const;
};

/// A parse problem at a place in the file.
struct ParseError {
  std::string message;
  core::Range range;
};

/// A key written twice in one mapping. The mapping keeps one entry, with the later key and its
/// value (what JSON parsers and most YAML readers use); `first` is where the earlier one was.
struct DuplicateKey {
  std::string key;
  core::Range first, second;
};

/// Bounds that keep hostile input cheap: nesting depth and total nodes (alias expansion counts).
struct ParseLimits {
  unsigned maxDepth = 200;
  std::size_t maxNodes = 2'000'000;
};

/// A parsed file: zero or more root nodes (YAML may hold several documents) and the errors.
/// When errors is non-empty the roots may be partial or empty.
class Document {
 public:
  explicit Document(core::FileId file) : file_(file) {}
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  core::FileId file() const { return file_; }
  const std::vector<const Node*>& roots() const { return roots_; }
  const Node* root() const { return roots_.empty() ? nullptr : roots_.front(); }
  const std::vector<ParseError>& errors() const { return errors_; }
  const std::vector<DuplicateKey>& duplicateKeys() const { return duplicates_; }

  // Builder interface for the parsers.
  Node& newNode() { return arena_.emplace_back(); }
  void addRoot(const Node* n) { roots_.push_back(n); }
  void addError(std::string message, core::Range r) { errors_.push_back({std::move(message), r}); }
  /// Adds a key and value to a mapping; a scalar key already there is replaced (and recorded).
  void addEntry(Node& map, const Node* key, const Node* value);

 private:
  core::FileId file_;
  std::deque<Node> arena_;
  std::vector<const Node*> roots_;
  std::vector<ParseError> errors_;
  std::vector<DuplicateKey> duplicates_;
  /// Key positions of large mappings, so adding a key stays cheap on hostile input.
  std::unordered_map<const Node*, std::unordered_map<std::string, std::size_t>> keyIndex_;
};

/// Parses YAML (all documents in the stream) keeping tags and ranges.
Document parseYaml(core::FileId file, std::string_view text, const ParseLimits& limits = {});
/// Parses JSON keeping the range of every key and value.
Document parseJson(core::FileId file, std::string_view text, const ParseLimits& limits = {});

}  // namespace faaslint::document
