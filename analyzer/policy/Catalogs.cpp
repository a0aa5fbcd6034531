#include "policy/Catalogs.h"

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
  std::optional<core::Date> date(const Node* map, std::string_view key) {
    const Node* n = map->get(key);
    if (!n) return std::nullopt;
    core::Date d;
    if (n->isScalar() && core::Date::parse(n->text, d)) return d;
    fail(fmt::format("'{}' must be a date (YYYY-MM-DD)", key));
    return std::nullopt;
  }
  void requireProvenance() {
    if (!root() || !root()->get("source") || !root()->get("as-of")) fail("needs 'source' and 'as-of'");
  }
};

}  // namespace

const RuntimeLifecycle* Catalogs::runtime(const std::string& name) const {
  for (const auto& r : runtimes)
    if (r.name == name) return &r;
  return nullptr;
}

Catalogs Catalogs::load(std::vector<std::string>& errors) {
  Catalogs c;
  {
    Reader r("policies/catalogs/aws-runtimes.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      if (const Node* asOf = root->get("as-of")) c.runtimesAsOf = asOf->text;
      const Node* list = root->get("runtimes");
      if (!list || !list->isMap())
        r.fail("'runtimes' must be a mapping");
      else
        for (const auto& [k, v] : list->entries) {
          RuntimeLifecycle rt;
          rt.name = k->text;
          if (v->isMap()) {
            rt.deprecated = r.date(v, "deprecated");
            rt.blockCreate = r.date(v, "block-create");
            rt.blockUpdate = r.date(v, "block-update");
            if (const Node* s = v->get("successor")) rt.successor = s->text;
          }
          c.runtimes.push_back(std::move(rt));
        }
    }
  }
  {
    Reader r("policies/catalogs/aws-limits.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      const Node* mem = root->get("memory-mb");
      c.aws.memoryMinMb = r.integer(mem, "min");
      c.aws.memoryMaxMb = r.integer(mem, "max");
      c.aws.memoryDefaultMb = r.integer(mem, "default");
      const Node* to = root->get("timeout-seconds");
      c.aws.timeoutMaxS = r.integer(to, "max");
      c.aws.timeoutDefaultS = r.integer(to, "default");
      c.aws.managedInstancesTimeoutMaxS = r.integer(to, "managed-instances-max");
      const Node* eph = root->get("ephemeral-storage-mb");
      c.aws.ephemeralMinMb = r.integer(eph, "min");
      c.aws.ephemeralMaxMb = r.integer(eph, "max");
      c.aws.environmentMaxBytes = r.integer(root, "environment-max-bytes");
      c.aws.sqsVisibilityDefaultS = r.integer(root->get("sqs"), "visibility-timeout-default-seconds");
      c.aws.restApiTimeoutS = r.integer(root->get("api-gateway"), "rest-integration-timeout-seconds");
      c.aws.httpApiTimeoutS = r.integer(root->get("api-gateway"), "http-integration-timeout-seconds");
      c.aws.reservedEnvironmentNames = r.list(root, "reserved-environment-names");
    }
  }
  {
    Reader r("policies/catalogs/serverless-framework.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
      const Node* d = root->get("defaults");
      c.serverless.memoryMb = r.integer(d, "memory-mb");
      c.serverless.timeoutS = r.integer(d, "timeout-seconds");
    }
  }
  {
    Reader r("policies/catalogs/lockin/cpp.yaml", errors);
    r.requireProvenance();
    if (const Node* root = r.root()) {
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
          out.push_back({field("match"), field("vendor"), field("what"), field("alternative")});
        }
      };
      readList("sdks", c.cppSdks);
      readList("services", c.cppServices);
      readList("runtime-apis", c.cppRuntimeApis);
    }
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
    }
  }
  return c;
}

}  // namespace faaslint::policy
