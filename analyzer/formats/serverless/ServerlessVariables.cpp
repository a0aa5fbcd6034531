#include "formats/serverless/ServerlessVariables.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace faaslint::formats {

using document::Node;

/// What resolving an expression or a source gave.
struct VariableResolver::Outcome {
  enum Kind {
    Text,  ///< a string value
    Tree,  ///< a mapping or list (only when the whole scalar is one variable)
    Missing,  ///< definitely not set (an absent self path, no --var): the next fallback applies
    Unknown,  ///< a source faaslint does not read (env, ssm, cf, file, ...): the value is unknown
    Error  ///< a cycle or runaway expansion, already reported
  } kind = Missing;
  std::string text;
  const Node* node = nullptr;
  std::string unresolved;  ///< the source that was not read, e.g. "env:SECRET"
  bool included = false;  ///< `node` is from another file: copies are located at the reference
};

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// The index of the `}` closing the `${` at `open`, honouring nested `${...}`; npos if none.
std::size_t closingBrace(std::string_view s, std::size_t open) {
  unsigned depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') {
      ++depth;
      ++i;
    } else if (s[i] == '}' && depth > 0 && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

/// Splits "opt:stage, self:provider.stage, 'dev'" at top-level commas (not inside quotes,
/// brackets or parentheses).
std::vector<std::string_view> splitSources(std::string_view expr) {
  std::vector<std::string_view> out;
  char quote = 0;
  int nesting = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < expr.size(); ++i) {
    char c = expr[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[' || c == '{') {
      ++nesting;
    } else if (c == ')' || c == ']' || c == '}') {
      --nesting;
    } else if (c == ',' && nesting == 0) {
      out.push_back(trim(expr.substr(start, i - start)));
      start = i + 1;
    }
  }
  out.push_back(trim(expr.substr(start)));
  return out;
}

bool isNumberLiteral(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  bool dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !dot)
      dot = true;
    else if (s[i] < '0' || s[i] > '9')
      return false;
  }
  return true;
}

}  // namespace

VariableResolver::VariableResolver(const Node* root, const VariableValues& values, std::vector<core::Diagnostic>& diagnostics,
                                   VariableLimits limits, ProjectFileReader readFile)
    : root_(root), values_(values), diagnostics_(diagnostics), limits_(limits), stage_("dev"), readFile_(std::move(readFile)) {
  if (auto it = values_.find("stage"); it != values_.end()) {
    stage_ = it->second;
    return;
  }
  // provider.stage is often itself "${opt:stage, 'dev'}"; while it resolves, ${sls:stage} is "dev".
  if (const Node* s = root_ ? root_->at({"provider", "stage"}) : nullptr; s && s->isScalar()) {
    Outcome o = resolveText(s->text, s, 0);
    if (o.kind == Outcome::Text && !o.text.empty()) stage_ = o.text;
  }
}

void VariableResolver::error(const Node* at, std::string message) {
  if (failed_) return;  // one error per scalar
  failed_ = true;
  core::Diagnostic d;
  d.code = "FL004";
  d.severity = core::Severity::Error;
  d.message = std::move(message);
  if (at) d.range = at->range;
  diagnostics_.push_back(std::move(d));
}

const Node* VariableResolver::lookupSelf(std::string_view path) const {
  const Node* n = root_;
  while (n && !path.empty()) {
    auto dot = path.find('.');
    std::string_view key = path.substr(0, dot);
    if (n->isMap()) {
      n = n->get(key);
    } else if (n->isSeq()) {
      // An index: digits only, read without throwing (an index past any list is simply absent).
      std::size_t i = 0;
      const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), i);
      if (key.empty() || ec != std::errc() || end != key.data() + key.size()) return nullptr;
      n = i < n->items.size() ? n->items[i] : nullptr;
    } else {
      return nullptr;
    }
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return n;
}

