#include "languages/treesitter/ScriptFacts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <fmt/format.h>
#include <map>
#include <set>
#include <unordered_map>

namespace faaslint::languages::ts {
namespace {

using Match = Query::Match;

/// Value::error of a caught error itself (`e` in `except Exception as e`): its text reaches a
/// response only when the code makes text of it (str(e), `${err}`, err.message), which turns
/// this bit into model::kErrorText.
constexpr std::uint8_t kErrorObject = 4;

/// What a name or an expression stands for while the file is read.
struct Value {
  bool event = false;  ///< computed from event data (a request object of a web framework, ...)
  std::uint32_t params = 0;  ///< computed from parameter i of the function it is in (bit i)
  std::string binding;  ///< the qualified name it stands for ("time.sleep", "threading.Thread", "app.helper")
  std::string sdk;  ///< a cloud SDK client of this service ("aws.s3")
  bool documentClient = false;  ///< DynamoDB's document client (put -> PutItem)
  /// The value is a field of a parameter, as read: `event['Records'][0]['s3']` is field
  /// "Records[].s3" of parameter 0 of function `rootFn` (-1: it is no parameter's field).
  int rootFn = -1;
  unsigned rootParam = 0;
  std::string field;
  std::string env;  ///< the environment variable it was read from
  /// A cloud SDK operation (`s3.get_object`, `cognito.adminGetUser`): what its call returns is the
  /// service's data, not the event's, though the request was built from the event.
  bool operation = false;
  /// What the value's text is known to start with (a path or URL built from a literal start:
  /// `'/mnt/efs/' + name`, f"/mnt/efs/{name}", path.join('/mnt/efs', name)); `constant`: that is
  /// all of it.
  std::string start;
  bool constant = false;
  /// CleanFor bits for which all the event or parameter data in the value went through a
  /// sanitizer (meaningful only when it carries some: `event` or `params`).
  std::uint8_t clean = model::kCleanAll;
  /// model::ErrorDetail bits of a caught error's details the value holds, and kErrorObject.
  std::uint8_t error = 0;

  bool rooted() const { return rootFn >= 0; }
  /// The value one field further in (`key` "[]" for an element).
  Value member(const std::string& key) const {
    Value m;
    m.rootFn = rootFn;
    m.rootParam = rootParam;
    m.field = field.empty() || key == "[]" ? field + key : field + "." + key;
    return m;
  }

  bool carries() const { return event || params != 0; }
  void taint(const Value& o) {
    if (o.carries()) clean = carries() ? static_cast<std::uint8_t>(clean & o.clean) : o.clean;
    event |= o.event;
    params |= o.params;
    error |= o.error;
  }
  /// The value made text (a string holding it, str(), String()): a caught error becomes its text.
  Value& asText() {
    if (error & kErrorObject) error = static_cast<std::uint8_t>((error & ~kErrorObject) | model::kErrorText);
    return *this;
  }
};

/// A clause catching errors (`except X as name`, `catch (name)`): `broad` when what it catches
/// holds details no caller should see (see Engine::broadExcept).
struct Caught {
  std::uint32_t begin, end;
  std::string name;
  bool broad;
};

/// A function (or lambda / arrow function) of the file.
struct Fn {
  std::string name;  ///< qualified
  std::vector<std::string> params;
  std::uint32_t begin = 0, end = 0;
  int parent = -1;  ///< the enclosing function, -1 at module level
  TSNode node{}, nameNode{}, paramsNode{}, bodyNode{};
  bool anonymous = false;
  bool errorFirst = false;  ///< its first parameter is an error (a `.catch(err => ...)` callback)
  std::vector<std::string> exportedAs;
};

// The AWS service names of boto3, which the SDK operation names use in every language; SDK for
// JavaScript v3 package suffixes and v2 class names that differ from them.
const std::map<std::string, std::string, std::less<>> kServiceAliases = {
    {"sfn", "stepfunctions"},
    {"eventbridge", "events"},
    {"cloudwatchevents", "events"},
    {"cloudwatch-logs", "logs"},
    {"cloudwatchlogs", "logs"},
    {"iot-data-plane", "iot-data"},
    {"iotdata", "iot-data"},
    {"dynamodb-streams", "dynamodbstreams"},
    {"secrets-manager", "secretsmanager"},
    {"cognito-identity-provider", "cognito-idp"},
    {"cognitoidentityserviceprovider", "cognito-idp"},
    {"firehose", "firehose"},
    {"elastic-load-balancing-v2", "elbv2"},
    {"api-gateway", "apigateway"},
    {"apigatewaymanagementapi", "apigatewaymanagementapi"},
};

std::string canonicalService(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto it = kServiceAliases.find(s);
  return it == kServiceAliases.end() ? s : it->second;
}

// The DynamoDB document clients (SDK v2 DocumentClient, v3 lib-dynamodb) name operations without
// "Item".
const std::map<std::string, std::string, std::less<>> kDocumentOperations = {{"put", "PutItem"},
                                                                             {"get", "GetItem"},
                                                                             {"update", "UpdateItem"},
                                                                             {"delete", "DeleteItem"},
                                                                             {"query", "Query"},
                                                                             {"scan", "Scan"},
                                                                             {"batchWrite", "BatchWriteItem"},
                                                                             {"batchGet", "BatchGetItem"},
                                                                             {"transactWrite", "TransactWriteItems"},
                                                                             {"transactGet", "TransactGetItems"},
                                                                             {"Put", "PutItem"},
                                                                             {"Get", "GetItem"},
                                                                             {"Update", "UpdateItem"},
                                                                             {"Delete", "DeleteItem"},
                                                                             {"Query", "Query"},
                                                                             {"Scan", "Scan"},
                                                                             {"BatchWrite", "BatchWriteItem"},
                                                                             {"BatchGet", "BatchGetItem"},
                                                                             {"TransactWrite", "TransactWriteItems"},
                                                                             {"TransactGet", "TransactGetItems"}};

/// "put_object" -> "PutObject", "putObject" -> "PutObject".
std::string operationName(std::string_view method) {
  std::string out;
  bool upper = true;
  for (char c : method) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

bool startsUpper(std::string_view s) { return !s.empty() && std::isupper(static_cast<unsigned char>(s.front())); }

std::string unquote(std::string_view s) {
  // Python prefixes (r, b, u, f) and the quotes of both languages; a name is left as it is.
  std::size_t i = 0;
  while (i < s.size() && i < 3 && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) s.remove_prefix(i);
  for (std::string_view q : {"\"\"\"", "'''", "\"", "'", "`"})
    if (s.size() >= 2 * q.size() && s.starts_with(q) && s.ends_with(q)) {
      s = s.substr(q.size(), s.size() - 2 * q.size());
      break;
    }
  std::string out;
  out.reserve(s.size());
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k] != '\\' || k + 1 == s.size()) {
      out += s[k];
      continue;
    }
    const char n = s[++k];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      default: out += n;
    }
  }
  return out;
}

/// Expression nesting followed when evaluating values: deeper input is not followed further.
constexpr unsigned kMaxDepth = 200;

class Engine {
 public:
  Engine(const ScriptGrammar& g, const SourceRequest& r)
      : g_(g), py_(g.script == Script::Python), src_(r.text), file_(r.file), budget_(r.timeBudget), module_(moduleName(r.path)) {}

  model::SourceFacts run() {
    facts_.file = file_;
    facts_.language = g_.factsLanguage;
    Tree tree = parse(g_.language, src_, static_cast<std::uint64_t>(std::chrono::microseconds(budget_).count()));
    if (!tree)
      throw AnalysisTimedOut(fmt::format("parsing took longer than {} s (sources.max-file-seconds)",
                                         std::chrono::duration_cast<std::chrono::seconds>(budget_).count()));
    const TSNode root = tree.root();
    indexParents(root);
    countErrors(root);
    g_.query->run(root, src_, [&](const Match& m) { collect(m); });
    buildFunctions();
    readImports();
    // Module-level bindings first (a function may use a client created below it), then every
    // binding in source order.
    readCatches();
    auto bindAll = [&] {
      for (const auto& m : assigns_)
        if (innermost(ts_node_start_byte(m.get("assign"))) < 0) assign(m);
      for (const auto& m : assigns_) assign(m);
    };
    bindAll();
    // Helpers that return event data they read themselves (`def body(): return request.get_json()`):
    // their callers' results are event data too, so the bindings are made again once they are known.
    if (markEventReturns()) bindAll();
    readExports();
    readDecorators();
    conventionalHandlers();
    readCalls();
    readReturns();
    environmentWrites();
    readLoops();
    readFields();
    readStrings();
    for (const auto& f : fns_) facts_.functions.push_back({f.name, f.params, f.exportedAs, range(f.anonymous ? f.node : f.nameNode)});
    for (const auto& f : fns_)  // a nested function or callback runs when its parent does
      if (f.parent >= 0 && f.anonymous) facts_.callGraph.emplace_back(fns_[f.parent].name, f.name);
    std::sort(facts_.callGraph.begin(), facts_.callGraph.end());
    facts_.callGraph.erase(std::unique(facts_.callGraph.begin(), facts_.callGraph.end()), facts_.callGraph.end());
    return std::move(facts_);
  }

 private:
  // ---- basics
  core::Range range(TSNode n) const {
    if (ts_node_is_null(n)) return {};
    return {file_, ts_node_start_byte(n), ts_node_end_byte(n)};
  }
  std::string_view txt(TSNode n) const { return text(n, src_); }
  std::uint32_t line(TSNode n) const { return ts_node_start_point(n).row + 1; }

