// The only user of nlohmann/json. nlohmann records no positions, so the SAX handler reads them
// from a counting input iterator: when a token's callback runs, the lexer has read through the
// token's last byte (or one byte past a number), and we scan back to the token's start.
#include <fmt/format.h>
#include <iterator>
#include <nlohmann/json.hpp>

#include "document/Document.h"

namespace faaslint::document {
namespace {

/// An input iterator over the text that remembers the furthest byte dereferenced.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator() = default;
  CountingIterator(const char* p, const char* base, std::size_t* last) : p_(p), base_(base), last_(last) {}
  reference operator*() const {
    *last_ = static_cast<std::size_t>(p_ - base_);
    return *p_;
  }
  CountingIterator& operator++() {
    ++p_;
    return *this;
  }
  CountingIterator operator++(int) {
    auto t = *this;
    ++p_;
    return t;
  }
  bool operator==(const CountingIterator& o) const { return p_ == o.p_; }
  bool operator!=(const CountingIterator& o) const { return p_ != o.p_; }

 private:
  const char* p_ = nullptr;
  const char* base_ = nullptr;
  std::size_t* last_ = nullptr;
};

struct LimitExceeded {
  std::string message;
};

class Sax {
 public:
  Sax(Document& doc, std::string_view text, const std::size_t& last, const ParseLimits& limits)
      : doc_(doc), text_(text), last_(last), limits_(limits) {}

  bool null() { return scalar(NodeKind::Null, ScalarStyle::Plain, "null", literalRange()); }
  bool boolean(bool b) { return scalar(NodeKind::Scalar, ScalarStyle::Plain, b ? "true" : "false", literalRange()); }
  bool number_integer(std::int64_t) { return number(); }
  bool number_unsigned(std::uint64_t) { return number(); }
  bool number_float(double, const std::string&) { return number(); }
  bool string(std::string& s) { return scalar(NodeKind::Scalar, ScalarStyle::Quoted, s, stringRange()); }
  bool binary(nlohmann::json::binary_t&) { return true; }
  bool start_object(std::size_t) { return open(NodeKind::Map); }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(NodeKind::Sequence); }
  bool end_array() { return close(); }
  bool key(std::string& s) {
    Node& k = node(NodeKind::Scalar, stringRange());
    k.style = ScalarStyle::Quoted;
    k.text = std::move(s);
    pendingKey_ = &k;
    return true;
  }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
    std::string msg = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." ->
    // keep the part after the position, which we report ourselves.
    auto colon = msg.find(": ", msg.find("column"));
    if (colon != std::string::npos) msg = msg.substr(colon + 2);
    auto p = static_cast<std::uint32_t>(std::min(pos > 0 ? pos - 1 : 0, text_.size()));
    doc_.addError(msg, {doc_.file(), p, p});
    return false;
  }

 private:
  core::Range stringRange() const {
    // last_ is the closing quote; find the opening quote not preceded by an odd run of '\'.
    std::size_t end = last_ + 1;
    std::size_t i = last_;
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t bs = 0;
      while (i >= bs + 1 && text_[i - bs - 1] == '\\') ++bs;
      if (bs % 2 == 0) break;
    }
    return {doc_.file(), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
  }
  core::Range tokenRange(bool (*member)(char)) const {
    std::size_t e = last_ + 1;
    if (e > text_.size()) e = text_.size();
    while (e > 0 && !member(text_[e - 1])) --e;  // the lexer read one byte past a number
    std::size_t b = e;
    while (b > 0 && member(text_[b - 1])) --b;
    return {doc_.file(), static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
  }
  core::Range literalRange() const {
    return tokenRange([](char c) { return c >= 'a' && c <= 'z'; });
  }
  bool number() {
    auto r = tokenRange([](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; });
    return scalar(NodeKind::Scalar, ScalarStyle::Plain, std::string(text_.substr(r.begin, r.end - r.begin)), r);
  }
  Node& node(NodeKind kind, core::Range r) {
    if (++count_ > limits_.maxNodes) throw LimitExceeded{fmt::format("document has more than {} nodes", limits_.maxNodes)};
    Node& n = doc_.newNode();
    n.kind = kind;
    n.range = r;
    return n;
  }
  bool scalar(NodeKind kind, ScalarStyle style, std::string text, core::Range r) {
    Node& n = node(kind, r);
    n.style = style;
    n.text = std::move(text);
    attach(n);
    return true;
  }
  bool open(NodeKind kind) {
    if (stack_.size() >= limits_.maxDepth) {
      doc_.addError(fmt::format("nesting is deeper than {} levels", limits_.maxDepth),
                    {doc_.file(), static_cast<std::uint32_t>(last_), static_cast<std::uint32_t>(last_ + 1)});
      return false;
    }
    Node& n = node(kind, {doc_.file(), static_cast<std::uint32_t>(last_), static_cast<std::uint32_t>(last_ + 1)});
    attach(n);
    stack_.push_back(&n);
    return true;
  }
  bool close() {
    stack_.back()->range.end = static_cast<std::uint32_t>(last_ + 1);
    stack_.pop_back();
    return true;
  }
  void attach(Node& n) {
    if (stack_.empty()) {
      doc_.addRoot(&n);
    } else if (stack_.back()->kind == NodeKind::Sequence) {
      stack_.back()->items.push_back(&n);
    } else {
      doc_.addEntry(*stack_.back(), pendingKey_, &n);
      pendingKey_ = nullptr;
    }
  }

  Document& doc_;
  std::string_view text_;
  const std::size_t& last_;
  const ParseLimits& limits_;
  std::vector<Node*> stack_;
  const Node* pendingKey_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace

Document parseJson(core::FileId file, std::string_view text, const ParseLimits& limits) {
  Document doc(file);
  std::size_t last = 0;
  Sax sax(doc, text, last, limits);
  CountingIterator first(text.data(), text.data(), &last), end(text.data() + text.size(), text.data(), &last);
  try {
    nlohmann::json::sax_parse(first, end, &sax);
  } catch (const LimitExceeded& e) { doc.addError(e.message, {file, 0, 0}); } catch (const std::exception& e) {
    doc.addError(e.what(), {file, 0, 0});
  }
  if (!doc.errors().empty()) {
    // A partial tree is worse than none: loaders see an empty document with an error.
    Document failed(file);
    for (const auto& e : doc.errors()) failed.addError(e.message, e.range);
    return failed;
  }
  return doc;
}

}  // namespace faaslint::document