VariableResolver::Outcome VariableResolver::resolveSource(std::string_view source, const Node* at, unsigned depth) {
  Outcome o;
  if (++expansions_ > limits_.maxExpansions) {
    if (!runaway_)
      error(at, fmt::format("Variable expansion ran away: more than {} substitutions in this file; resolution stopped here.",
                            limits_.maxExpansions));
    runaway_ = true;
    o.kind = Outcome::Error;
    return o;
  }
  if (source.size() >= 2 && (source.front() == '\'' || source.front() == '"') && source.back() == source.front()) {
    o.kind = Outcome::Text;
    o.text = std::string(source.substr(1, source.size() - 2));
    return o;
  }
  if (isNumberLiteral(source) || source == "true" || source == "false") {
    o.kind = Outcome::Text;
    o.text = std::string(source);
    return o;
  }
  auto text = [&](const std::string& v) {
    o.kind = Outcome::Text;
    o.text = v;
    return o;
  };
  if (source.starts_with("self:")) {
    std::string path(trim(source.substr(5)));
    const Node* n = lookupSelf(path);
    if (!n || n->isNull()) return o;  // Missing
    if (!n->isScalar()) {
      o.kind = Outcome::Tree;
      o.node = n;
      return o;
    }
    if (std::find(active_.begin(), active_.end(), path) != active_.end()) {
      std::string chain;
      for (const auto& p : active_) chain += p + " -> ";
      error(at, fmt::format("Variable cycle: {}{}; the value cannot be resolved.", chain, path));
      o.kind = Outcome::Error;
      return o;
    }
    active_.push_back(path);
    Outcome r = resolveText(n->text, n, depth + 1);
    active_.pop_back();
    return r;
  }
  if (source.starts_with("opt:")) {
    auto it = values_.find(trim(source.substr(4)));
    return it == values_.end() ? o : text(it->second);
  }
  if (source == "sls:stage") return text(stage_);
  if (source.starts_with("param:")) {
    std::string_view name = trim(source.substr(6));
    if (auto it = values_.find(name); it != values_.end()) return text(it->second);
    for (const std::string& scope : {stage_, std::string("default")}) {
      const Node* params = root_ ? root_->at({"params", scope}) : nullptr;
      const Node* v = params && params->isMap() ? params->get(name) : nullptr;
      if (v && v->isScalar()) return resolveText(v->text, v, depth + 1);
    }
    return o;  // Missing
  }
  if (source.starts_with("file(") && readFile_) {
    auto close = source.find(')');
    std::string path = close == std::string_view::npos ? "" : std::string(trim(source.substr(5, close - 5)));
    if (path.size() >= 2 && (path.front() == '\'' || path.front() == '"') && path.back() == path.front())
      path = path.substr(1, path.size() - 2);
    const Node* doc = path.empty() ? nullptr : includedFile(path);
    if (doc) {
      std::string_view rest = source.substr(close + 1);
      const Node* n = doc;
      if (rest.starts_with(":")) {
        std::string_view keys = trim(rest.substr(1));
        while (n && !keys.empty()) {
          auto dot = keys.find('.');
          n = n->isMap() ? n->get(keys.substr(0, dot)) : nullptr;
          keys = dot == std::string_view::npos ? std::string_view() : keys.substr(dot + 1);
        }
      }
      if (!n || n->isNull()) return o;  // Missing: the next fallback applies
      if (n->isScalar() && n->text.find("${") == std::string::npos) return text(n->text);
      o.kind = Outcome::Tree;
      o.node = n;
      o.included = true;
      return o;
    }
  }
  // env, ssm, cf, s3, aws, git, sls:instanceId, files outside the project and any plugin's
  // source: not read.
  o.kind = Outcome::Unknown;
  o.unresolved = std::string(source);
  return o;
}

VariableResolver::Outcome VariableResolver::resolveExpression(std::string_view expr, const Node* at, unsigned depth) {
  Outcome o;
  if (depth > limits_.maxDepth) {
    error(at, fmt::format("Variables nest deeper than {} levels; resolution stopped here.", limits_.maxDepth));
    o.kind = Outcome::Error;
    return o;
  }
  std::string own;
  if (expr.find("${") != std::string_view::npos) {  // ${self:custom.${opt:stage}.memory}
    Outcome inner = resolveText(expr, at, depth + 1);
    if (inner.kind != Outcome::Text) {
      if (inner.kind == Outcome::Tree || inner.kind == Outcome::Missing) inner.kind = Outcome::Unknown;
      if (inner.unresolved.empty()) inner.unresolved = std::string(expr);
      return inner;
    }
    own = std::move(inner.text);
    expr = own;
  }
  std::string firstMissing;
  for (std::string_view source : splitSources(expr)) {
    Outcome r = resolveSource(source, at, depth);
    if (r.kind != Outcome::Missing) return r;  // a value, an unknown source, or an error
    if (firstMissing.empty()) firstMissing = std::string(source);
  }
  o.kind = Outcome::Unknown;  // every source was empty: the framework would stop with an error
  o.unresolved = firstMissing.empty() ? std::string(expr) : firstMissing;
  return o;
}

VariableResolver::Outcome VariableResolver::resolveText(std::string_view text, const Node* at, unsigned depth) {
  Outcome o;
  std::size_t open = text.find("${");
  if (open == std::string_view::npos) {
    o.kind = Outcome::Text;
    o.text = std::string(text);
    return o;
  }
  std::size_t close = closingBrace(text, open);
  if (open == 0 && close == text.size() - 1)  // the whole value is one variable: may be a tree
    return resolveExpression(text.substr(2, close - 2), at, depth);
  o.kind = Outcome::Text;
  std::size_t pos = 0;
  while (open != std::string_view::npos) {
    close = closingBrace(text, open);
    if (close == std::string_view::npos) break;  // not a variable: kept as written
    o.text.append(text.substr(pos, open - pos));
    Outcome r = resolveExpression(text.substr(open + 2, close - open - 2), at, depth);
    if (r.kind == Outcome::Error) return r;
    if (r.kind != Outcome::Text) {
      o.kind = Outcome::Unknown;
      o.unresolved = r.unresolved.empty() ? std::string(text.substr(open, close - open + 1)) : r.unresolved;
      return o;
    }
    o.text += r.text;
    if (o.text.size() > limits_.maxValueBytes) {
      error(at, fmt::format("Variable expansion ran away: the value grew past {} bytes; resolution stopped here.", limits_.maxValueBytes));
      o.kind = Outcome::Error;
      return o;
    }
    pos = close + 1;
    open = text.find("${", pos);
  }
  o.text.append(text.substr(pos));
  return o;
}

