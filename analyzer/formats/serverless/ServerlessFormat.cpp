#include "formats/serverless/ServerlessFormat.h"

#include "formats/SuppressionReaders.h"
#include "formats/cloudformation/CloudFormationFormat.h"
#include "formats/serverless/ServerlessLoader.h"
#include "policy/Catalogs.h"

namespace faaslint::formats {

using document::Node;
using model::Suppression;
using model::SuppressionScope;

namespace {
bool programName(std::string_view name) {
  for (std::string_view n : {"serverless.ts", "serverless.js", "serverless.mjs", "serverless.cjs"})
    if (name == n) return true;
  return false;
}
}  // namespace

bool ServerlessFormat::candidateName(std::string_view name) const {
  for (std::string_view ext : {".yaml", ".yml", ".json"})
    if (name.ends_with(ext)) return true;
  return programName(name);
}

Claim ServerlessFormat::claim(std::string_view path, std::string_view text) const {
  auto slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  Claim c;
  c.syntax = name.ends_with(".json") ? Syntax::Json : Syntax::Yaml;
  if (name == "serverless.yml" || name == "serverless.yaml" || name == "serverless.json") {
    c.strength = Claim::Decisive;
    return c;
  }
  if (programName(name)) {
    c.strength = Claim::Decisive;
    c.unevaluated =
        "This Serverless Framework configuration is a program; faaslint never runs code from the repository it scans, so this file "
        "was not checked. Scan the output of `serverless print` instead.";
    return c;
  }
  // Other names (`serverless.prod.yml`, passed with `serverless --config`): top-level `service:`
  // and `provider:` keys, and no CloudFormation.
  std::string_view head = text.substr(0, 64 * 1024);
  auto topLevel = [&](std::string_view key) {
    return head.starts_with(key) || head.find("\n" + std::string(key)) != std::string_view::npos;
  };
  if ((name.ends_with(".yml") || name.ends_with(".yaml")) && topLevel("service:") && topLevel("provider:") &&
      head.find("AWSTemplateFormatVersion") == std::string_view::npos)
    c.strength = Claim::Decisive;
  return c;
}

LoadResult ServerlessFormat::load(const document::Document& doc, const LoadContext& context) const {
  ServerlessOptions so;
  so.variables = context.variables;
  so.defaultMemoryMb = context.catalogs.serverless.memoryMb;
  so.defaultTimeoutS = context.catalogs.serverless.timeoutS;
  so.readFile = context.readFile;
  LoadResult out = loadServerless(doc, so);
  auto own = serverlessSuppressions(doc.root());
  out.suppressions.insert(out.suppressions.end(), own.begin(), own.end());
  const Node* resources = doc.root() && doc.root()->isMap() ? doc.root()->get("resources") : nullptr;
  auto meta = metadataSuppressions(resources, context.catalogs);
  out.suppressions.insert(out.suppressions.end(), meta.begin(), meta.end());
  return out;
}

std::vector<Suppression> serverlessSuppressions(const Node* root) {
  std::vector<Suppression> out;
  const Node* list = root && root->isMap() ? root->at({"custom", "faaslint", "ignore"}) : nullptr;
  if (!list || !list->isSeq()) return out;
  for (const Node* e : list->items) {
    if (!e->isMap()) continue;
    Suppression s;
    s.scope = SuppressionScope::Function;
    s.codes = codesOf(e);
    s.reason = reasonOf(e, {"reason", "justification"});
    if (const Node* f = e->get("function"); f && f->isScalar()) s.target = f->text;
    s.range = e->range;
    s.logicalPath = "custom.faaslint.ignore";
    s.origin = "custom.faaslint.ignore";
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace faaslint::formats
