#include "lsp/Server.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "engine/Runner.h"
#include "formats/Discover.h"
#include "formats/Format.h"
#include "languages/Language.h"
#include "lsp/Positions.h"

namespace faaslint::lsp {
namespace {

using json = nlohmann::json;

/// JSON-RPC and LSP error codes.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
};

constexpr std::string_view kConfigName = ".faaslint.yaml";
/// Written where a suppression needs its reason; plain words, so it is valid wherever it goes
/// (a YAML value cannot hold ": ").
constexpr std::string_view kReasonPlaceholder = "TODO say why this finding is acceptable here";

/// An open document: the editor's text, which the scan reads instead of the file on disk.
struct Document {
  std::string path;  ///< as the scan names it: relative to the root folder, or absolute outside it
  std::string text;
  std::int64_t version = 0;
  std::string scope;  ///< the scan that covers it (scopeKey)
};

/// A finding as published, kept for code actions and hover on it.
struct Published {
  Position start, end;
  std::string code;
  std::shared_ptr<const json> diagnostic;  ///< as published (shared: a json member would make the moves throwing)
  std::vector<json> fixes;  ///< code actions applying the rule's certain fixes
};

/// What one scan reads: a project folder ("d:" + folder, "" for the root) or one file ("f:" + path).
std::string folderScope(const std::string& folder) { return "d:" + folder; }
std::string fileScope(const std::string& path) { return "f:" + path; }

/// Whether a document at `path` is read by the scan `scope`.
bool covers(const std::string& scope, const std::string& path) {
  const std::string_view what = std::string_view(scope).substr(2);
  if (scope.starts_with("f:")) return what == path;
  return what.empty() ? !path.starts_with("/") : path.starts_with(std::string(what) + "/");
}

std::string fileName(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string extensionOf(const std::string& path) {
  const std::string name = fileName(path);
  const auto dot = name.rfind('.');
  std::string ext = dot == std::string::npos ? "" : name.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

/// The comment that starts a suppression in a file of this kind; "" when it has no comments
/// (JSON), where the suppression goes into `.faaslint.yaml` instead.
std::string_view commentMarker(const std::string& path) {
  static const std::set<std::string, std::less<>> hash{".yaml", ".yml", ".py", ".pyi", ".tf", ".toml"};
  static const std::set<std::string, std::less<>> slashes{".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".c",
                                                          ".cc", ".cpp", ".cxx", ".c++", ".h",  ".hh",  ".hpp", ".hxx"};
  const std::string ext = extensionOf(path);
  if (hash.count(ext)) return "#";
  if (slashes.count(ext)) return "//";
  return "";
}

json toJson(Position p) { return {{"line", p.line}, {"character", p.character}}; }
json rangeJson(Position a, Position b) { return {{"start", toJson(a)}, {"end", toJson(b)}}; }

Position positionFrom(const json& j) { return {j.at("line").get<std::uint32_t>(), j.at("character").get<std::uint32_t>()}; }

}  // namespace

struct Server::State {
  const engine::RuleTable& rules;
  const core::FileSystem& disk;
  const core::Clock& clock;
  Transport& transport;
  ServerOptions options;

  std::mutex mutex;
  std::condition_variable wake;
  bool initialized = false;
  bool shuttingDown = false;
  bool exited = false;
  int exitCode = 1;
  bool stopping = false;
  Encoding encoding = Encoding::Utf16;
  std::string root;  ///< the workspace folder, absolute
  bool canCreateFiles = false;  ///< the client applies workspace edits that create files
  bool watchesFiles = false;  ///< the client registers file watchers for the server

  // Settings (initializationOptions, workspace/didChangeConfiguration).
  std::string configPath;
  std::map<std::string, std::string, std::less<>> variables;

  std::map<std::string, Document> documents;  ///< by URI
  std::map<std::string, std::vector<Published>> published;  ///< by URI, for open documents
  std::map<std::string, std::set<std::string>> reportedErrors;  ///< by scope: scan errors already logged
  std::set<std::string> dirty;  ///< scopes to scan again
  bool reload = true;  ///< the session must be built (again) before the next scan
  std::string running;  ///< the scope being scanned
  std::atomic<bool> cancel{false};
  std::chrono::steady_clock::time_point lastEdit{};
  std::chrono::steady_clock::time_point readyAt{};  ///< when the next scan may start
  std::optional<engine::Session> session;  ///< used by the scanning thread only
  std::thread scanner;
  int nextRequest = 1;

  State(const engine::RuleTable& r, const core::FileSystem& d, const core::Clock& c, Transport& t, ServerOptions o)
      : rules(r), disk(d), clock(c), transport(t), options(std::move(o)) {}

  // ---- messages ---------------------------------------------------------------------------

  void reply(const json& id, json result) { transport.write({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  void fail(const json& id, int code, const std::string& message) {
    transport.write({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void notify(const std::string& method, json params) {
    transport.write({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  /// window/logMessage: 1 error, 2 warning, 3 info, 4 log.
  void log(int type, const std::string& message) { notify("window/logMessage", {{"type", type}, {"message", message}}); }

  void handle(std::string_view body) {
    json message;
    try {
      message = json::parse(body);
    } catch (const json::exception& e) {
      fail(nullptr, kParseError, fmt::format("the message is not JSON: {}", e.what()));
      return;
    }
    if (!message.is_object()) {
      fail(nullptr, kInvalidRequest, "a message must be a JSON object");
      return;
    }
    const bool hasId = message.contains("id");
    const json id = hasId ? message["id"] : json();
    if (hasId && !id.is_number_integer() && !id.is_string() && !id.is_null()) {
      fail(nullptr, kInvalidRequest, "a request's id must be a number or a string");
      return;
    }
    if (!message.contains("method")) return;  // a response to a request of ours (registerCapability)
    if (!message["method"].is_string()) {
      if (hasId) fail(id, kInvalidRequest, "a message's method must be a string");
      return;
    }
    const std::string method = message["method"];
    const json params = message.value("params", json::object());
    try {
      if (hasId)
        request(id, method, params);
      else
        notification(method, params);
    } catch (const json::exception& e) {
      if (hasId)
        fail(id, kInvalidParams, fmt::format("bad parameters for {}: {}", method, e.what()));
      else
        log(1, fmt::format("faaslint: bad parameters for {}: {}", method, e.what()));
    } catch (const std::exception& e) {
      if (hasId) fail(id, kInternalError, fmt::format("{} failed: {}", method, e.what()));
      log(1, fmt::format("faaslint: {} failed: {}", method, e.what()));
    }
  }

  void request(const json& id, const std::string& method, const json& params) {
    if (method == "initialize") {
      if (initialized) return fail(id, kInvalidRequest, "the server is already initialized");
      return reply(id, initialize(params));
    }
    if (!initialized) return fail(id, kServerNotInitialized, "the server is not initialized yet (send initialize first)");
    if (shuttingDown) return fail(id, kInvalidRequest, "the server is shutting down");
    if (method == "shutdown") {
      {
        std::lock_guard lock(mutex);
        shuttingDown = true;
        dirty.clear();
        cancel = true;
      }
      return reply(id, nullptr);
    }
    if (method == "textDocument/codeAction") return reply(id, codeActions(params));
    if (method == "textDocument/hover") return reply(id, hover(params));
    fail(id, kMethodNotFound, fmt::format("faaslint does not handle {}", method));
  }

  void notification(const std::string& method, const json& params) {
    if (method == "exit") {
      std::lock_guard lock(mutex);
      exited = true;
      exitCode = shuttingDown ? 0 : 1;
      return;
    }
    if (!initialized || shuttingDown) return;  // dropped, as the protocol says
    if (method == "initialized") return registerWatchers();
    if (method == "textDocument/didOpen") return didOpen(params.at("textDocument"));
    if (method == "textDocument/didChange") return didChange(params);
    if (method == "textDocument/didSave") return didSave(params);
    if (method == "textDocument/didClose") return didClose(params);
    if (method == "workspace/didChangeConfiguration") {
      if (params.contains("settings")) readSettings(params["settings"]);
      return reloadSession();
    }
    if (method == "workspace/didChangeWatchedFiles") return watchedFilesChanged(params);
    // $/cancelRequest (requests are answered at once), $/setTrace (the server writes no traces),
    // and anything else a client may send: nothing to do.
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  json initialize(const json& params) {
    const json& caps = params.value("capabilities", json::object());
    if (caps.contains("general") && caps["general"].contains("positionEncodings"))
      for (const auto& e : caps["general"]["positionEncodings"])
        if (e == "utf-8") encoding = Encoding::Utf8;
    if (caps.contains("workspace")) {
      const json& ws = caps["workspace"];
      if (ws.contains("workspaceEdit") && ws["workspaceEdit"].contains("resourceOperations"))
        for (const auto& op : ws["workspaceEdit"]["resourceOperations"]) canCreateFiles |= op == "create";
      if (ws.contains("didChangeWatchedFiles")) watchesFiles = ws["didChangeWatchedFiles"].value("dynamicRegistration", false);
    }
    std::optional<std::string> folder;
    if (params.contains("rootUri") && params["rootUri"].is_string()) folder = uriToPath(params["rootUri"].get<std::string>());
    if (!folder && params.contains("workspaceFolders") && params["workspaceFolders"].is_array() && !params["workspaceFolders"].empty())
      folder = uriToPath(params["workspaceFolders"][0].at("uri").get<std::string>());
    if (!folder && params.contains("rootPath") && params["rootPath"].is_string()) folder = params["rootPath"].get<std::string>();
    root = options.workingDirectory;
    if (folder && !folder->empty()) {
      const std::string error = options.enterFolder ? options.enterFolder(*folder) : "";
      if (error.empty())
        root = core::joinNormal("", *folder);
      else
        std::cerr << fmt::format("faaslint lsp: cannot work in {}: {}; using {}\n", *folder, error, root);
    }
    if (root.empty()) root = "/";
    if (params.contains("initializationOptions") && params["initializationOptions"].is_object())
      readSettings(params["initializationOptions"]);
    initialized = true;
    json sync = {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
    return {{"capabilities",
             {{"positionEncoding", encoding == Encoding::Utf8 ? "utf-8" : "utf-16"},
              {"textDocumentSync", sync},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
              {"hoverProvider", true}}},
            {"serverInfo", {{"name", "faaslint"}, {"version", FAASLINT_VERSION}}}};
  }

  /// `faaslint` settings: {"config": ".faaslint.yaml", "variables": {"stage": "prod"}} (the same
  /// as --config and --var), at the top or under "faaslint".
  void readSettings(const json& settings) {
    if (!settings.is_object()) return;
    const json& s = settings.contains("faaslint") && settings["faaslint"].is_object() ? settings["faaslint"] : settings;
    std::lock_guard lock(mutex);
    if (s.contains("config") && s["config"].is_string()) configPath = s["config"].get<std::string>();
    if (s.contains("variables") && s["variables"].is_object()) {
      variables.clear();
      for (const auto& [k, v] : s["variables"].items())
        if (v.is_string()) variables[k] = v.get<std::string>();
    }
  }

  void registerWatchers() {
    if (!watchesFiles) return;
    transport.write({{"jsonrpc", "2.0"},
                     {"id", fmt::format("faaslint-{}", nextRequest++)},
                     {"method", "client/registerCapability"},
                     {"params",
                      {{"registrations",
                        {{{"id", "faaslint-watch"},
                          {"method", "workspace/didChangeWatchedFiles"},
                          {"registerOptions", {{"watchers", {{{"globPattern", "**/.faaslint.yaml"}}}}}}}}}}}});
  }

  // ---- documents ----------------------------------------------------------------------------

  /// The path a scan uses for a document: relative to the root folder when inside it.
  std::optional<std::string> scanPath(const std::string& uri) const {
    auto path = uriToPath(uri);
    if (!path) return std::nullopt;
    const std::string p = core::joinNormal("", *path);
    if (root == "/") return p.starts_with("/") ? p.substr(1) : p;
    if (p.starts_with(root + "/")) return p.substr(root.size() + 1);
    return p;
  }

  /// The absolute path of a path as a scan names it.
  std::string absolute(const std::string& path) const {
    if (path.starts_with("/")) return path;
    return root == "/" ? "/" + path : root + "/" + path;
  }

  bool isConfig(const std::string& path) const {
    return path == (configPath.empty() ? std::string(kConfigName) : core::joinNormal("", configPath));
  }

  /// The scan that covers a document: a manifest's folder (its handler files are there); a
  /// handler's owning manifest's folder; else the file alone.
  std::string scopeOf(const Document& doc) const {
    if (isConfig(doc.path)) return fileScope(doc.path);
    formats::Claim claim;
    if (formats::manifestName(fileName(doc.path)) && formats::claimFile(doc.path, doc.text, claim))
      return folderScope(core::folderOf(doc.path));
    if (languages::languageFor(doc.path, true)) {
      const auto found = formats::owningManifests(disk, {{doc.path, true}}, formats::allOwnerNames(), formats::manifestName);
      if (!found.empty()) return folderScope(core::folderOf(formats::displayPath(found.front().path)));
    }
    return fileScope(doc.path);
  }

  /// Marks for scanning the scope of a document and every scope that reads its path. Caller holds the lock.
  void touch(const Document& doc) {
    std::set<std::string> scopes{doc.scope};
    for (const auto& [uri, other] : documents)
      if (covers(other.scope, doc.path)) scopes.insert(other.scope);
    for (const auto& s : scopes) {
      dirty.insert(s);
      if (s == running) cancel = true;  // its result would be stale
    }
    // An edit after a pause is scanned at once; one in a burst (edits closer than the debounce
    // time) waits for the burst to pause, so a burst costs one scan.
    const auto now = std::chrono::steady_clock::now();
    readyAt = now - lastEdit < options.debounce ? now + options.debounce : now;
    lastEdit = now;
    wake.notify_all();
  }

  void didOpen(const json& item) {
    const std::string uri = item.at("uri");
    auto path = scanPath(uri);
    if (!path) return log(3, fmt::format("faaslint: {} is not a file; it is not checked", uri));
    Document doc{*path, item.at("text").get<std::string>(), item.value("version", std::int64_t{0}), ""};
    doc.scope = scopeOf(doc);
    std::lock_guard lock(mutex);
    auto& stored = documents[uri] = std::move(doc);
    touch(stored);
  }

  void didChange(const json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    std::unique_lock lock(mutex);
    auto it = documents.find(uri);
    if (it == documents.end()) return;
    Document doc = it->second;  // edited outside the lock's reach of the scanner's snapshot
    lock.unlock();
    for (const auto& change : params.at("contentChanges")) {
      const std::string text = change.at("text");
      if (!change.contains("range")) {
        doc.text = text;
        continue;
      }
      const std::size_t a = offsetOf(doc.text, positionFrom(change["range"].at("start")), encoding);
      const std::size_t b = std::max(a, offsetOf(doc.text, positionFrom(change["range"].at("end")), encoding));
      doc.text.replace(a, b - a, text);
    }
    doc.version = params["textDocument"].value("version", doc.version + 1);
    const std::string scope = scopeOf(doc);
    lock.lock();
    it = documents.find(uri);
    if (it == documents.end()) return;
    const std::string before = it->second.scope;
    it->second = std::move(doc);
    it->second.scope = scope;
    if (before != scope) dirty.insert(before);  // what it was read with must drop it
    touch(it->second);
  }

  void didSave(const json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    auto path = scanPath(uri);
    if (path && isConfig(*path)) return reloadSession();
    std::lock_guard lock(mutex);
    if (auto it = documents.find(uri); it != documents.end()) touch(it->second);
  }

  void didClose(const json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    {
      std::lock_guard lock(mutex);
      auto it = documents.find(uri);
      if (it == documents.end()) return;
      Document closed = std::move(it->second);
      documents.erase(it);
      published.erase(uri);
      touch(closed);  // the others now read the file on disk (a scope no open document has left is skipped)
    }
    notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  }

  void watchedFilesChanged(const json& params) {
    bool config = false;
    for (const auto& change : params.at("changes")) {
      auto path = scanPath(change.at("uri").get<std::string>());
      config |= path && isConfig(*path);
    }
    if (config) return reloadSession();
    std::lock_guard lock(mutex);
    for (const auto& [uri, doc] : documents) touch(doc);  // a file on disk came or went
  }

  void reloadSession() {
    std::lock_guard lock(mutex);
    reload = true;
    for (const auto& [uri, doc] : documents) touch(doc);
  }

  // ---- scanning -----------------------------------------------------------------------------

  /// The scanning thread: one scope at a time, when readyAt has come.
  void scanLoop() {
    std::unique_lock lock(mutex);
    for (;;) {
      wake.wait(lock, [&] { return stopping || (!dirty.empty() && !shuttingDown); });
      if (stopping) return;
      if (const auto until = readyAt; std::chrono::steady_clock::now() < until) {
        wake.wait_until(lock, until, [&] { return stopping || readyAt != until; });
        continue;  // look again: a newer edit may have moved the time
      }
      try {
        scanNext(lock);
      } catch (const std::exception& e) {  // never the end of the thread, and so of the server
        if (!lock.owns_lock()) lock.lock();
        running.clear();
        std::cerr << "faaslint lsp: internal error while scanning: " << e.what() << '\n';
      }
    }
  }

  /// Scans every dirty scope now (tests, synchronous mode).
  void drain() {
    std::unique_lock lock(mutex);
    while (!dirty.empty() && !stopping && !shuttingDown) scanNext(lock);
  }

  /// Scans one dirty scope and publishes its documents' diagnostics. Called with the lock held;
  /// releases it while scanning.
  void scanNext(std::unique_lock<std::mutex>& lock) {
    const std::string scope = *dirty.begin();
    dirty.erase(dirty.begin());
    std::map<std::string, std::int64_t> versions;  // by URI, of the documents this scan publishes
    bool covered = false;
    core::OverlayFileSystem overlay(disk);
    for (const auto& [uri, doc] : documents) {
      overlay.add(doc.path, doc.text);
      if (doc.scope == scope) {
        versions[uri] = doc.version;
        covered = true;
      }
    }
    if (!covered) return;  // every document it covered was closed or moved
    engine::ScanRequest req;
    req.paths = {scope.substr(2).empty() ? "." : scope.substr(2)};
    req.configPath = configPath;
    req.variables = variables;
    req.cacheDir = options.cacheDir;
    req.worker = options.worker;
    req.jobs = options.jobs;
    req.cancel = &cancel;
    const bool rebuild = reload || !session;
    reload = false;
    running = scope;
    cancel = false;
    lock.unlock();
    std::optional<engine::ScanResult> result;
    std::string failure;
    try {
      if (rebuild) session.emplace(rules, disk, req.configPath);
      result = session->scan(overlay, clock, req);
    } catch (const std::exception& e) { failure = e.what(); }
    lock.lock();
    running.clear();
    if (!failure.empty()) {
      lock.unlock();
      log(1, fmt::format("faaslint: scanning {} failed: {}", req.paths.front(), failure));
      lock.lock();
      return;
    }
    if (result->cancelled) {
      dirty.insert(scope);
      return;
    }
    publish(scope, *result, versions, lock);
  }

  void publish(const std::string& scope, const engine::ScanResult& result, const std::map<std::string, std::int64_t>& versions,
               std::unique_lock<std::mutex>& lock) {
    // Diagnostics by the path of their file.
    std::map<std::string, std::vector<const core::Diagnostic*>> byPath;
    for (const auto& d : result.diagnostics)
      if (d.range.valid()) byPath[result.sources.file(d.range.file).path()].push_back(&d);
    std::map<std::string, const core::SourceFile*> files;
    for (std::size_t i = 0; i < result.sources.size(); ++i) {
      const auto& f = result.sources.file(static_cast<core::FileId>(i));
      files.emplace(f.path(), &f);
    }
    std::vector<json> messages;
    for (const auto& [uri, version] : versions) {
      auto it = documents.find(uri);
      if (it == documents.end() || it->second.version != version || it->second.scope != scope) continue;  // stale
      const Document& doc = it->second;
      std::vector<Published> list;
      json array = json::array();
      auto fileIt = files.find(doc.path);
      for (const auto* d : byPath[doc.path]) {
        Published p = convert(*d, result.sources);
        array.push_back(*p.diagnostic);
        list.push_back(std::move(p));
      }
      // A problem reading the document itself (too large, a FIFO): at its start.
      for (const auto& e : result.errors)
        if (e.path == doc.path && fileIt == files.end()) {
          Published p;
          p.code = "FL000";
          p.diagnostic = std::make_shared<const json>(
              json{{"range", rangeJson({}, {})}, {"severity", 1}, {"source", "faaslint"}, {"code", "FL000"}, {"message", e.message}});
          array.push_back(*p.diagnostic);
          list.push_back(std::move(p));
        }
      published[uri] = std::move(list);
      messages.push_back({{"uri", uri}, {"version", version}, {"diagnostics", std::move(array)}});
    }
    // Problems that belong to no open document (an unreadable configuration, a bad key in
    // `.faaslint.yaml` while it is not open): logged once, so a broken configuration is never
    // silent.
    std::set<std::string> errors;
    for (const auto& e : result.errors) errors.insert(fmt::format("{}: {}", e.path, e.message));
    std::set<std::string> open;
    for (const auto& [uri, doc] : documents) open.insert(doc.path);
    for (const auto& d : result.diagnostics) {
      if (d.code != "FL001" || !d.range.valid()) continue;
      const auto& file = result.sources.file(d.range.file);
      if (!open.count(file.path())) errors.insert(fmt::format("{}:{}: {}", file.path(), result.sources.begin(d.range).line, d.message));
    }
    std::vector<std::string> fresh;
    auto& seen = reportedErrors[scope];
    for (const auto& e : errors)
      if (!seen.count(e)) fresh.push_back(e);
    seen = std::move(errors);
    lock.unlock();
    for (auto& m : messages) notify("textDocument/publishDiagnostics", std::move(m));
    for (const auto& e : fresh) log(1, "faaslint: " + e);
    lock.lock();
  }

  json rangeOf(const core::Range& r, const core::SourceManager& sources) const {
    const auto& file = sources.file(r.file);
    return rangeJson(toPosition(file, r.begin, encoding), toPosition(file, r.end, encoding));
  }

  std::string uriOf(const std::string& path) const { return pathToUri(absolute(path)); }

  Published convert(const core::Diagnostic& d, const core::SourceManager& sources) const {
    Published p;
    const auto& file = sources.file(d.range.file);
    p.start = toPosition(file, d.range.begin, encoding);
    p.end = toPosition(file, d.range.end, encoding);
    p.code = d.code;
    json diag = {{"range", rangeJson(p.start, p.end)},
                 {"severity", d.severity == core::Severity::Error     ? 1
                              : d.severity == core::Severity::Warning ? 2
                                                                      : 3},
                 {"source", "faaslint"},
                 {"code", d.code},
                 {"message", d.message}};
    const engine::RuleInfo* info = engine::findRule(rules, d.code);
    if (info) diag["codeDescription"] = {{"href", info->helpUri()}};
    // An unused suppression is greyed out, a deprecated runtime struck through.
    if (info && info->name == "unused-suppression") diag["tags"] = {1};
    if (info && info->name == "deprecated-runtime") diag["tags"] = {2};
    json related = json::array();
    for (const auto& n : d.notes)
      if (n.range.valid())
        related.push_back({{"location", {{"uri", uriOf(sources.file(n.range.file).path())}, {"range", rangeOf(n.range, sources)}}},
                           {"message", n.message}});
    if (!related.empty()) diag["relatedInformation"] = std::move(related);
    for (const auto& fix : d.fixes) {
      json changes = json::object();
      for (const auto& e : fix.edits) {
        if (!e.range.valid()) continue;
        changes[uriOf(sources.file(e.range.file).path())].push_back({{"range", rangeOf(e.range, sources)}, {"newText", e.replacement}});
      }
      if (changes.empty()) continue;
      p.fixes.push_back({{"title", fix.description},
                         {"kind", "quickfix"},
                         {"isPreferred", true},
                         {"diagnostics", {diag}},
                         {"edit", {{"changes", changes}}}});
    }
    p.diagnostic = std::make_shared<const json>(std::move(diag));
    return p;
  }

  // ---- code actions and hover ---------------------------------------------------------------

  json codeActions(const json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    const Position from = positionFrom(params.at("range").at("start")), to = positionFrom(params.at("range").at("end"));
    std::lock_guard lock(mutex);
    json actions = json::array();
    auto doc = documents.find(uri);
    auto list = published.find(uri);
    if (doc == documents.end() || list == published.end()) return actions;
    std::set<std::pair<std::string, std::uint32_t>> offered;  // one suppression per code and line
    for (const auto& p : list->second) {
      if (p.end < from || to < p.start) continue;
      for (const auto& fix : p.fixes) actions.push_back(fix);
      if (p.code.starts_with("FL") && p.code != "FL003" && p.code != "FL008") continue;  // a problem to fix, not to silence
      if (!offered.insert({p.code, p.start.line}).second) continue;
      if (auto a = suppression(uri, doc->second, p)) actions.push_back(std::move(*a));
    }
    return actions;
  }

  /// A comment that suppresses the finding, on the line above it: `# faaslint: ignore[CODE] reason`;
  /// when that line already holds one, the code is added to it. JSON has no comments: the entry
  /// goes into `.faaslint.yaml`.
  std::optional<json> suppression(const std::string& uri, const Document& doc, const Published& p) const {
    const std::string_view marker = commentMarker(doc.path);
    if (marker.empty()) return configSuppression(doc, p);
    const std::string& text = doc.text;
    const std::size_t lineStart = offsetOf(text, {p.start.line, 0}, encoding);
    std::size_t indentEnd = lineStart;
    while (indentEnd < text.size() && (text[indentEnd] == ' ' || text[indentEnd] == '\t')) ++indentEnd;
    const std::string indent = text.substr(lineStart, indentEnd - lineStart);
    json edit;
    if (lineStart > 0) {  // the line above: a suppression comment already?
      const std::size_t prevStart = p.start.line == 0 ? 0 : offsetOf(text, {p.start.line - 1, 0}, encoding);
      const std::string_view prev = std::string_view(text).substr(prevStart, lineStart - 1 - prevStart);
      const auto at = prev.find(std::string(marker) + " faaslint: ignore[");
      if (at != std::string_view::npos && prev.substr(0, at).find_first_not_of(" \t") == std::string_view::npos) {
        const auto close = prev.find(']', at);
        if (close != std::string_view::npos) {
          const Position pos = positionIn(text, prevStart + close, encoding);
          edit = {{"range", rangeJson(pos, pos)}, {"newText", "," + p.code}};
        }
      }
    }
    if (edit.is_null()) {
      const Position pos{p.start.line, 0};
      edit = {{"range", rangeJson(pos, pos)},
              {"newText", fmt::format("{}{} faaslint: ignore[{}] {}\n", indent, marker, p.code, kReasonPlaceholder)}};
    }
    return json{{"title", fmt::format("Suppress {} on this line (faaslint: ignore comment)", p.code)},
                {"kind", "quickfix"},
                {"diagnostics", {*p.diagnostic}},
                {"edit", {{"changes", {{uri, {edit}}}}}}};
  }

  /// An `ignore` entry for the document's file in `.faaslint.yaml` (created when missing and the
  /// client can create files).
  std::optional<json> configSuppression(const Document& doc, const Published& p) const {
    const std::string configRel = configPath.empty() ? std::string(kConfigName) : core::joinNormal("", configPath);
    const std::string configUri = uriOf(configRel);
    std::string text;
    bool exists = false;
    for (const auto& [u, d] : documents)
      if (d.path == configRel) {
        text = d.text;
        exists = true;
      }
    if (!exists)
      if (auto r = disk.read(configRel, 1u << 20); r.text) {
        text = std::move(*r.text);
        exists = true;
      }
    if (!exists && !canCreateFiles) return std::nullopt;
    const std::string entry = fmt::format("- path: \"{}\"\n    codes: [{}]\n    reason: {}\n", doc.path, p.code, kReasonPlaceholder);
    json edit;
    // Under an existing top-level `ignore:` key, before its first entry; else a new key at the end.
    std::size_t at = 0;
    std::optional<std::size_t> ignoreLine;
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line = std::string_view(text).substr(start, end - start);
      if (line.starts_with("ignore:")) {
        std::string_view rest = line.substr(7);
        const auto hash = rest.find('#');
        if (hash != std::string_view::npos) rest = rest.substr(0, hash);
        if (rest.find_first_not_of(" \t\r") != std::string_view::npos) return std::nullopt;  // a flow list: not edited
        ignoreLine = end;
        break;
      }
      start = end + 1;
    }
    if (ignoreLine) {
      at = std::min(*ignoreLine + 1, text.size());
      const std::string prefix = *ignoreLine >= text.size() ? "\n" : "";
      const Position pos = positionIn(text, at, encoding);
      edit = {{"range", rangeJson(pos, pos)}, {"newText", prefix + "  " + entry}};
    } else {
      const Position pos = positionIn(text, text.size(), encoding);
      const std::string prefix = text.empty() || text.back() == '\n' ? "" : "\n";
      edit = {{"range", rangeJson(pos, pos)}, {"newText", prefix + "ignore:\n  " + entry}};
    }
    json workspaceEdit;
    if (exists)
      workspaceEdit = {{"changes", {{configUri, {edit}}}}};
    else
      workspaceEdit = {{"documentChanges",
                        {{{"kind", "create"}, {"uri", configUri}, {"options", {{"ignoreIfExists", true}}}},
                         {{"textDocument", {{"uri", configUri}, {"version", nullptr}}}, {"edits", {edit}}}}}};
    return json{{"title", fmt::format("Suppress {} in {} ({} ignore entry)", p.code, fileName(doc.path), configRel)},
                {"kind", "quickfix"},
                {"diagnostics", {*p.diagnostic}},
                {"edit", std::move(workspaceEdit)}};
  }

  json hover(const json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    const Position at = positionFrom(params.at("position"));
    std::lock_guard lock(mutex);
    auto list = published.find(uri);
    if (list == published.end()) return nullptr;
    std::vector<std::string> pages;
    std::set<std::string> codes;
    std::optional<std::pair<Position, Position>> range;
    for (const auto& p : list->second) {
      if (at < p.start || p.end < at || !codes.insert(p.code).second) continue;
      const engine::RuleInfo* info = engine::findRule(rules, p.code);
      if (!info) continue;
      pages.push_back(info->documentation());
      if (!range) range = {p.start, p.end};
    }
    if (pages.empty()) return nullptr;
    std::string value;
    for (const auto& page : pages) value += (value.empty() ? "" : "\n\n---\n\n") + page;
    return {{"contents", {{"kind", "markdown"}, {"value", value}}}, {"range", rangeJson(range->first, range->second)}};
  }
};

Server::Server(const engine::RuleTable& rules, const core::FileSystem& disk, const core::Clock& clock, Transport& transport,
               ServerOptions options)
    : state_(std::make_unique<State>(rules, disk, clock, transport, std::move(options))) {
  if (!state_->options.synchronous) state_->scanner = std::thread([this] { state_->scanLoop(); });
}

Server::~Server() {
  {
    std::lock_guard lock(state_->mutex);
    state_->stopping = true;
    state_->cancel = true;
  }
  state_->wake.notify_all();
  if (state_->scanner.joinable()) state_->scanner.join();
}

void Server::handle(std::string_view body) {
  state_->handle(body);
  if (state_->options.synchronous) state_->drain();
}

bool Server::exited() const {
  std::lock_guard lock(state_->mutex);
  return state_->exited;
}

int Server::exitCode() const {
  std::lock_guard lock(state_->mutex);
  return state_->exitCode;
}

int Server::run() {
  for (;;) {
    Incoming in = state_->transport.read();
    if (in.kind == Incoming::Kind::End) {
      std::cerr << "faaslint lsp: the client closed the connection\n";
      break;
    }
    if (in.kind == Incoming::Kind::Broken) {
      std::cerr << "faaslint lsp: " << in.error << "; stopping\n";
      break;
    }
    handle(in.body);
    if (exited()) return exitCode();
  }
  std::lock_guard lock(state_->mutex);
  return state_->shuttingDown ? 0 : 1;
}

}  // namespace faaslint::lsp