bool VariableResolver::resolveString(const std::string& text, std::string& result, std::string& unresolved) {
  failed_ = false;
  Outcome o = resolveText(text, nullptr, 0);
  if (o.kind == Outcome::Text) {
    result = o.text;
    return true;
  }
  unresolved = o.unresolved;
  return false;
}

const Node* VariableResolver::includedFile(const std::string& path) {
  // Inside the manifest's folder only: no absolute paths, no way up, YAML or JSON.
  if (path.empty() || path[0] == '/' || path[0] == '~' || path.find('\\') != std::string::npos) return nullptr;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (parts.empty()) return nullptr;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.empty()) return nullptr;
  std::string normal;
  for (const auto& p : parts) normal += (normal.empty() ? "" : "/") + p;
  const bool json = normal.ends_with(".json");
  if (!json && !normal.ends_with(".yml") && !normal.ends_with(".yaml")) return nullptr;
  if (auto it = included_.find(normal); it != included_.end()) return it->second ? it->second->root() : nullptr;
  auto& slot = included_[normal];
  if (included_.size() > 64) return nullptr;  // bounded, like everything else here
  auto text = readFile_(normal);
  if (!text) return nullptr;
  // Parsed without a file id: nodes copied from it are located at the ${file(...)} reference.
  auto doc =
      std::make_unique<document::Document>(json ? document::parseJson(core::kNoFile, *text) : document::parseYaml(core::kNoFile, *text));
  if (!doc->errors().empty()) return nullptr;
  slot = std::move(doc);
  return slot->root();
}

bool VariableResolver::spend(std::size_t nodes, std::size_t bytes, const Node* n, const core::Range* at) {
  // Everything copied counts against one budget per file, so a tree that references itself (or
  // many references to one large value) stops with a located error instead of exhausting memory.
  if (overBudget_) return false;
  copiedNodes_ += nodes;
  copiedBytes_ += bytes;
  if (copiedNodes_ <= limits_.maxCopiedNodes && copiedBytes_ <= limits_.maxCopiedBytes) return true;
  overBudget_ = true;
  failed_ = false;
  error(at ? nullptr : n,
        fmt::format("Variable expansion ran away: resolving the file's variables would copy more than {} (a value that references the "
                    "tree holding it, or many references to a large value); resolution stopped here and the rest stays unresolved.",
                    copiedNodes_ > limits_.maxCopiedNodes ? fmt::format("{} nodes", limits_.maxCopiedNodes)
                                                          : fmt::format("{} MB", limits_.maxCopiedBytes >> 20)));
  if (at) diagnostics_.back().range = *at;
  return false;
}

bool VariableResolver::holdsVariables(const Node* n) {
  if (auto it = holdsVariables_.find(n); it != holdsVariables_.end()) return it->second;
  bool holds = n->isScalar() && n->text.find("${") != std::string::npos;
  for (const auto& [k, v] : n->entries) holds = holds || holdsVariables(k) || holdsVariables(v);
  for (const Node* i : n->items) holds = holds || holdsVariables(i);
  holdsVariables_.emplace(n, holds);
  return holds;
}

const Node* VariableResolver::copy(const Node* n, document::Document& out, unsigned depth, const core::Range* at) {
  // A subtree of this file with no variable in it resolves to itself: it is shared, not copied
  // (an alias of a large list referenced many times stays one list).
  if (!at && n->range.file == root_->range.file && !holdsVariables(n)) return n;
  const bool affordable = spend(1, n->text.size(), n, at);
  Node& c = out.newNode();
  c.kind = n->kind;
  c.style = n->style;
  c.tag = n->tag;
  c.range = at ? *at : n->range;
  if (depth > limits_.maxDepth || !affordable) {  // a tree that references itself, or the budget is spent
    c.kind = document::NodeKind::Scalar;
    c.tag = std::string(kUnresolvedVariableTag);
    return &c;
  }
  c.text = n->text;
  if (n->isScalar() && n->text.find("${") != std::string::npos) {
    failed_ = false;
    Outcome o = resolveText(n->text, n, 0);
    if (o.kind == Outcome::Text && spend(0, o.text.size(), n, at)) {
      c.text = std::move(o.text);
    } else if (o.kind == Outcome::Tree) {
      return copy(o.node, out, depth + 1, o.included ? &n->range : at);
    } else {
      c.tag = std::string(kUnresolvedVariableTag);
    }
    return &c;
  }
  for (const auto& [k, v] : n->entries) c.entries.emplace_back(at ? copy(k, out, depth, at) : k, copy(v, out, depth, at));
  for (const Node* i : n->items) c.items.push_back(copy(i, out, depth, at));
  return &c;
}

const Node* VariableResolver::resolveTree(document::Document& out) {
  if (!root_) return nullptr;
  const Node* r = copy(root_, out, 0);
  out.addRoot(r);
  return r;
}

}  // namespace faaslint::formats
