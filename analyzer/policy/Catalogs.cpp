#include "policy/Catalogs.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "core/Embedded.h"
#include "document/Document.h"

namespace faaslint::policy {
namespace {

using document::Node;

struct Reader {
  std::string file;
  std::vector<std::string>& errors;
  document::Document doc;
  core::SourceManager sm;

  Reader(std::string f, std::vector<std::string>& e) : file(std::move(f)), errors(e), doc(0) {
    auto text = embedded::find(file);
    if (!text) {
      errors.push_back(file + ": not embedded in this build");
      return;
    }
    core::FileId id = sm.add(file, std::string(*text));
    doc = document::parseYaml(id, sm.file(id).text());
    for (const auto& err : doc.errors()) errors.push_back(fmt::format("{}: {}", file, err.message));
  }
  const Node* root() const { return doc.root() && doc.root()->isMap() ? doc.root() : nullptr; }
  void fail(const std::string& what) { errors.push_back(fmt::format("{}: {}", file, what)); }
  std::int64_t integer(const Node* map, std::string_view key) {
    const Node* n = map ? map->get(key) : nullptr;
    std::int64_t v = 0;
    if (n && n->isScalar() && std::from_chars(n->text.data(), n->text.data() + n->text.size(), v).ec == std::errc()) return v;
    fail(fmt::format("'{}' must be an integer", key));
    return 0;
  }
  /// A true/false entry, false when absent.
  bool flag(const Node* map, std::string_view key) {
    const Node* n = map ? map->get(key) : nullptr;
    if (!n) return false;
    if (n->isScalar() && (n->text == "true" || n->text == "false")) return n->text == "true";
    fail(fmt::format("'{}' must be true or false", key));
    return false;
  }
  std::vector<std::string> list(const Node* map, std::string_view key) {
    std::vector<std::string> out;
    const Node* n = map ? map->get(key) : nullptr;
    if (!n || !n->isSeq()) {
      fail(fmt::format("'{}' must be a list", key));
      return out;
    }
    for (const Node* i : n->items) out.push_back(i->text);
    return out;
  }
  void requireProvenance() {
    if (!root() || !root()->get("source") || !root()->get("as-of")) fail("needs 'source' and 'as-of'");
  }
};

}  // namespace

const LanguageCatalog& Catalogs::languageOf(std::string_view factsLanguage) const {
  static const LanguageCatalog kNone;
  for (const auto& l : languages)
    if (std::find(l.factsLanguages.begin(), l.factsLanguages.end(), factsLanguage) != l.factsLanguages.end()) return l;
  return kNone;
}

const providers::Profile* Catalogs::provider(std::string_view id) const {
  for (const auto& p : providers)
    if (p.id == id) return &p;
  return nullptr;
}

Catalogs Catalogs::load(std::vector<std::string>& errors) {
  Catalogs c;
  c.awsIam = iam::AwsIam::load(errors);
  constexpr std::string_view kProviders = "policies/catalogs/providers/";
  for (const auto& [path, text] : embedded::all()) {
    if (!path.starts_with(kProviders) || !path.ends_with(".yaml")) continue;
    const std::string file(path);
    auto profile = providers::parseProfile(file, text, errors);
    if (!profile) continue;
    const std::string stem = file.substr(kProviders.size(), file.size() - kProviders.size() - 5);
    if (profile->id != stem) errors.push_back(fmt::format("{}: 'id' must be the file's name ('{}')", file, stem));
    c.providers.push_back(std::move(*profile));
  }
  std::sort(c.providers.begin(), c.providers.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  if (!c.provider("aws")) errors.emplace_back("policies/catalogs/providers/aws.yaml: not embedded in this build");
  {
    Reader r("policies/catalogs/serverless-framework.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      const Node* d = root->get("defaults");
      c.serverless.memoryMb = r.integer(d, "memory-mb");
      c.serverless.timeoutS = r.integer(d, "timeout-seconds");
    }
  }
  constexpr std::string_view kLanguages = "policies/catalogs/languages/";
  for (const auto& [path, text] : embedded::all()) {
    if (!path.starts_with(kLanguages) || !path.ends_with(".yaml")) continue;
    Reader r(std::string(path), errors);
    r.requireProvenance();
    const Node* root = r.root();
    if (!root) continue;
    LanguageCatalog lang;
    if (const Node* id = root->get("id"); id && id->isScalar()) lang.id = id->text;
    if (lang.id + ".yaml" != path.substr(kLanguages.size())) r.fail("'id' must be the file's name");
    lang.factsLanguages = r.list(root, "facts-languages");
    auto optional = [&](std::string_view key) { return root->get(key) ? r.list(root, key) : std::vector<std::string>{}; };
    lang.sleeps = optional("sleeps");
    if (const Node* list = root->get("sleep-durations"); list && list->isSeq())
      for (const Node* e : list->items) {
        SleepDuration d;
        d.calls = r.list(e, "calls");
        const Node* arg = e->get("argument");
        const Node* unit = e->get("seconds-per-unit");
        const bool okArg =
            arg && arg->isScalar() && std::from_chars(arg->text.data(), arg->text.data() + arg->text.size(), d.argument).ec == std::errc();
        const bool okUnit = unit && unit->isScalar() &&
                            std::from_chars(unit->text.data(), unit->text.data() + unit->text.size(), d.secondsPerUnit).ec == std::errc() &&
                            d.secondsPerUnit > 0;
        if (d.calls.empty() || !okArg || !okUnit)
          r.fail("each sleep-durations entry needs calls, argument (a position) and seconds-per-unit (a number above 0)");
        else
          lang.sleepDurations.push_back(std::move(d));
      }
    lang.waits = optional("waits");
    lang.sdkWaits = optional("sdk-waits");
    lang.asyncNames = optional("async-names");
    lang.waitOnDrop = optional("wait-on-drop");
    lang.mountSyncCalls = optional("mount-sync-calls");
    lang.processCalls = optional("process-calls");
    lang.asyncArguments = optional("async-arguments");
    lang.wholeReads = optional("whole-reads");
    if (const Node* wr = root->get("whole-readers"); wr && wr->isSeq())
      for (const Node* e : wr->items) {
        WholeReader w{r.list(e, "calls"), r.list(e, "of"), e->get("unless") ? r.list(e, "unless") : std::vector<std::string>{}, {}};
        if (const Node* a = e->get("advice"); a && a->isScalar()) w.advice = a->text;
        if (w.advice.empty()) r.fail("each whole-readers entry needs advice");
        lang.wholeReaders.push_back(std::move(w));
      }
    for (const auto& [key, deserializer] : {std::pair<std::string_view, bool>{"code-evaluators", false}, {"unsafe-deserializers", true}})
      if (const Node* list = root->get(key); list && list->isSeq())
        for (const Node* e : list->items) {
          CodeSink k;
          k.calls = r.list(e, "calls");
          k.deserializer = deserializer;
          if (e->get("code-args"))
            for (const std::string& i : r.list(e, "code-args")) {
              std::size_t at = 0;
              if (std::from_chars(i.data(), i.data() + i.size(), at).ec != std::errc())
                r.fail(fmt::format("code-args: '{}' is no position", i));
              k.codeArgs.push_back(at);
            }
          if (const Node* sk = e->get("safe-keyword")) k.safeKeyword = sk->text;
          if (e->get("safe-position")) k.safePosition = static_cast<std::size_t>(r.integer(e, "safe-position"));
          if (e->get("safe-values")) k.safeValues = r.list(e, "safe-values");
          if (const Node* a = e->get("advice"); a && a->isScalar()) k.advice = a->text;
          if (k.advice.empty()) r.fail(fmt::format("each {} entry needs advice", key));
          lang.codeSinks.push_back(std::move(k));
        }
    for (const auto& [key, generic] : {std::pair<std::string_view, bool>{"sql-executors", false}, {"sql-method-names", true}})
      if (const Node* list = root->get(key); list && list->isSeq())
        for (const Node* e : list->items) {
          SqlExecutor x;
          x.calls = r.list(e, "calls");
          x.generic = generic;
          if (e->get("query-arg")) x.position = static_cast<std::size_t>(r.integer(e, "query-arg"));
          if (const Node* k = e->get("query-keyword")) x.keyword = k->text;
          lang.sqlExecutors.push_back(std::move(x));
        }
    lang.sqlKeywords = optional("sql-keywords");
    if (const Node* list = root->get("nosql-requests"); list && list->isSeq())
      for (const Node* e : list->items) {
        auto maybe = [&](std::string_view k) { return e->get(k) ? r.list(e, k) : std::vector<std::string>{}; };
        lang.noSqlRequests.push_back(
            {r.list(e, "calls"), maybe("expression-keywords"), maybe("condition-keywords"), maybe("safe-bindings")});
      }
    if (const Node* list = root->get("file-calls"); list && list->isSeq())
      for (const Node* e : list->items) {
        FileCall x;
        x.calls = r.list(e, "calls");
        if (e->get("path-arg")) x.position = static_cast<std::size_t>(r.integer(e, "path-arg"));
        if (const Node* k = e->get("path-keyword")) x.keyword = k->text;
        lang.fileCalls.push_back(std::move(x));
      }
    if (const Node* list = root->get("request-calls"); list && list->isSeq())
      for (const Node* e : list->items) {
        RequestCall x;
        x.calls = r.list(e, "calls");
        x.keyword = "url";
        if (e->get("url-arg")) x.position = static_cast<std::size_t>(r.integer(e, "url-arg"));
        if (e->get("host-keywords")) x.hostKeywords = r.list(e, "host-keywords");
        lang.requestCalls.push_back(std::move(x));
      }
    if (const Node* list = root->get("response-calls"); list && list->isSeq())
      for (const Node* e : list->items) {
        ResponseCall x;
        x.calls = r.list(e, "calls");
        if (e->get("body-arg")) x.position = static_cast<std::size_t>(r.integer(e, "body-arg"));
        if (const Node* k = e->get("body-keyword")) x.keyword = k->text;
        x.html = r.flag(e, "html");
        x.proxyResponse = r.flag(e, "proxy-response");
        if (e->get("content-type-keywords")) x.contentTypeKeywords = r.list(e, "content-type-keywords");
        lang.responseCalls.push_back(std::move(x));
      }
    lang.returnsIgnoredBy = optional("returns-ignored-by");
    lang.htmlStringReturns = optional("html-string-returns");
    if (const Node* list = root->get("token-decoders"); list && list->isSeq())
      for (const Node* e : list->items) {
        TokenDecoder x;
        x.calls = r.list(e, "calls");
        if (e->get("token-arg")) x.position = static_cast<std::size_t>(r.integer(e, "token-arg"));
        if (const Node* k = e->get("token-keyword")) x.keyword = k->text;
        x.always = r.flag(e, "always");
        if (e->get("verifiers")) x.verifiers = r.list(e, "verifiers");
        if (const Node* w = e->get("unverified-when"); w && w->isSeq())
          for (const Node* c : w->items)
            if (const Node* arg = c->get("argument"); arg && arg->isScalar()) x.unverifiedWhen.emplace_back(arg->text, r.list(c, "values"));
        if (const Node* a = e->get("advice"); a && a->isScalar()) x.advice = a->text;
        if (x.advice.empty()) r.fail("each token-decoders entry needs advice");
        if (!x.always && x.unverifiedWhen.empty()) r.fail("a token-decoders entry needs always: true or unverified-when");
        lang.tokenDecoders.push_back(std::move(x));
      }
    if (const Node* ed = root->get("eager-downloads"); ed && ed->isSeq())
      for (const Node* e : ed->items) {
        EagerDownload d;
        d.calls = r.list(e, "calls");
        d.keyword = "url";
        if (e->get("url-arg")) d.position = static_cast<std::size_t>(r.integer(e, "url-arg"));
        if (const Node* k = e->get("stream-keyword")) d.streamKeyword = k->text;
        if (e->get("stream-values")) d.streamValues = r.list(e, "stream-values");
        lang.eagerDownloads.push_back(std::move(d));
      }
    if (const Node* sw = root->get("shell-switches"); sw && sw->isSeq())
      for (const Node* e : sw->items) {
        ShellSwitch t;
        t.calls = r.list(e, "calls");
        if (const Node* k = e->get("keyword")) t.keyword = k->text;
        t.onValues = r.list(e, "on-values");
        lang.shellSwitches.push_back(std::move(t));
      }
    if (const Node* sw = root->get("tls-switches"); sw && sw->isSeq())
      for (const Node* e : sw->items) {
        TlsSwitch t;
        if (const Node* c = e->get("call")) t.call = c->text;
        if (e->get("option-arg")) t.optionArg = static_cast<std::size_t>(r.integer(e, "option-arg"));
        if (e->get("value-arg")) t.valueArg = static_cast<std::size_t>(r.integer(e, "value-arg"));
        if (const Node* k = e->get("keyword")) t.keyword = k->text;
        if (e->get("options")) t.options = r.list(e, "options");
        if (e->get("off-values")) t.offValues = r.list(e, "off-values");
        if (const Node* a = e->get("advice")) t.advice = a->text;
        if (t.optionArg.has_value() != !t.options.empty() || (t.optionArg && !t.valueArg))
          r.fail("a tls-switches entry with options needs option-arg and value-arg (and the other way round)");
        lang.tlsSwitches.push_back(std::move(t));
      }
    auto readList = [&](std::string_view key, std::vector<LockinEntry>& out) {
      const Node* list = root->get(key);
      if (!list || !list->isSeq()) return r.fail(fmt::format("'{}' must be a list", key));
      for (const Node* e : list->items) {
        auto field = [&](std::string_view k) {
          const Node* n = e->isMap() ? e->get(k) : nullptr;
          return n && n->isScalar() ? n->text : std::string();
        };
        if (field("match").empty() || field("vendor").empty()) {
          r.fail(fmt::format("each entry of '{}' needs match and vendor", key));
          continue;
        }
        out.emplace_back(LockinEntry{field("match"), field("vendor"), field("what"), field("alternative")});
      }
    };
    readList("sdks", lang.sdks);
    readList("services", lang.services);
    readList("runtime-apis", lang.runtimeApis);
    c.languages.push_back(std::move(lang));
  }
  {
    Reader r("policies/catalogs/anchor-codes.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      auto readMap = [&](std::string_view tool, std::map<std::string, std::vector<std::string>, std::less<>>& out) {
        const Node* m = root->get(tool);
        if (!m || !m->isMap()) return r.fail(fmt::format("'{}' must be a mapping", tool));
        for (const auto& [k, v] : m->entries) out[k->text] = r.list(m, k->text);
      };
      readMap("checkov", c.checkovCodes);
      readMap("cfn_nag", c.cfnNagCodes);
      readMap("cfn-lint", c.cfnLintCodes);
    }
  }
  {
    Reader r("policies/catalogs/secret-patterns.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      const Node* pats = root->get("patterns");
      if (!pats || !pats->isSeq())
        r.fail("'patterns' must be a list");
      else
        for (const Node* p : pats->items) {
          const Node* id = p->get("id");
          const Node* re = p->get("regex");
          const Node* desc = p->get("description");
          if (!id || !re || !desc) {
            r.fail("each pattern needs id, description and regex");
            continue;
          }
          c.secretPatterns.push_back({id->text, desc->text, re->text});
        }
      c.secretKeyWords = r.list(root, "secret-key-words");
      c.notSecretValuePrefixes = r.list(root, "not-secret-value-prefixes");
      c.referenceKeySuffixes = r.list(root, "reference-key-suffixes");
      c.placeholderValues = r.list(root, "placeholder-values");
    }
  }
  return c;
}

}  // namespace faaslint::policy
