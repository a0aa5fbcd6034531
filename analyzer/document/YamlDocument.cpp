// The only user of yaml-cpp. Builds document::Node trees from yaml-cpp's event stream so we
// keep tags, byte ranges and anchors ourselves, and can bound depth and alias expansion.
#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <sstream>
#include <unordered_map>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "document/Document.h"

namespace faaslint::document {
namespace {

/// Stops the parse with a located reason: a limit, or a syntax error yaml-cpp lets through.
struct LimitExceeded {
  std::string message;
  int pos;
};

bool isSpace(char c) { return c == ' ' || c == '\t'; }

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(Document& doc, std::string_view text, const ParseLimits& limits) : doc_(doc), text_(text), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp reads a stray flow indicator (a file holding only ",") as an endless stream of
    // empty documents, each starting where the last one did: that is a syntax error here.
    if (documents_++ > 0 && mark.pos == lastDocument_) {
      const auto at = static_cast<std::size_t>(std::max(mark.pos, 0));
      throw LimitExceeded{at < text_.size() && std::isprint(static_cast<unsigned char>(text_[at]))
                              ? fmt::format("'{}' is not valid here", text_[at])
                              : std::string("the parser cannot go on from here"),
                          mark.pos};
    }
    lastDocument_ = mark.pos;
  }
  void OnDocumentEnd() override {
    if (root_) doc_.addRoot(root_);
    root_ = nullptr;
  }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& n = make(mark, "");
    n.kind = NodeKind::Null;
    std::uint32_t b = n.range.begin, e = b;
    for (std::string_view lit : {"null", "Null", "NULL", "~"})
      if (text_.substr(b).starts_with(lit)) e = b + static_cast<std::uint32_t>(lit.size());
    n.range.end = e;
    if (anchor) anchors_[anchor] = {&n, 1};
    add(n, 1, -1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) return;
    add(*it->second.first, it->second.second, mark.pos);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
    Node& n = make(mark, tag);
    n.kind = NodeKind::Scalar;
    n.text = value;
    scalarRange(n);
    if (anchor) anchors_[anchor] = {&n, 1};
    add(n, 1, -1);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override {
    Node& n = make(mark, tag);
    n.kind = NodeKind::Sequence;
    open(n, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(']'); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override {
    Node& n = make(mark, tag);
    n.kind = NodeKind::Map;
    open(n, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close('}'); }

 private:
  struct Frame {
    Node* node;
    YAML::anchor_t anchor;
    bool flow;
    const Node* pendingKey = nullptr;
    std::size_t size = 1;
  };

  Node& make(const YAML::Mark& mark, const std::string& tag) {
    Node& n = doc_.newNode();
    if (tag != "?" && tag != "!") n.tag = tag;
    if (tag == "!") n.style = ScalarStyle::Quoted;
    auto pos = static_cast<std::uint32_t>(mark.pos < 0 ? 0 : mark.pos);
    n.range = {doc_.file(), pos, pos};
    return n;
  }

  // yaml-cpp gives start marks only: find the end of a scalar in the source text.
  void scalarRange(Node& n) {
    // The range keeps a tag (`!Ref X` is one value) but not an anchor (`&a`).
    std::size_t p = n.range.begin;
    while (p < text_.size() && (text_[p] == '!' || text_[p] == '&')) {
      bool anchor = text_[p] == '&';
      while (p < text_.size() && !isSpace(text_[p]) && text_[p] != '\n') ++p;
      while (p < text_.size() && isSpace(text_[p])) ++p;
      if (anchor) n.range.begin = static_cast<std::uint32_t>(p);
    }
    std::size_t e = 0;
    if (p < text_.size() && (text_[p] == '"' || text_[p] == '\'')) {
      char q = text_[p];
      n.style = ScalarStyle::Quoted;
      for (e = p + 1; e < text_.size(); ++e) {
        if (q == '"' && text_[e] == '\\') {
          ++e;
          continue;
        }
        if (text_[e] == q) {
          if (q == '\'' && e + 1 < text_.size() && text_[e + 1] == '\'') {
            ++e;
            continue;
          }
          ++e;
          break;
        }
      }
      // yaml-cpp accepts a quoted scalar that runs to the end of the file; nobody means that.
      if (e >= text_.size() && (text_.size() <= p + 1 || text_.back() != q || text_.size() - 1 == p))
        throw LimitExceeded{fmt::format("the {} string that starts here is never closed", q == '"' ? "double-quoted" : "single-quoted"),
                            static_cast<int>(p)};
    } else if (p < text_.size() && (text_[p] == '|' || text_[p] == '>')) {
      n.style = ScalarStyle::Block;
      e = text_.find('\n', p);
      if (e == std::string_view::npos) e = text_.size();
    } else if (text_.substr(p).starts_with(n.text)) {
      e = p + n.text.size();
    } else {  // folded plain scalar or one with escapes: up to the end of the line
      e = text_.find('\n', p);
      if (e == std::string_view::npos) e = text_.size();
      std::size_t hash = text_.substr(p, e - p).find(" #");
      if (hash != std::string_view::npos) e = p + hash;
      while (e > p && isSpace(text_[e - 1])) --e;
    }
    n.range.end = static_cast<std::uint32_t>(std::min(e, text_.size()));
  }

  void open(Node& n, YAML::anchor_t anchor, bool flow) {
    if (stack_.size() >= limits_.maxDepth)
      throw LimitExceeded{fmt::format("nesting is deeper than {} levels", limits_.maxDepth), static_cast<int>(n.range.begin)};
    stack_.push_back({&n, anchor, flow});
  }

  void close(char bracket) {
    Frame f = stack_.back();
    stack_.pop_back();
    Node& n = *f.node;
    std::uint32_t end = n.range.begin;
    if (!n.entries.empty()) end = std::max(end, n.entries.back().second->range.end);
    if (!n.items.empty()) end = std::max(end, n.items.back()->range.end);
    if (f.flow) {  // include the closing bracket
      std::size_t p = text_.find(bracket, end);
      if (p != std::string_view::npos) end = static_cast<std::uint32_t>(p + 1);
    }
    n.range.end = end;
    if (f.anchor) anchors_[f.anchor] = {&n, f.size};
    add(n, f.size, -1);
  }

  // Attaches a finished node (or an alias to one) to its parent and counts the document's
  // expanded size: each node once, and an alias as the whole subtree it stands for (what a
  // reader walking the tree visits). `size` is the node's expanded subtree size.
  void add(const Node& n, std::size_t size, int aliasPos) {
    const bool alias = aliasPos >= 0;
    total_ = std::min(total_ + (alias ? size : 1), limits_.maxNodes + 1);
    if (total_ > limits_.maxNodes)
      throw LimitExceeded{alias ? fmt::format("aliases expand the document to more than {} nodes; it was not read", limits_.maxNodes)
                                : fmt::format("the document has more than {} nodes; it was not read", limits_.maxNodes),
                          alias ? aliasPos : static_cast<int>(n.range.begin)};
    if (stack_.empty()) {
      root_ = &n;
      return;
    }
    Frame& parent = stack_.back();
    parent.size = std::min(parent.size + size, limits_.maxNodes + 1);
    if (parent.node->kind == NodeKind::Sequence) {
      parent.node->items.push_back(&n);
    } else if (!parent.pendingKey) {
      parent.pendingKey = &n;
    } else {
      doc_.addEntry(*parent.node, parent.pendingKey, &n);
      parent.pendingKey = nullptr;
    }
  }

 public:
  /// The innermost flow collection ([ or {) still open, for an error about its missing end.
  const Node* openFlow() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow) return it->node;
    return nullptr;
  }

 private:
  Document& doc_;
  std::string_view text_;
  const ParseLimits& limits_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, std::pair<const Node*, std::size_t>> anchors_;
  const Node* root_ = nullptr;
  std::size_t total_ = 0;
  std::size_t documents_ = 0;
  int lastDocument_ = -1;
};

}  // namespace