  /// Each named node's parent, found in one walk: ts_node_parent searches down from the root on
  /// every call, which made it the analyzer's largest cost on big files.
  void indexParents(TSNode root) {
    parents_.reserve(ts_node_descendant_count(root));
    std::vector<TSNode> stack;
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
      const TSNode n = ts_tree_cursor_current_node(&c);
      if (!stack.empty() && ts_node_is_named(n)) parents_.emplace(n.id, stack.back());
      if (ts_tree_cursor_goto_first_child(&c)) {
        stack.push_back(n);
        continue;
      }
      while (!ts_tree_cursor_goto_next_sibling(&c)) {
        if (!ts_tree_cursor_goto_parent(&c)) {
          ts_tree_cursor_delete(&c);
          return;
        }
        stack.pop_back();
      }
    }
  }
  TSNode parentOf(TSNode n) const {
    auto it = parents_.find(n.id);
    return it == parents_.end() ? TSNode{} : it->second;
  }

  /// Where an error node's problem is: tree-sitter can wrap a whole file in one ERROR node whose
  /// children are the statements it could read, so the first erroneous node inside it is followed
  /// down (a `def` without its colon is a small ERROR inside the large one).
  static TSNode innermostError(TSNode n) {
    for (;;) {
      if (ts_node_is_missing(n)) return n;
      TSNode next{};
      for (std::uint32_t i = 0, c = ts_node_child_count(n); i < c && ts_node_is_null(next); ++i) {
        TSNode ch = ts_node_child(n, i);
        if (ts_node_is_error(ch) || ts_node_is_missing(ch) || ts_node_has_error(ch)) next = ch;
      }
      if (ts_node_is_null(next)) return n;
      n = next;
    }
  }

  void countErrors(TSNode root) {
    if (!ts_node_has_error(root)) return;
    TSTreeCursor c = ts_tree_cursor_new(root);
    unsigned count = 0;
    for (;;) {
      TSNode n = ts_tree_cursor_current_node(&c);
      if (ts_node_is_error(n) || ts_node_is_missing(n)) {
        if (count++ == 0) facts_.firstError = range(innermostError(n));
      } else if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c)) {
        continue;
      }
      while (!ts_tree_cursor_goto_next_sibling(&c))
        if (!ts_tree_cursor_goto_parent(&c)) {
          ts_tree_cursor_delete(&c);
          facts_.errors = count;
          return;
        }
    }
  }

  void collect(const Match& m) {
    auto has = [&](std::string_view n) { return !ts_node_is_null(m.get(n)); };
    if (has("function")) {
      functionMatches_.push_back(m);
    } else if (has("class")) {
      classes_.push_back(m);
    } else if (has("import")) {
      imports_.push_back(m);
    } else if (has("call")) {
      calls_.push_back(m);
    } else if (has("assign")) {
      assigns_.push_back(m);
    } else if (has("export")) {
      exports_.push_back(m);
    } else if (has("decorator")) {
      decorators_.push_back(m);
    } else if (has("return")) {
      returns_.push_back(m);
    } else if (has("catch")) {
      catches_.push_back(m);
    } else if (has("loop")) {
      loops_.push_back(m);
    } else if (has("read")) {
      reads_.push_back(m.get("read"));
    } else if (has("string")) {
      strings_.push_back(m.get("string"));
    }
  }

  template <class V> static void byPosition(std::vector<V>& v, std::string_view capture) {
    std::stable_sort(v.begin(), v.end(),
                     [&](const V& a, const V& b) { return ts_node_start_byte(a.get(capture)) < ts_node_start_byte(b.get(capture)); });
  }

  /// The innermost function holding a byte, -1 at module level.
  int innermost(std::uint32_t at) const {
    int best = -1;
    for (std::size_t i = 0; i < fns_.size(); ++i)
      if (fns_[i].begin <= at && at < fns_[i].end && (best < 0 || fns_[i].end - fns_[i].begin <= fns_[best].end - fns_[best].begin))
        best = static_cast<int>(i);
    return best;
  }
  const std::string& fnName(int f) const {
    static const std::string kNone;
    return f < 0 ? kNone : fns_[f].name;
  }
  std::map<std::string, Value, std::less<>>& scope(int f) { return scopes_[f + 1]; }

  // ---- functions
  static bool isIdentifier(std::string_view t) {
    return t == "identifier" || t == "property_identifier" || t == "shorthand_property_identifier" ||
           t == "shorthand_property_identifier_pattern" || t == "private_property_identifier";
  }

  /// The name of a function without one of its own: the variable, property or export it is
  /// assigned to.
  std::string contextName(TSNode fn) const {
    TSNode p = parentOf(fn);
    const std::string_view pt = type(p);
    if (pt == "variable_declarator") {
      TSNode n = field(p, "name");
      if (type(n) == "identifier") return std::string(txt(n));
    } else if (pt == "assignment_expression") {
      TSNode l = field(p, "left");
      if (type(l) == "identifier") return std::string(txt(l));
      if (type(l) == "member_expression") return std::string(txt(field(l, "property")));
    } else if (pt == "pair") {
      TSNode k = field(p, "key");
      if (isIdentifier(type(k)) || type(k) == "string") return unquote(txt(k));
    } else if (pt == "arguments" && !py_) {
      // A route handler, `app.get('/orders/:id', (req, res) => ...)`: named by its route, "GET /orders/:id".
      TSNode call = parentOf(p), callee = field(call, "function"), route = ts_node_named_child(p, 0);
      static constexpr std::array<std::string_view, 9> kMethods = {"get", "post",    "put",  "delete", "patch",
                                                                   "all", "options", "head", "use"};
      const std::uint32_t n = ts_node_named_child_count(p);
      const bool last = n > 0 && ts_node_eq(ts_node_named_child(p, n - 1), fn);  // middleware before it stays anonymous
      if (type(callee) == "member_expression" && type(route) == "string" && last && !ts_node_eq(route, fn)) {
        const std::string_view m = txt(field(callee, "property"));
        if (std::find(kMethods.begin(), kMethods.end(), m) != kMethods.end()) {
          std::string name(m);
          std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
          return name + " " + unquote(txt(route));
        }
      }
    }
    return "";
  }

  void paramsOf(TSNode params, std::vector<std::string>& out) const {
    if (ts_node_is_null(params)) return;
    if (type(params) == "identifier") {  // `x => ...`
      out.emplace_back(txt(params));
      return;
    }
    for (std::uint32_t i = 0, n = ts_node_named_child_count(params); i < n; ++i) {
      TSNode p = ts_node_named_child(params, i);
      const std::string_view t = type(p);
      if (t == "comment") continue;
      TSNode name = p;
      // Python typed/default parameters, TypeScript required/optional parameters, JS defaults.
      for (std::string_view f : {"name", "pattern", "left"})
        if (TSNode x = field(p, f); !ts_node_is_null(x)) {
          name = x;
          break;
        }
      if (type(name) == "typed_parameter" || type(name) == "list_splat_pattern" || type(name) == "dictionary_splat_pattern" ||
          type(name) == "rest_pattern") {
        TSNode inner = ts_node_named_child(name, 0);
        if (!ts_node_is_null(inner)) name = inner;
      }
      if (type(name) == "identifier" && (t == "typed_parameter" || t == "list_splat_pattern" || t == "dictionary_splat_pattern")) {
        if (TSNode inner = ts_node_named_child(p, 0); type(inner) == "identifier") name = inner;
      }
      out.emplace_back(type(name) == "identifier" ? std::string(txt(name)) : std::string());
    }
  }

  /// A JavaScript function whose first parameter is an error: a callback of `.catch(...)`, an
  /// anonymous callback whose first parameter is named `err` or `error` (Node's callbacks), or an
  /// Express error handler `(err, req, res, next)`.
  bool errorFirst(const Fn& f) const {
    if (f.params.empty()) return false;
    const bool named = f.params[0] == "err" || f.params[0] == "error";
    if (named && (f.anonymous || f.params.size() == 4)) return true;
    if (!f.anonymous) return false;
    TSNode args = parentOf(f.node), call = parentOf(args);
    if (type(args) != "arguments" || type(call) != "call_expression") return false;
    TSNode callee = field(call, "function");
    return type(callee) == "member_expression" && txt(field(callee, "property")) == "catch";
  }

  void buildFunctions() {
    byPosition(functionMatches_, "function");
    for (const auto& m : functionMatches_) {
      Fn f;
      f.node = m.get("function");
      f.nameNode = m.get("function.name");
      f.paramsNode = m.get("function.params");
      f.bodyNode = field(f.node, "body");
      f.begin = ts_node_start_byte(f.node);
      f.end = ts_node_end_byte(f.node);
      paramsOf(f.paramsNode, f.params);
      fns_.push_back(std::move(f));
    }
    // Methods of a class are named with it; classes are not scopes.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> classSpans;
    std::vector<std::string> classNames;
    for (const auto& c : classes_) {
      TSNode n = c.get("class");
      classSpans.emplace_back(ts_node_start_byte(n), ts_node_end_byte(n));
      classNames.emplace_back(txt(c.get("class.name")));
      classNames_.emplace(txt(c.get("class.name")));
    }
    for (std::size_t i = 0; i < fns_.size(); ++i) {
      Fn& f = fns_[i];
      int parent = -1;
      for (std::size_t j = 0; j < fns_.size(); ++j)
        if (j != i && fns_[j].begin <= f.begin && f.end <= fns_[j].end && (fns_[j].end - fns_[j].begin) > (f.end - f.begin) &&
            (parent < 0 || fns_[j].end - fns_[j].begin < fns_[parent].end - fns_[parent].begin))
          parent = static_cast<int>(j);
      f.parent = parent;
    }
    for (std::size_t i = 0; i < fns_.size(); ++i) {  // in source order: a parent is named before its children
      Fn& f = fns_[i];
      std::string own = ts_node_is_null(f.nameNode) ? contextName(f.node) : std::string(txt(f.nameNode));
      f.anonymous = ts_node_is_null(f.nameNode);
      if (own.empty()) own = "<anonymous:" + std::to_string(line(f.node)) + ">";
      std::string prefix = f.parent >= 0 ? fns_[f.parent].name : module_;
      // The innermost class holding the function, when that class is inside the same parent.
      std::string cls;
      std::uint32_t clsSize = UINT32_MAX;
      for (std::size_t c = 0; c < classSpans.size(); ++c)
        if (classSpans[c].first <= f.begin && f.end <= classSpans[c].second && classSpans[c].second - classSpans[c].first < clsSize &&
            (f.parent < 0 || fns_[f.parent].begin <= classSpans[c].first)) {
          cls = classNames[c];
          clsSize = classSpans[c].second - classSpans[c].first;
        }
      f.name = prefix;
      f.name += '.';
      if (!cls.empty()) f.name.append(cls).append(".");
      f.name += own;
      f.errorFirst = !py_ && errorFirst(f);
      // The name is bound where the function is defined (a method is reached through its class).
      if (cls.empty()) {
        Value v;
        v.binding = f.name;
        scope(f.parent)[own] = v;
      }
    }
  }

  // ---- imports
  /// A module specifier's last part: "./lib/utils.js" -> "utils", "a.b.c" -> "c" (what a local
  /// module's functions are qualified with).
  static std::string stem(std::string_view spec, bool py) {
    if (py) {
      auto dot = spec.rfind('.');
      return std::string(dot == std::string_view::npos ? spec : spec.substr(dot + 1));
    }
    return moduleName(spec);
  }
  static bool localSpec(std::string_view spec) { return spec.starts_with("./") || spec.starts_with("../") || spec == "." || spec == ".."; }

  void addInclude(const std::string& name, TSNode at) {
    for (const auto& i : facts_.includes)
      if (i.name == name && i.range.begin == ts_node_start_byte(at)) return;
    facts_.includes.push_back({name, true, range(at)});
  }

  /// Binds the names of a JavaScript import target (`x`, `{ a, b: c }`, `* as x`, `x, { a }`) to
  /// what they stand for in module `base`.
  void bindImportTarget(TSNode target, const std::string& base, int f) {
    const std::string_view t = type(target);
    if (t == "identifier") {
      scope(f)[std::string(txt(target))].binding = base;
    } else if (t == "object_pattern") {
      for (std::uint32_t i = 0, n = ts_node_named_child_count(target); i < n; ++i) {
        TSNode p = ts_node_named_child(target, i);
        if (type(p) == "shorthand_property_identifier_pattern") {
          scope(f)[std::string(txt(p))].binding = base + "." + std::string(txt(p));
        } else if (type(p) == "pair_pattern") {
          TSNode key = field(p, "key"), value = field(p, "value");
          if (type(value) == "assignment_pattern") value = field(value, "left");
          if (type(value) == "identifier") scope(f)[std::string(txt(value))].binding = base + "." + unquote(txt(key));
        }
      }
    } else if (t == "import_clause") {
      for (std::uint32_t i = 0, n = ts_node_named_child_count(target); i < n; ++i) {
        TSNode c = ts_node_named_child(target, i);
        if (type(c) == "identifier") {
          // A default import of a CommonJS module is the module itself (esModuleInterop).
          scope(f)[std::string(txt(c))].binding = localSpec(base) ? base + ".default" : base;
        } else if (type(c) == "namespace_import") {
          if (TSNode id = ts_node_named_child(c, 0); type(id) == "identifier") scope(f)[std::string(txt(id))].binding = base;
        } else if (type(c) == "named_imports") {
          for (std::uint32_t k = 0, m = ts_node_named_child_count(c); k < m; ++k) {
            TSNode s = ts_node_named_child(c, k);
            if (type(s) != "import_specifier") continue;
            TSNode name = field(s, "name"), alias = field(s, "alias");
            const std::string local(txt(ts_node_is_null(alias) ? name : alias));
            scope(f)[local].binding = base + "." + unquote(txt(name));
          }
        }
      }
    }
  }

  void readImports() {
    byPosition(imports_, "import");
    for (const auto& m : imports_) {
      TSNode at = m.get("import");
      const int f = innermost(ts_node_start_byte(at));
      TSNode mod = m.get("import.module");
      if (py_) {
        std::string spec(txt(mod));
        TSNode name = m.get("import.name"), alias = m.get("import.alias");
        if (ts_node_is_null(name)) {  // import a.b [as c]; from a import *
          addInclude(spec, mod);
          if (!ts_node_is_null(alias))
            scope(f)[std::string(txt(alias))].binding = spec;
          else if (type(at) == "import_statement")  // `import a.b` binds `a`
            scope(f)[spec.substr(0, spec.find('.'))].binding = spec.substr(0, spec.find('.'));
          continue;
        }
        // from a.b import c: the include is "a.b.c" (a module or a member of one); a relative
        // module (from .utils import f) is named by its last part, as its functions are.
        const std::string member(txt(name));
        std::string imported = spec;
        if (!spec.ends_with(".")) imported += '.';
        imported += member;
        addInclude(imported, name);
        const std::size_t firstName = spec.find_first_not_of('.');
        const std::string base = !spec.starts_with(".") ? spec : firstName == std::string::npos ? "" : stem(spec.substr(firstName), true);
        std::string bound = base;
        if (!bound.empty()) bound += '.';
        bound += member;
        scope(f)[std::string(txt(ts_node_is_null(alias) ? name : alias))].binding = std::move(bound);
        continue;
      }
      const std::string spec = unquote(txt(mod));
      addInclude(spec, mod);
      const std::string base = localSpec(spec) ? stem(spec, false) : spec;
      TSNode target = m.get("import.target");
      if (ts_node_is_null(target)) continue;
      TSNode name = m.get("import.name");
      bindImportTarget(target, ts_node_is_null(name) ? base : base + "." + std::string(txt(name)), f);
    }
  }

  // ---- values
  Value lookup(std::string_view name, int f) {
    for (int s = f;; s = fns_[s].parent) {
      auto& sc = scope(s);
      if (auto it = sc.find(name); it != sc.end()) return it->second;
      if (s >= 0) {
        const auto& ps = fns_[s].params;
        for (std::size_t i = 0; i < ps.size() && i < 32; ++i)
          if (ps[i] == name) {
            Value v = elementParam(s, static_cast<unsigned>(i));
            if (!v.rooted()) {
              v.rootFn = s;
              v.rootParam = static_cast<unsigned>(i);
            }
            if (s == f)
              v.params = 1u << i;
            else if (fns_[s].parent < 0 && i == 0 && mayBeEntry(s))
              v.event = true;  // a closure over the first parameter of a top-level function that may be a handler: its event
            v.clean = 0;
            if (i == 0 && fns_[s].errorFirst) v.error = kErrorObject;
            v.binding = std::string(name);
            return v;
          }
      }
      if (s < 0) break;
    }
    Value v;
    v.binding = std::string(name);
    return v;
  }

  /// An SDK client made by a call or construction whose callee is `callee` with first literal
  /// argument `first`: "aws.s3", or "" when it is none.
  std::string sdkClient(const std::string& callee, const std::string& first, bool& document) const {
    document = false;
    if (py_) {
      for (std::string_view c :
           {"boto3.client", "boto3.resource", "boto3.Session.client", "boto3.Session.resource", "boto3.session.Session.client",
            "boto3.session.Session.resource", "aioboto3.Session.client", "aioboto3.Session.resource"})
        if (callee == c && !first.empty()) return "aws." + canonicalService(first);
      return "";
    }
    // SDK v3: new S3Client(), new S3() (aggregated), DynamoDBDocumentClient.from(...).
    if (callee.starts_with("@aws-sdk/client-")) {
      auto dot = callee.find('.');
      if (dot == std::string::npos) return "";
      const std::string pkg = callee.substr(16, dot - 16), cls = callee.substr(dot + 1);
      if (cls.ends_with("Command") || cls.find('.') != std::string::npos) return "";
      return "aws." + canonicalService(pkg);
    }
    if (callee.starts_with("@aws-sdk/lib-dynamodb.DynamoDBDocument")) {
      document = true;
      return "aws.dynamodb";
    }
    // SDK v2: new AWS.S3(), new AWS.DynamoDB.DocumentClient(), require('aws-sdk/clients/s3').
    if (callee.starts_with("aws-sdk.")) {
      std::string cls = callee.substr(8);
      if (cls.ends_with(".DocumentClient")) {
        document = true;
        cls = cls.substr(0, cls.size() - 15);
      }
      if (cls.find('.') != std::string::npos || !startsUpper(cls)) return "";
      return "aws." + canonicalService(cls);
    }
    if (callee.starts_with("aws-sdk/clients/")) {
      std::string svc = callee.substr(16);
      if (auto dot = svc.find('.'); dot != std::string::npos) svc = svc.substr(0, dot);
      if (svc == "dynamodb" && callee.ends_with(".DocumentClient")) document = true;
      return "aws." + canonicalService(svc);
    }
    return "";
  }

  /// The SDK operation a v3 command class names: "@aws-sdk/client-s3.PutObjectCommand" ->
  /// "aws.s3.PutObject"; "" when it is none.
  static std::string commandOperation(const std::string& callee) {
    if (!callee.ends_with("Command")) return "";
    auto dot = callee.rfind('.');
    if (dot == std::string::npos) return "";
    const std::string op = callee.substr(dot + 1, callee.size() - dot - 1 - 7);
    if (callee.starts_with("@aws-sdk/lib-dynamodb.")) {
      auto it = kDocumentOperations.find(op);
      return "aws.dynamodb." + (it == kDocumentOperations.end() ? op : it->second);
    }
    if (!callee.starts_with("@aws-sdk/client-")) return "";
    const std::string pkg = callee.substr(16, dot - 16);
    if (pkg.find('.') != std::string::npos) return "";
    return "aws." + canonicalService(pkg) + "." + op;
  }

  /// The literal text of an expression ("" when it is not a literal).
  std::string literal(TSNode n) const {
    const std::string_view t = type(n);
    if (t == "string") {
      for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i)
        if (type(ts_node_named_child(n, i)) == "interpolation") return "";
      return unquote(txt(n));
    }
    if (t == "template_string") {
      for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i)
        if (type(ts_node_named_child(n, i)) == "template_substitution") return "";
      return unquote(txt(n));
    }
    if (t == "concatenated_string") {
      std::string out;
      for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
        TSNode s = ts_node_named_child(n, i);
        if (type(s) != "string") return "";
        const std::string part = literal(s);
        if (part.empty() && txt(s).size() > 2) return "";
        out += part;
      }
      return out;
    }
    if (t == "integer" || t == "float" || t == "number" || t == "true" || t == "false" || t == "none" || t == "null")
      return std::string(txt(n));
    if (t == "unary_operator" || t == "unary_expression") {
      TSNode a = field(n, "argument");
      if (ts_node_is_null(a)) a = field(n, "operand");
      const std::string inner = literal(a);
      return inner.empty() ? "" : std::string(txt(n));
    }
    if (t == "parenthesized_expression") return literal(ts_node_named_child(n, 0));
    return "";
  }

  /// The literal text of a string or template before its first interpolation (f"/mnt/{x}" ->
  /// "/mnt/"), with `constant` set when it has none.
  std::string stringStart(TSNode n, bool& constant) const {
    constant = false;
    // Paths, URLs and queries are short; a long string (a docstring, a template) is known by its
    // start only, without copying all of it.
    constexpr std::size_t kLongest = 256;
    if (const std::string_view all = txt(n); all.size() > kLongest + 8) {
      std::string_view head = all;
      std::size_t k = 0;
      while (k < head.size() && k < 3 && std::isalpha(static_cast<unsigned char>(head[k]))) ++k;  // f, rb, ...
      const bool formatted = head.substr(0, k).find_first_of("fF") != std::string_view::npos;
      head.remove_prefix(k);
      for (std::string_view q : {"\"\"\"", "'''", "\"", "'", "`"})
        if (head.starts_with(q)) {
          head.remove_prefix(q.size());
          break;
        }
      head = head.substr(0, kLongest);
      const std::size_t hole = type(n) == "template_string" ? head.find("${") : formatted ? head.find('{') : std::string_view::npos;
      return std::string(head.substr(0, hole));
    }
    const std::string_view t = type(n);
    const std::string_view hole = t == "template_string" ? "template_substitution" : "interpolation";
    for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
      TSNode ch = ts_node_named_child(n, i);
      if (type(ch) != hole) continue;
      std::string_view head = src_.substr(ts_node_start_byte(n), ts_node_start_byte(ch) - ts_node_start_byte(n));
      std::size_t k = 0;
      while (k < head.size() && k < 3 && std::isalpha(static_cast<unsigned char>(head[k]))) ++k;  // f, rb, ...
      head.remove_prefix(k);
      for (std::string_view q : {"\"\"\"", "'''", "\"", "'", "`"})
        if (head.starts_with(q)) {
          head.remove_prefix(q.size());
          break;
        }
      return std::string(head);
    }
    constant = true;
    return literal(n);
  }

  /// A value's start after `b` is appended to `a`'s (string concatenation, path joining with `sep`).
  static void appendStart(Value& v, const Value& a, const Value& b, std::string_view sep = {}) {
    v.start = a.start;
    v.constant = a.constant && b.constant;
    if (!a.constant) return;
    if (!sep.empty() && !v.start.ends_with(sep) && !b.start.starts_with(sep)) v.start += sep;
    v.start += b.start;
  }

  /// What an expression stands for in function `f` (-1: module level): the event data it carries,
  /// the qualified name it resolves to, the SDK client it is.
  Value eval(TSNode n, int f, unsigned depth = 0) {
    Value v;
    if (ts_node_is_null(n) || depth > kMaxDepth) return v;
    const std::string_view t = type(n);
    if (t == "identifier") {
      v = lookup(txt(n), f);
      if (!caught_.empty())
        if (const Caught* c = caughtAt(n, txt(n))) v.error = c->broad ? kErrorObject : 0;
      if (eventGlobal(v.binding)) {
        v.event = true;
        v.clean = 0;
      }
      return v;
    }
    if (t == "this" || t == "super") {
      v.binding = std::string(t);
      return v;
    }
    if (t == "attribute" || t == "member_expression") {
      TSNode obj = field(n, "object"), prop = field(n, py_ ? "attribute" : "property");
      Value o = eval(obj, f, depth + 1);
      v.taint(o);
      const std::string p(txt(prop));
      if (o.error & kErrorObject) v.error = static_cast<std::uint8_t>((v.error & ~kErrorObject) | errorMember(p));
      // A method called on a field (`event.get('k')`, `event.Records.forEach(...)`) is no field.
      TSNode parent = parentOf(n);
      const bool method = (type(parent) == "call" || type(parent) == "call_expression") && ts_node_eq(field(parent, "function"), n);
      if (!method) readField(n, o, p, v);
      // The function's own name, from the handler's context.
      if (o.rooted() && o.field.empty() && o.rootParam == 1 &&
          (p == "function_name" || p == "functionName" || p == "invoked_function_arn" || p == "invokedFunctionArn"))
        v.env = model::kOwnFunctionName;
      if (!o.sdk.empty()) {
        if (p == "send") {  // client.send(command) is no operation of its own: the command names it
          v.binding = o.sdk + "#send";
        } else if (startsUpper(p) && py_) {  // boto3 resources: dynamodb.Table(...), s3.Bucket(...), not operations
          v.sdk = o.sdk;
          v.binding = o.sdk + "#" + p;
        } else if (o.documentClient) {
          auto it = kDocumentOperations.find(p);
          v.binding = o.sdk + "." + (it == kDocumentOperations.end() ? operationName(p) : it->second);
          v.operation = true;
        } else {
          v.binding = o.sdk + "." + operationName(p);
          v.operation = true;
        }
      } else if (!o.binding.empty()) {
        v.binding = o.binding + "." + p;
      }
      if (eventGlobal(v.binding)) {
        v.event = true;
        v.clean = 0;
      }
      environmentRead(v);
      return v;
    }
    if (t == "subscript" || t == "subscript_expression") {
      TSNode obj = field(n, py_ ? "value" : "object"), idx = field(n, py_ ? "subscript" : "index");
      Value o = eval(obj, f, depth + 1);
      v.taint(o);
      const std::string key = literal(idx);
      readField(n, o, key.empty() || type(idx) == "integer" || type(idx) == "number" || type(idx) == "unary_operator" ? "[]" : key, v);
      if (!o.binding.empty() && !key.empty()) v.binding = o.binding + "." + key;
      environmentRead(v);
      return v;
    }
    if (t == "call" || t == "call_expression" || t == "new_expression") {
      TSNode callee = field(n, t == "new_expression" ? "constructor" : "function");
      TSNode args = field(n, "arguments");
      Value c = eval(callee, f, depth + 1);
      std::string first;
      bool anyArgs = false, ranged = false;
      forEachArg(args, [&](TSNode a, const std::string& name) {
        if (!anyArgs) first = literal(a);
        anyArgs = true;
        ranged |= name == "Range";
        if (capFunction(c.binding) || c.operation || c.binding.ends_with("#send")) return;
        Value arg = eval(a, f, depth + 1);
        // A caught error given to a call: its text when the call makes text of it (str(e),
        // String(err), '{}'.format(e)), else nothing of it (JSON.stringify(err) gives "{}").
        if (arg.error & kErrorObject)
          arg.error = static_cast<std::uint8_t>((arg.error & ~kErrorObject) | errorConversion(c.binding, callee));
        v.taint(arg);
      });
      v.error |= stackTrace(c.binding);
      v.taint(c);
      if (returnsEvent(c.binding)) {
        v.event = true;
        v.clean = 0;
      }
      if (const std::uint8_t k = sanitizes(c.binding); k != 0) v.clean |= k;
      // An SDK request for a byte range (S3 GetObject Range=...) gives a part, not the whole object.
      v.binding = ranged && c.binding.starts_with("aws.") ? c.binding + "(Range)" : c.binding;
      if (!c.sdk.empty()) {  // a boto3 resource's sub-object keeps its service
        v.sdk = c.sdk;
        v.documentClient = c.documentClient;
      }
      bool doc = false;
      if (std::string s = sdkClient(c.binding, first, doc); !s.empty()) {
        v.sdk = s;
        v.documentClient = doc;
      }
      // SDK v3: client.send(new GetObjectCommand(...)) gives what the command gives.
      if (!py_ && c.binding.ends_with("#send") && anyArgs) {
        TSNode a0 = ts_node_named_child(args, 0);
        if (type(a0) == "new_expression")
          if (std::string op = commandOperation(eval(field(a0, "constructor"), f, depth + 1).binding); !op.empty()) {
            bool rangedCommand = false;
            forEachArg(field(a0, "arguments"), [&](TSNode, const std::string& name) { rangedCommand |= name == "Range"; });
            v.binding = rangedCommand ? op + "(Range)" : op;
          }
      }
      // dict.get('key'): the field; os.environ.get('X') / os.getenv('X'): the environment.
      if (anyArgs && !first.empty() && type(ts_node_named_child(args, 0)) == "string") {
        if (py_ && type(callee) == "attribute" && txt(field(callee, "attribute")) == "get") {
          Value o = eval(field(callee, "object"), f, depth + 1);
          readField(n, o, first, v);
        }
        if (c.binding == "os.environ.get" || c.binding == "os.getenv") v.env = first;
      }
      // The known start of a built string: '/mnt/{}'.format(x), path.join('/mnt/efs', x).
      if (type(callee) == "attribute" && txt(field(callee, "attribute")) == "format") {
        TSNode fmtString = field(callee, "object");
        if (type(fmtString) == "string") {
          bool whole = false;
          const std::string head = stringStart(fmtString, whole);
          v.start = head.substr(0, head.find('{'));
        }
      } else if (c.binding == "os.path.join" || c.binding == "posixpath.join" || c.binding == "path.join" || c.binding == "path.resolve" ||
                 c.binding == "node:path.join" || c.binding == "path.posix.join") {
        Value joined;
        bool firstPart = true;
        forEachArg(args, [&](TSNode a, const std::string& name) {
          if (!name.empty() || (!firstPart && !joined.constant)) return;
          const Value part = eval(a, f, depth + 1);
          if (firstPart) {
            joined.start = part.start;
            joined.constant = part.constant;
            firstPart = false;
          } else {
            Value next;
            appendStart(next, joined, part, "/");
            joined = next;
          }
        });
        v.start = joined.start;
        v.constant = joined.constant;
      }
      // util.promisify(fn) is fn, awaited.
      if (c.binding == "util.promisify" && anyArgs) {
        const std::string inner = eval(ts_node_named_child(args, 0), f, depth + 1).binding;
        if (!inner.empty()) v.binding = "util.promisify(" + inner + ")";
      }
      // SDK v2: request.promise() is the request's result.
      if (!py_ && c.binding.ends_with(".promise")) v.binding = c.binding.substr(0, c.binding.size() - 8);
      // `require('child_process').exec(...)`, `(await import('fs')).readFileSync(...)`: the module.
      if (!py_ && (type(callee) == "import" || (type(callee) == "identifier" && c.binding == "require")) && !first.empty() &&
          type(ts_node_named_child(args, 0)) == "string")
        v.binding = localSpec(first) ? stem(first, false) : first;
      return v;
    }
    if (t == "await" || t == "await_expression" || t == "parenthesized_expression" || t == "non_null_expression" || t == "as_expression" ||
        t == "satisfies_expression" || t == "type_assertion") {
      TSNode inner = ts_node_named_child(n, 0);
      return eval(inner, f, depth + 1);
    }
    if (t == "function_definition" || t == "lambda" || t == "arrow_function" || t == "function_expression" || t == "function_declaration") {
      for (const auto& fn : fns_)
        if (ts_node_eq(fn.node, n)) v.binding = fn.name;
      return v;
    }
    // Anything else (strings, f-strings, templates, operators, collections): what its parts carry;
    // in `x or default`, `a ?? b`, `c ? a : b` a client stays a client.
    const bool choice = t == "conditional_expression" || t == "ternary_expression" || t == "boolean_operator" || t == "binary_expression";
    // `event.Records ?? []`, `event.get('Records') or []`: still the field.
    const std::string_view op = choice ? txt(field(n, "operator")) : std::string_view();
    const bool fallback = t == "boolean_operator" || op == "??" || op == "||" || op == "&&";
    if (t == "string" || t == "template_string" || t == "concatenated_string")
      v.start = t == "concatenated_string" ? literal(n) : stringStart(n, v.constant);
    if (t == "concatenated_string") v.constant = !v.start.empty();
    // `'/mnt/' + name`, "/mnt/%s" % name: the start of the left operand (the operands are the
    // first two named children, evaluated once below).
    const std::string_view binaryOp =
        t == "binary_expression" || t == "binary_operator" ? (choice ? op : txt(field(n, "operator"))) : std::string_view();
    // What a string holds of a caught error is its text (f"failed: {e}", `${err}`, 'x' + err).
    const bool textual = t == "string" || t == "template_string" || t == "concatenated_string" || binaryOp == "+" || binaryOp == "%";
    Value left;
    for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
      TSNode ch = ts_node_named_child(n, i);
      if (type(ch) == "keyword_argument" || type(ch) == "pair") ch = field(ch, "value");
      Value o = eval(ch, f, depth + 1);
      if (textual) o.asText();
      if (!binaryOp.empty() && i == 0) {
        left.start = o.start;
        left.constant = o.constant;
        if (binaryOp == "%") v.start = o.start.substr(0, o.start.find('%'));
      } else if (binaryOp == "+" && i == 1) {
        appendStart(v, left, o);
      }
      v.taint(o);
      if (choice && v.sdk.empty() && !o.sdk.empty()) {
        v.sdk = o.sdk;
        v.documentClient = o.documentClient;
      }
      if (fallback && !v.rooted() && o.rooted()) {
        v.rootFn = o.rootFn;
        v.rootParam = o.rootParam;
        v.field = o.field;
      }
    }
    return v;
  }

  /// `v` is field `key` of `o` when `o` is a parameter's field; the read is recorded once per place.
  void readField(TSNode at, const Value& o, const std::string& key, Value& v) {
    if (!o.rooted()) return;
    const Value m = o.member(key);
    v.rootFn = m.rootFn;
    v.rootParam = m.rootParam;
    v.field = m.field;
    if (!readsSeen_.emplace(ts_node_start_byte(at), m.field).second) return;
    facts_.fieldReads.push_back({fns_[m.rootFn].name, m.rootParam, m.field, std::string(txt(at).substr(0, 120)), range(at)});
  }

  /// `os.environ['X']`, `process.env.X`: the value of variable X.
  void environmentRead(Value& v) const {
    for (std::string_view prefix : {"os.environ.", "process.env."})
      if (v.binding.starts_with(prefix) && v.binding.size() > prefix.size()) v.env = v.binding.substr(prefix.size());
  }

  /// The first parameter of a callback given to `forEach`/`map`/... of a parameter's field is an
  /// element of it (`event.Records.forEach(r => r.s3)` reads "Records[].s3").
  Value elementParam(int fn, unsigned param) {
    if (param != 0 || py_ || !fns_[fn].anonymous || fns_[fn].parent < 0) return {};
    // Worked out once per callback: its parameter is looked up at every use.
    if (auto it = elements_.find(fn); it != elements_.end()) return it->second;
    return elements_[fn] = iteratedElement(fn);
  }
  Value iteratedElement(int fn) {
    TSNode args = parentOf(fns_[fn].node);
    TSNode call = parentOf(args);
    if (type(args) != "arguments" || type(call) != "call_expression") return {};
    TSNode callee = field(call, "function");
    if (type(callee) != "member_expression") return {};
    static constexpr std::array<std::string_view, 8> kIterators = {"forEach", "map",   "filter",  "find",
                                                                   "some",    "every", "flatMap", "findIndex"};
    const std::string_view method = txt(field(callee, "property"));
    if (std::find(kIterators.begin(), kIterators.end(), method) == kIterators.end()) return {};
    const Value o = eval(field(callee, "object"), fns_[fn].parent);
    return o.rooted() ? o.member("[]") : Value{};
  }

  /// Web frameworks' request objects, which are the event's data wherever they are read.
  bool eventGlobal(const std::string& b) const {
    if (py_)
      return b == "flask.request" || b.starts_with("flask.request.") || b.ends_with(".current_event") ||
             b.find(".current_event.") != std::string::npos || b.ends_with(".current_request") ||
             b.find(".current_request.") != std::string::npos;  // Chalice's app.current_request
    return false;
  }
  /// What a call's result is made safe for (CleanFor bits): conversions to numbers for all; quoting,
  /// basename and escaping functions for their own kind. These are the languages' and the common
  /// libraries' own functions, named as the analyzer resolves them.
  std::uint8_t sanitizes(const std::string& b) const {
    struct Entry {
      std::string_view name;
      std::uint8_t kinds;
    };
    static constexpr std::array<Entry, 19> kPython = {{{"int", model::kCleanAll},
                                                       {"float", model::kCleanAll},
                                                       {"bool", model::kCleanAll},
                                                       {"len", model::kCleanAll},
                                                       {"abs", model::kCleanAll},
                                                       {"round", model::kCleanAll},
                                                       {"uuid.UUID", model::kCleanAll},
                                                       {"decimal.Decimal", model::kCleanAll},
                                                       {"shlex.quote", model::kCleanShell},
                                                       {"pipes.quote", model::kCleanShell},
                                                       {"os.path.basename", model::kCleanPath},
                                                       {"posixpath.basename", model::kCleanPath},
                                                       {"werkzeug.utils.secure_filename", model::kCleanPath},
                                                       {"werkzeug.secure_filename", model::kCleanPath},
                                                       {"html.escape", model::kCleanHtml},
                                                       {"markupsafe.escape", model::kCleanHtml},
                                                       {"bleach.clean", model::kCleanHtml},
                                                       {"pymysql.converters.escape_string", model::kCleanSql},
                                                       {"psycopg2.extensions.quote_ident", model::kCleanSql}}};
    static constexpr std::array<Entry, 22> kJavaScript = {{{"Number", model::kCleanAll},
                                                           {"parseInt", model::kCleanAll},
                                                           {"parseFloat", model::kCleanAll},
                                                           {"Boolean", model::kCleanAll},
                                                           {"Number.parseInt", model::kCleanAll},
                                                           {"Number.parseFloat", model::kCleanAll},
                                                           {"Math.floor", model::kCleanAll},
                                                           {"Math.round", model::kCleanAll},
                                                           {"Math.trunc", model::kCleanAll},
                                                           {"Math.abs", model::kCleanAll},
                                                           {"shell-quote.quote", model::kCleanShell},
                                                           {"shescape.quote", model::kCleanShell},
                                                           {"path.basename", model::kCleanPath},
                                                           {"node:path.basename", model::kCleanPath},
                                                           {"encodeURIComponent", model::kCleanPath | model::kCleanUrl},
                                                           {"escape-html", model::kCleanHtml},
                                                           {"he.encode", model::kCleanHtml},
                                                           {"he.escape", model::kCleanHtml},
                                                           {"lodash.escape", model::kCleanHtml},
                                                           {"validator.escape", model::kCleanHtml},
                                                           {"sqlstring.escape", model::kCleanSql},
                                                           {"mysql.escape", model::kCleanSql}}};
    const auto find = [&](const auto& table) -> std::uint8_t {
      for (const auto& e : table)
        if (e.name == b) return e.kinds;
      return 0;
    };
    return py_ ? find(kPython) : find(kJavaScript);
  }
  /// What a field of a caught error holds (ErrorDetail bits): its stack trace, nothing of note
  /// (its class's name, an error code), or its text (message, args, the SDK's response).
  static std::uint8_t errorMember(std::string_view p) {
    if (p == "stack" || p == "stackTrace" || p == "__traceback__" || p == "tb_frame") return model::kErrorStack;
    for (std::string_view plain : {"name", "code", "statusCode", "status", "errno", "$metadata", "$fault", "__class__", "__name__",
                                   "status_code", "retryable", "constructor"})
      if (p == plain) return 0;
    return model::kErrorText;
  }
  /// What a call makes of a caught error it is given (ErrorDetail bits): text (str, repr, String,
  /// format), a stack trace (util.inspect, traceback.format_exception), or nothing.
  std::uint8_t errorConversion(const std::string& b, TSNode callee) const {
    if (py_) {
      if (b == "str" || b == "repr" || b == "format" || b == "traceback.format_exception_only") return model::kErrorText;
      if (b == "traceback.format_exception" || b == "traceback.format_tb" || b == "traceback.TracebackException") return model::kErrorStack;
      if (type(callee) == "attribute" && txt(field(callee, "attribute")) == "format") return model::kErrorText;  // '{}'.format(e)
      return 0;
    }
    if (b == "String" || b == "util.format" || b == "node:util.format") return model::kErrorText;
    if (b == "util.inspect" || b == "node:util.inspect") return model::kErrorStack;
    return 0;
  }
  /// A call that gives the stack trace of the error being handled: traceback.format_exc().
  std::uint8_t stackTrace(const std::string& b) const {
    return py_ && (b == "traceback.format_exc" || b == "traceback.format_stack") ? model::kErrorStack : 0;
  }

  /// A number passed through these is capped: not a count the caller chooses.
  bool capFunction(const std::string& b) const { return py_ ? b == "min" : b == "Math.min"; }

  /// Visits each argument of a call: positional ones with an empty name, then named ones (Python
  /// keyword arguments; the properties of JavaScript object literal arguments).
  template <class Visit> void forEachArg(TSNode args, Visit visit) const {
    if (ts_node_is_null(args)) return;
    std::vector<std::pair<std::string, TSNode>> named;
    for (std::uint32_t i = 0, c = ts_node_named_child_count(args); i < c; ++i) {
      TSNode a = ts_node_named_child(args, i);
      const std::string_view t = type(a);
      if (t == "comment") continue;
      if (t == "keyword_argument") {
        std::string name(txt(field(a, "name")));
        TSNode value = field(a, "value");
        named.emplace_back(name, value);
        namedParts(value, name, named, 1);
        continue;
      }
      visit(a, std::string());
      if (t == "object") namedParts(a, "", named, 0);
    }
    for (const auto& [name, node] : named) visit(node, name);
  }

  /// The parts of a dict or object literal named `base` ("" at the top) as named values: its keys
  /// ("headers", "headers.Content-Type" nested, at most three deep) and, for a list of literals
  /// inside, each element as "<base>[]" (`algorithms=['none']` gives "algorithms[]").
  void namedParts(TSNode value, const std::string& base, std::vector<std::pair<std::string, TSNode>>& named, unsigned depth) const {
    if (depth > 2 || ts_node_is_null(value)) return;
    const std::string_view t = type(value);
    if (t == "object" || t == "dictionary") {
      for (std::uint32_t k = 0, m = ts_node_named_child_count(value); k < m; ++k) {
        TSNode p = ts_node_named_child(value, k);
        if (type(p) == "pair") {
          TSNode key = field(p, "key");
          if (!isIdentifier(type(key)) && !(type(key) == "string" && !literal(key).empty())) continue;
          std::string name = base.empty() ? unquote(txt(key)) : base + "." + unquote(txt(key));
          TSNode inner = field(p, "value");
          named.emplace_back(name, inner);
          namedParts(inner, name, named, depth + 1);
        } else if (type(p) == "shorthand_property_identifier") {
          named.emplace_back(base.empty() ? std::string(txt(p)) : base + "." + std::string(txt(p)), p);
        }
      }
    } else if ((t == "list" || t == "array") && !base.empty()) {
      for (std::uint32_t k = 0, m = ts_node_named_child_count(value); k < m; ++k)
        if (TSNode e = ts_node_named_child(value, k); !literal(e).empty()) named.emplace_back(base + "[]", e);
    }
  }

  // ---- bindings
  void bindTarget(TSNode left, const Value& v, int f, bool augment) {
    const std::string_view t = type(left);
    if (t == "identifier" || t == "shorthand_property_identifier_pattern") {
      auto& slot = scope(f)[std::string(txt(left))];
      if (augment) {
        slot.taint(v);
        Value joined;  // path += name: the start grows only while all before it is known
        appendStart(joined, slot, v);
        slot.start = std::move(joined.start);
        slot.constant = joined.constant;
      } else {
        // A local variable shadows an outer one; its params are its own function's.
        slot = v;
      }
      return;
    }
    if (t == "pattern_list" || t == "tuple_pattern" || t == "list_pattern" || t == "array_pattern" || t == "tuple" || t == "list") {
      Value part = v;
      part.binding.clear();
      part.sdk.clear();
      part.env.clear();
      part.start.clear();
      part.constant = false;
      if (part.rooted()) part.field = v.member("[]").field;
      for (std::uint32_t i = 0, c = ts_node_named_child_count(left); i < c; ++i) bindTarget(ts_node_named_child(left, i), part, f, augment);
      return;
    }
    if (t == "object_pattern") {  // const { body, headers: h } = event
      for (std::uint32_t i = 0, c = ts_node_named_child_count(left); i < c; ++i) {
        TSNode p = ts_node_named_child(left, i);
        Value part = v;
        part.sdk.clear();
        part.start.clear();
        part.constant = false;
        part.env.clear();
        if (type(p) == "shorthand_property_identifier_pattern") {
          part.binding = v.binding.empty() ? "" : v.binding + "." + std::string(txt(p));
          readField(p, v, std::string(txt(p)), part);
          environmentRead(part);
          bindTarget(p, part, f, augment);
        } else if (type(p) == "pair_pattern") {
          TSNode key = field(p, "key"), value = field(p, "value");
          if (type(value) == "assignment_pattern") value = field(value, "left");
          part.binding = v.binding.empty() ? "" : v.binding + "." + unquote(txt(key));
          readField(key, v, unquote(txt(key)), part);
          environmentRead(part);
          bindTarget(value, part, f, augment);
        } else if (type(p) == "object_assignment_pattern") {
          bindTarget(field(p, "left"), part, f, augment);
        } else if (type(p) == "rest_pattern") {
          bindTarget(ts_node_named_child(p, 0), part, f, augment);
        }
      }
      return;
    }
    if (t == "subscript" || t == "subscript_expression" || t == "attribute" || t == "member_expression") {
      // d['k'] = event_value / obj.x = event_value: the container carries the data.
      TSNode obj = field(left, t == "subscript" ? "value" : "object");
      if (type(obj) == "identifier" && (v.event || v.params)) scope(f)[std::string(txt(obj))].taint(v);
    }
  }

  /// `process.env.X = v` / `os.environ['X'] = v`: a setter call "process.env.X=" with the value, so
  /// rules on calls see process-wide switches (NODE_TLS_REJECT_UNAUTHORIZED).
  void environmentWrite(TSNode left, TSNode right, int f) {
    const std::string_view t = type(left);
    if (t != "member_expression" && t != "subscript" && t != "subscript_expression" && t != "attribute") return;
    const std::string target = eval(left, f).binding;
    if (!target.starts_with(py_ ? "os.environ." : "process.env.")) return;
    model::CallFact fact;
    fact.callee = target + "=";
    fact.args.push_back(literal(right));
    Value v = eval(right, f);
    fact.argFromEvent.push_back(v.event);
    fact.argParams.push_back(v.params);
    fact.function = fnName(f);
    fact.range = range(left);
    fact.resultDiscarded = true;
    facts_.calls.push_back(std::move(fact));
  }

  void assign(const Match& m) {
    TSNode at = m.get("assign");
    const int f = innermost(ts_node_start_byte(at));
    TSNode left = m.get("assign.left"), right = m.get("assign.right");
    if (type(right) == "call_expression" && type(field(right, "function")) == "identifier" && txt(field(right, "function")) == "require")
      return;  // imports bind their own names
    const bool augment = type(at) == "augmented_assignment" || type(at) == "augmented_assignment_expression";
    Value v = eval(right, f);
    if (type(at) == "for_statement" || type(at) == "for_in_statement" || type(at) == "for_in_clause") {  // the loop variable is an element
      v.binding.clear();
      v.sdk.clear();
      v.env.clear();
      v.start.clear();
      v.constant = false;
      if (v.rooted()) v.field = v.member("[]").field;
    }
    bindTarget(left, v, f, augment);
  }

  /// Reads each caught error's clause (`except Exception as e:`, `catch (err)`): where its name
  /// stands for the error. An error that a handler may mean for its caller (ValueError, a class of
  /// its own) is no error of note.
  void readCatches() {
    for (const auto& m : catches_) {
      TSNode at = m.get("catch"), name = py_ ? field(at, "alias") : m.get("catch.name"), classes = py_ ? field(at, "value") : TSNode{};
      // tree-sitter-python 0.25 reads `except X as e` as (except_clause (as_pattern X alias:
      // (as_pattern_target e))); its grammar's alias field is the older shape.
      if (type(classes) == "as_pattern") {
        name = ts_node_named_child(field(classes, "alias"), 0);
        classes = ts_node_named_child(classes, 0);
      }
      if (type(name) != "identifier") continue;
      const int f = innermost(ts_node_start_byte(at));
      caught_.push_back({ts_node_start_byte(at), ts_node_end_byte(at), std::string(txt(name)), !py_ || broadExcept(classes, f)});
    }
  }
  /// The caught error a name at `n` stands for, when it is one: the innermost clause naming it.
  const Caught* caughtAt(TSNode n, std::string_view name) const {
    const Caught* best = nullptr;
    const std::uint32_t at = ts_node_start_byte(n);
    for (const auto& c : caught_)
      if (c.begin <= at && at < c.end && c.name == name && (!best || c.end - c.begin < best->end - best->begin)) best = &c;
    return best;
  }

  /// True when an `except` clause catches errors no handler raises to answer with: Exception,
  /// BaseException, a library's errors (botocore's ClientError holds the account and the role). The
  /// built-in errors about bad input and the file's own classes are for the caller.
  bool broadExcept(TSNode classes, int f) {
    if (ts_node_is_null(classes)) return true;
    if (type(classes) == "tuple" || type(classes) == "parenthesized_expression") {
      for (std::uint32_t i = 0, c = ts_node_named_child_count(classes); i < c; ++i)
        if (broadExcept(ts_node_named_child(classes, i), f)) return true;
      return false;
    }
    const std::string b = eval(classes, f).binding;
    for (std::string_view input : {"ValueError", "KeyError", "TypeError", "IndexError", "LookupError", "AssertionError", "UnicodeError",
                                   "UnicodeDecodeError", "json.JSONDecodeError", "json.decoder.JSONDecodeError", "binascii.Error"})
      if (b == input) return false;
    if (b.ends_with("ValidationError") || b.ends_with("ValidationException")) return false;
    return !classNames_.count(b);
  }

  /// Marks the functions whose returned value is event data of their own (not only what their
  /// parameters bring: a call's result carries its arguments' data already). True when any is.
  bool markEventReturns() {
    returnsEvent_.assign(fns_.size(), false);
    bool any = false;
    for (const auto& m : returns_) {
      const int f = innermost(ts_node_start_byte(m.get("return")));
      if (f < 0 || returnsEvent_[static_cast<std::size_t>(f)]) continue;
      if (eval(m.get("return.value"), f).event) returnsEvent_[static_cast<std::size_t>(f)] = any = true;
    }
    anyReturnsEvent_ = any;
    return any;
  }
  bool returnsEvent(const std::string& binding) const {
    if (!anyReturnsEvent_) return false;  // asked on every call: most files have none
    for (std::size_t i = 0; i < fns_.size() && i < returnsEvent_.size(); ++i)
      if (returnsEvent_[i] && fns_[i].name == binding) return true;
    return false;
  }

  void environmentWrites() {
    for (const auto& m : assigns_) {
      TSNode at = m.get("assign");
      if (type(at) == "assignment" || type(at) == "assignment_expression")
        environmentWrite(m.get("assign.left"), m.get("assign.right"), innermost(ts_node_start_byte(at)));
    }
  }

  // ---- exports and handlers
  int functionOf(TSNode value, int f) {
    for (std::size_t i = 0; i < fns_.size(); ++i)
      if (ts_node_eq(fns_[i].node, value)) return static_cast<int>(i);
    // A name of a function, or a wrapper call around one: middy(handler).use(...), a decorator call.
    const std::string b = eval(value, f).binding;
    for (std::size_t i = 0; i < fns_.size(); ++i)
      if (fns_[i].name == b) return static_cast<int>(i);
    const std::string_view t = type(value);
    if (t == "call_expression" || t == "call" || t == "member_expression" || t == "await_expression") {
      for (std::uint32_t i = 0, c = ts_node_named_child_count(value); i < c; ++i) {
        TSNode ch = ts_node_named_child(value, i);
        if (type(ch) == "arguments") {
          for (std::uint32_t k = 0, m = ts_node_named_child_count(ch); k < m; ++k)
            if (int r = functionOf(ts_node_named_child(ch, k), f); r >= 0) return r;
        } else if (int r = functionOf(ch, f); r >= 0) {
          return r;
        }
      }
    }
    return -1;
  }

  void exportAs(TSNode value, const std::string& name) {
    const int f = functionOf(value, -1);
    if (f >= 0 && std::find(fns_[f].exportedAs.begin(), fns_[f].exportedAs.end(), name) == fns_[f].exportedAs.end())
      fns_[f].exportedAs.push_back(name);
  }

  void readExports() {
    if (py_) {  // a module's top-level functions are its attributes
      for (auto& f : fns_)
        if (f.parent < 0 && !f.anonymous && f.name.rfind('.') == module_.size()) f.exportedAs.push_back(f.name.substr(module_.size() + 1));
      return;
    }
    for (const auto& m : exports_) {
      if (TSNode name = m.get("export.name"); !ts_node_is_null(name)) {
        exportAs(m.get("export.value"), std::string(txt(name)));
      } else if (TSNode d = m.get("export.default"); !ts_node_is_null(d)) {
        exportAs(d, "default");
      } else if (TSNode local = m.get("export.local"); !ts_node_is_null(local)) {
        TSNode spec = parentOf(local);
        TSNode alias = field(spec, "alias");
        const int f = functionOf(local, -1);
        if (f >= 0) fns_[f].exportedAs.push_back(unquote(txt(ts_node_is_null(alias) ? local : alias)));
      } else if (TSNode obj = m.get("export.object"); !ts_node_is_null(obj)) {
        if (type(obj) != "object") {
          exportAs(obj, "default");  // module.exports = handler
          continue;
        }
        for (std::uint32_t i = 0, c = ts_node_named_child_count(obj); i < c; ++i) {
          TSNode p = ts_node_named_child(obj, i);
          if (type(p) == "pair")
            exportAs(field(p, "value"), unquote(txt(field(p, "key"))));
          else if (type(p) == "shorthand_property_identifier")
            exportAs(p, std::string(txt(p)));
          else if (type(p) == "method_definition")
            exportAs(p, std::string(txt(field(p, "name"))));
        }
      }
    }
  }

  void addHandler(int f, std::string_view framework, int eventIndex, TSNode registeredAt) {
    for (auto& h : facts_.handlers)
      if (h.name == fns_[f].name) return;
    model::HandlerFact h;
    h.name = fns_[f].name;
    h.framework = std::string(framework);
    h.eventIndex = eventIndex < static_cast<int>(fns_[f].params.size()) ? eventIndex : -1;
    if (h.eventIndex >= 0) h.eventParam = fns_[f].params[h.eventIndex];
    h.range = range(fns_[f].anonymous ? fns_[f].node : fns_[f].nameNode);
    h.registeredAt = range(registeredAt);
    facts_.handlers.push_back(std::move(h));
  }

  void readDecorators() {
    // Python: functions_framework, Azure Functions v2 (FunctionApp), AWS Chalice, Powertools and
    // Flask-style routers. Decorators that only wrap (logger.inject_lambda_context) leave the function as it is.
    for (const auto& m : decorators_) {
      const int f = functionOf(parentOf(m.get("decorator.function")), -1);
      if (f < 0) continue;
      TSNode expr = m.get("decorator.expr");
      TSNode callee = type(expr) == "call" ? field(expr, "function") : expr;
      const std::string b = eval(callee, -1).binding;
      if (b.starts_with("functions_framework.")) {
        addHandler(f, "functions-framework", 0, expr);
      } else if (b.starts_with("azure.functions.FunctionApp.") || b.starts_with("azure.functions.Blueprint.")) {
        if (b.ends_with(".route") || b.ends_with("_trigger")) addHandler(f, "azure-functions", 0, expr);
      } else if (b.starts_with("chalice.Chalice.") || b.starts_with("chalice.Blueprint.")) {
        // AWS Chalice: a route's parameters are the URL's path parameters and its request is
        // app.current_request; an event handler (on_sns_message, on_s3_event, lambda_function,
        // ...) takes the event as its first parameter.
        const std::string_view kind = std::string_view(b).substr(b.find('.', 8) + 1);
        if (kind == "route")
          addHandler(f, "chalice", fns_[f].params.empty() ? -1 : 0, expr);
        else if (kind.starts_with("on_") || kind == "lambda_function" || kind == "schedule")
          addHandler(f, "chalice", 0, expr);
      } else if (b.find(".event_handler.") != std::string::npos || b.starts_with("flask.Flask.") || b.starts_with("flask.Blueprint.") ||
                 b.starts_with("fastapi.")) {
        // Routers: the request comes through the framework's request object, not a parameter.
        static constexpr std::array<std::string_view, 9> kRoutes = {".route", ".get",  ".post",    ".put",      ".delete",
                                                                    ".patch", ".head", ".options", ".api_route"};
        if (std::any_of(kRoutes.begin(), kRoutes.end(), [&](std::string_view r) { return b.ends_with(r); }))
          addHandler(f,
                     b.find(".event_handler.") != std::string::npos ? "powertools"
                     : b.starts_with("flask.")                      ? "flask"
                                                                    : "fastapi",
                     -1, expr);
      }
    }
  }

  /// The JavaScript registrations: functions.http('name', fn), app.http('name', { handler }),
  /// express routes app.get('/x', fn), and exported handlers.
  void registrations(const Match& m, int f, const std::string& callee) {
    TSNode args = m.get("call.args");
    auto fnArg = [&](TSNode a) { return functionOf(a, f); };
    if (callee.starts_with("@google-cloud/functions-framework.")) {
      if (TSNode a = ts_node_named_child(args, 1); !ts_node_is_null(a))
        if (int h = fnArg(a); h >= 0) addHandler(h, "functions-framework", 0, m.get("call"));
      return;
    }
    if (callee.starts_with("@azure/functions.app.")) {
      forEachArg(args, [&](TSNode a, const std::string& name) {
        if (name == "handler")
          if (int h = fnArg(a); h >= 0) addHandler(h, "azure-functions", 0, m.get("call"));
      });
      return;
    }
    static constexpr std::array<std::string_view, 8> kRoutes = {".get", ".post", ".put", ".delete", ".patch", ".all", ".use", ".options"};
    const bool express = callee.starts_with("express.") || callee.starts_with("express.Router.") || callee.starts_with("koa.") ||
                         callee.starts_with("fastify.");
    if (express && std::any_of(kRoutes.begin(), kRoutes.end(), [&](std::string_view r) { return callee.ends_with(r); })) {
      const std::uint32_t n = ts_node_named_child_count(args);
      for (std::uint32_t i = 0; i < n; ++i)
        if (int h = fnArg(ts_node_named_child(args, i)); h >= 0 && !fns_[h].params.empty()) addHandler(h, "express", 0, m.get("call"));
    }
  }

  static constexpr std::array<std::string_view, 5> kEvent = {"event", "evt", "_event", "e", "ev"};
  static constexpr std::array<std::string_view, 5> kContext = {"context", "ctx", "_context", "lambda_context", "_ctx"};

  /// A top-level function that may be an entry point, so that a callback inside it that reads its
  /// first parameter reads the event: a handler found so far (by convention or registration), or
  /// one whose first parameter is named like an event or a request. An exported library helper
  /// (`const dos2Unix = file => readFile(file).then(...)`) is not.
  bool mayBeEntry(int fn) const {
    const Fn& f = fns_[static_cast<std::size_t>(fn)];
    for (const auto& h : facts_.handlers)
      if (h.name == f.name && h.eventIndex == 0) return true;
    if (f.params.empty()) return false;
    const std::string_view first = f.params[0];
    return std::find(kEvent.begin(), kEvent.end(), first) != kEvent.end() || first == "req" || first == "request";
  }

  void conventionalHandlers() {
    // AWS Lambda's convention: handler(event, context), or an exported `handler`.
    for (std::size_t i = 0; i < fns_.size(); ++i) {
      const Fn& f = fns_[i];
      // (event, context), and Node.js's (event, context, callback).
      const bool callbackShaped = !py_ && f.params.size() == 3 && (f.params[2] == "callback" || f.params[2] == "cb");
      const bool eventShaped = (f.params.size() == 2 || callbackShaped) &&
                               std::find(kEvent.begin(), kEvent.end(), f.params[0]) != kEvent.end() &&
                               std::find(kContext.begin(), kContext.end(), f.params[1]) != kContext.end();
      const bool exportedHandler =
          std::find(f.exportedAs.begin(), f.exportedAs.end(), "handler") != f.exportedAs.end() && !f.params.empty();
      if ((f.parent < 0 && eventShaped) || (!py_ && (exportedHandler || (eventShaped && !f.exportedAs.empty()))))
        addHandler(static_cast<int>(i), model::kConventionalHandler, 0, TSNode{});
    }
  }

  // ---- calls
  TSNode calleeRangeNode(TSNode callee) const {
    // A dotted name of identifiers is shown whole (`time.sleep`); a longer chain by its last name.
    for (TSNode n = callee;;) {
      const std::string_view t = type(n);
      if (t == "identifier") return callee;
      if (t != "attribute" && t != "member_expression") break;
      n = field(n, "object");
    }
    const std::string_view t = type(callee);
    if (t == "attribute" || t == "member_expression") return field(callee, py_ ? "attribute" : "property");
    return callee;
  }

  /// Adds argument `a` (named `name`, "" when positional) of a call, or of a return, in function
  /// `f` to `fact`, with what it carries; gives back its value.
  Value addArg(model::CallFact& fact, TSNode a, const std::string& name, int f) {
    Value v = eval(a, f);
    fact.args.push_back(literal(a));
    fact.argNames.push_back(name);
    fact.argFromEvent.push_back(v.event);
    fact.argParams.push_back(v.params);
    fact.argEnv.push_back(v.env);
    fact.argFields.push_back(v.rooted() && v.rootFn == f && !v.field.empty() ? std::to_string(v.rootParam) + ":" + v.field : std::string());
    // A qualified name (an SDK result's field, an imported module's member), not a local's own name.
    const bool qualified = !v.rooted() && v.binding.find('.') != std::string::npos && v.binding.size() <= 200;
    fact.argBindings.push_back(qualified ? v.binding : std::string());
    const bool built = fact.args.back().empty() && !v.start.empty();
    fact.argStarts.push_back(built ? v.start.substr(0, 200) : std::string());
    fact.argClean.push_back(v.carries() ? v.clean : 0);
    fact.argErrors.push_back(static_cast<std::uint8_t>(v.error & (model::kErrorText | model::kErrorStack)));
    return v;
  }
  /// Empties the per-argument lists that say nothing (CallFact: they are empty when unused).
  static void trimArgs(model::CallFact& fact) {
    const auto clearIfBlank = [](auto& list) {
      if (std::all_of(list.begin(), list.end(), [](const auto& x) { return x == std::decay_t<decltype(x)>{}; })) list.clear();
    };
    clearIfBlank(fact.argNames);
    clearIfBlank(fact.argEnv);
    clearIfBlank(fact.argFields);
    clearIfBlank(fact.argBindings);
    clearIfBlank(fact.argStarts);
    clearIfBlank(fact.argClean);
    clearIfBlank(fact.argErrors);
  }

  /// Each `return` with a value in a function, as a call of "return" (SourceFacts::returns).
  void readReturns() {
    for (const auto& m : returns_) {
      TSNode at = m.get("return"), value = m.get("return.value");
      const int f = innermost(ts_node_start_byte(at));
      if (f < 0) continue;
      model::CallFact fact;
      fact.callee = "return";
      fact.function = fnName(f);
      TSNode keyword = ts_node_child(at, 0);
      fact.range = range(ts_node_is_null(keyword) ? at : keyword);
      addArg(fact, value, "", f);
      TSNode literalValue = value;
      while (type(literalValue) == "parenthesized_expression" || type(literalValue) == "await_expression" ||
             type(literalValue) == "as_expression" || type(literalValue) == "satisfies_expression")
        literalValue = ts_node_named_child(literalValue, 0);
      std::vector<std::pair<std::string, TSNode>> named;
      namedParts(literalValue, "", named, 0);
      for (const auto& [name, node] : named) addArg(fact, node, name, f);
      trimArgs(fact);
      facts_.returns.push_back(std::move(fact));
    }
  }

  void readCalls() {
    byPosition(calls_, "call");
    for (const auto& m : calls_) {
      TSNode call = m.get("call"), calleeNode = m.get("call.callee");
      const int f = innermost(ts_node_start_byte(call));
      Value c = eval(calleeNode, f);
      model::CallFact fact;
      fact.callee = c.binding.empty() ? std::string(txt(calleeNode).substr(0, 200)) : c.binding;
      if (type(call) == "new_expression")
        if (std::string op = commandOperation(fact.callee); !op.empty()) fact.callee = op;
      fact.resolved = !c.binding.empty();
      fact.function = fnName(f);
      // `await new Promise(resolve => setTimeout(resolve, ms))`: a sleep of the function that
      // awaits the promise.
      if (!py_ && fact.callee == "setTimeout" && f >= 0 && fns_[f].anonymous && !fns_[f].params.empty()) {
        TSNode executorArgs = parentOf(fns_[f].node);
        TSNode promise = parentOf(executorArgs);
        if (type(executorArgs) == "arguments" && type(promise) == "new_expression" && txt(field(promise, "constructor")) == "Promise") {
          TSNode first = ts_node_named_child(m.get("call.args"), 0);
          const bool resolves = txt(first) == fns_[f].params[0] || type(first) == "arrow_function";
          if (resolves) {
            fact.callee = "new Promise(setTimeout)";
            fact.function = fnName(fns_[f].parent);
          }
        }
      }
      fact.range = range(calleeRangeNode(calleeNode));
      forEachArg(m.get("call.args"), [&](TSNode a, const std::string& name) {
        const Value v = addArg(fact, a, name, f);
        // A function passed as an argument (a callback, a thread target) runs on this path.
        if (!v.binding.empty())
          for (const auto& fn : fns_)
            if (fn.name == v.binding) facts_.callGraph.emplace_back(fact.function, fn.name);
      });
      trimArgs(fact);
      TSNode parent = parentOf(call);
      fact.resultDiscarded = type(parent) == "expression_statement";
      fact.awaited = type(parent) == "await" || type(parent) == "await_expression";
      if (type(parent) == "arguments") {  // new XCommand(...) sent by an awaited client.send(...)
        TSNode outer = parentOf(parent);
        fact.awaited = type(parentOf(outer)) == "await_expression";
      }
      if (!py_) registrations(m, f, fact.callee);
      facts_.callGraph.emplace_back(fact.function, fact.callee);
      facts_.calls.push_back(std::move(fact));
    }
  }

  // ---- loops
  /// True when the subtree ends the loop it is in: a return or raise/throw anywhere (outside
  /// nested functions), a break outside nested loops, or a call that exits the process.
  bool exits(TSNode n, bool nestedLoop, unsigned depth) const {
    if (ts_node_is_null(n) || depth > kMaxDepth) return false;
    const std::string_view t = type(n);
    if (t == "return_statement" || t == "raise_statement" || t == "throw_statement") return true;
    if (t == "break_statement" && !nestedLoop) return true;
    if (t == "function_definition" || t == "lambda" || t == "arrow_function" || t == "function_expression" || t == "function_declaration" ||
        t == "class_definition" || t == "class_declaration")
      return false;
    if ((t == "call" || t == "call_expression")) {
      const std::string_view callee = txt(field(n, "function"));
      if (callee == "sys.exit" || callee == "exit" || callee == "os._exit" || callee == "process.exit") return true;
    }
    const bool loop =
        t == "while_statement" || t == "for_statement" || t == "for_in_statement" || t == "do_statement" || t == "switch_statement";
    for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i)
      if (exits(ts_node_named_child(n, i), nestedLoop || loop, depth + 1)) return true;
    return false;
  }

  /// The event data in a loop bound, leaving out lengths of what the event holds (a batch of
  /// records is bounded by its trigger) and capped numbers.
  void countTaint(TSNode n, int f, Value& out, unsigned depth) {
    if (ts_node_is_null(n) || depth > kMaxDepth) return;
    const std::string_view t = type(n);
    if (t == "call" || t == "call_expression") {
      const std::string callee = eval(field(n, "function"), f).binding;
      if (callee == "len" || capFunction(callee)) return;
    }
    if (t == "member_expression" && txt(field(n, "property")) == "length") return;
    if (t == "identifier" || t == "attribute" || t == "member_expression" || t == "subscript" || t == "subscript_expression") {
      out.taint(eval(n, f));
      return;
    }
    for (std::uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) countTaint(ts_node_named_child(n, i), f, out, depth + 1);
  }

  void readLoops() {
    byPosition(loops_, "loop");
    for (const auto& m : loops_) {
      TSNode loop = m.get("loop");
      const int f = innermost(ts_node_start_byte(loop));
      model::LoopFact l;
      l.function = fnName(f);
      l.extent = range(loop);
      TSNode keyword = ts_node_child(loop, 0);
      l.range = range(ts_node_is_null(keyword) ? loop : keyword);
      const std::string_view t = type(loop);
      TSNode cond = m.get("loop.condition");
      if (t == "for_statement" && !py_) cond = field(loop, "condition");
      Value count;
      if (t == "while_statement" || t == "do_statement" || (t == "for_statement" && !py_)) {
        std::string c(txt(cond));
        // `for (;;)`: an empty condition; `while (true)`, `while True:`, `while 1:`.
        while (!c.empty() && (c.front() == '(' || c.front() == ' ')) c.erase(c.begin());
        while (!c.empty() && (c.back() == ')' || c.back() == ' ' || c.back() == ';')) c.pop_back();
        const bool forever = c.empty() || c == "True" || c == "true" || c == "1" || c == "!0";
        if (forever) l.boundedExit = exits(m.get("loop.body"), false, 0);
        countTaint(cond, f, count, 0);
      } else if (TSNode iter = m.get("loop.iter"); !ts_node_is_null(iter)) {
        // for i in range(n): the count is n.
        if (type(iter) == "call" && eval(field(iter, "function"), f).binding == "range") countTaint(field(iter, "arguments"), f, count, 0);
      }
      l.countFromEvent = count.event;
      l.countParams = count.params;
      facts_.loops.push_back(std::move(l));
    }
  }

  // ---- field reads
  /// Follows every chain of field reads from its outermost end (reads in calls and bindings were
  /// recorded when they were evaluated; these are the rest: returns, conditions, ...).
  void readFields() {
    for (TSNode n : reads_) {
      TSNode parent = parentOf(n);
      const std::string_view pt = type(parent);
      const bool inner = (pt == "attribute" || pt == "member_expression" || pt == "subscript" || pt == "subscript_expression") &&
                         ts_node_eq(ts_node_child(parent, 0), n);
      if (!inner) eval(n, innermost(ts_node_start_byte(n)));
    }
    std::sort(facts_.fieldReads.begin(), facts_.fieldReads.end(),
              [](const model::FieldReadFact& a, const model::FieldReadFact& b) { return a.range.begin < b.range.begin; });
  }

  // ---- strings
  void readStrings() {
    for (TSNode s : strings_) {
      TSNode parent = parentOf(s);
      // Docstrings and other strings that are statements of their own are documentation.
      if (type(parent) == "expression_statement" && ts_node_named_child_count(parent) == 1) continue;
      if (type(parent) == "concatenated_string") continue;
      const std::string text = literal(s);
      if (text.empty()) continue;
      facts_.strings.push_back({text, range(s), fnName(innermost(ts_node_start_byte(s)))});
    }
  }

  const ScriptGrammar& g_;
  const bool py_;
  std::string_view src_;
  core::FileId file_;
  std::chrono::milliseconds budget_;
  std::string module_;
  model::SourceFacts facts_;
  std::vector<Match> functionMatches_, classes_, imports_, calls_, assigns_, exports_, decorators_, loops_, returns_, catches_;
  std::set<std::string, std::less<>> classNames_;  ///< the classes the file defines
  std::vector<Caught> caught_;
  std::vector<bool> returnsEvent_;  ///< per function: it returns event data of its own (a web framework's request)
  bool anyReturnsEvent_ = false;
  std::vector<TSNode> strings_, reads_;
  std::vector<Fn> fns_;
  std::map<int, std::map<std::string, Value, std::less<>>> scopes_;
  std::set<std::pair<std::uint32_t, std::string>> readsSeen_;
  std::unordered_map<const void*, TSNode> parents_;
  std::map<int, Value> elements_;  ///< elementParam, per callback
};

}  // namespace

std::string moduleName(std::string_view path) {
  auto slash = path.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // "index.test.js" -> "index.test"; ".mjs"/".d.ts" and the like: only the last extension goes.
  auto dot = base.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

model::SourceFacts analyzeScript(const ScriptGrammar& grammar, const SourceRequest& request) { return Engine(grammar, request).run(); }

}  // namespace faaslint::languages::ts