Document parseYaml(core::FileId file, std::string_view text, const ParseLimits& limits) {
  Document doc(file);
  std::string copy(text);
  std::istringstream in(copy);
  TreeBuilder builder(doc, text, limits);
  auto errorAt = [&](int pos, std::string msg) {
    auto p = static_cast<std::uint32_t>(std::clamp<long>(pos, 0, static_cast<long>(text.size())));
    // Where the parser stopped at the end of the file: the last character written, not a line
    // after the last one.
    if (p >= text.size())
      while (p > 0 && (p >= text.size() || std::isspace(static_cast<unsigned char>(text[p])))) --p;
    doc.addError(std::move(msg), {file, p, p});
  };
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {}
  } catch (const LimitExceeded& e) { errorAt(e.pos, e.message); } catch (const YAML::Exception& e) {
    // An unclosed [ or {: the reason is the parser's, the place is where the collection opened.
    const Node* flow = e.msg.find("flow") != std::string::npos ? builder.openFlow() : nullptr;
    if (flow)
      errorAt(static_cast<int>(flow->range.begin), e.msg + ": the " + (flow->isSeq() ? "[" : "{") + " here is never closed");
    else
      errorAt(e.mark.pos, e.msg);
  } catch (const std::exception& e) { errorAt(0, e.what()); }
  return doc;
}

}  // namespace faaslint::document
