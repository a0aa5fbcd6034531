#include "formats/cloudformation/CloudFormationFormat.h"

#include <fmt/format.h>

#include "formats/SuppressionReaders.h"
#include "formats/cloudformation/CloudFormationLoader.h"
#include "policy/Catalogs.h"

namespace faaslint::formats {

using document::Node;
using model::AnchorMap;
using model::Suppression;
using model::SuppressionScope;

bool CloudFormationFormat::candidateName(std::string_view name) const {
  for (std::string_view ext : {".yaml", ".yml", ".json", ".template"})
    if (name.ends_with(ext)) return true;
  return false;
}

Claim CloudFormationFormat::claim(std::string_view path, std::string_view text) const {
  auto slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  Claim c;
  if (!candidateName(name)) return c;
  std::string_view head = text.substr(0, 64 * 1024);
  if (head.find("AWSTemplateFormatVersion") != std::string_view::npos || head.find("AWS::Serverless") != std::string_view::npos ||
      (head.find("Resources") != std::string_view::npos && head.find("AWS::") != std::string_view::npos))
    c.strength = Claim::ByContent;
  // A file named like a SAM template is one even when it is empty or broken; other names (a
  // Visual Studio `.sln.template`, a Helm chart, any JSON) only by their content.
  else if (name == "template.yaml" || name == "template.yml" || name == "template.json")
    c.strength = Claim::ByName;
  if (path.ends_with(".json")) {
    c.syntax = Syntax::Json;
  } else if (!path.ends_with(".yaml") && !path.ends_with(".yml")) {
    auto first = text.find_first_not_of(" \t\r\n");
    c.syntax = first != std::string_view::npos && text[first] == '{' ? Syntax::Json : Syntax::Yaml;
  }
  return c;
}

LoadResult CloudFormationFormat::load(const document::Document& doc, const LoadContext& context) const {
  LoadResult out = loadCloudFormation(doc);
  auto meta = metadataSuppressions(doc.root(), context.catalogs);
  out.suppressions.insert(out.suppressions.end(), meta.begin(), meta.end());
  return out;
}

std::vector<Suppression> metadataSuppressions(const Node* root, const policy::Catalogs& catalogs) {
  const AnchorMap& checkov = catalogs.checkovCodes;
  const AnchorMap& cfnNag = catalogs.cfnNagCodes;
  const AnchorMap& cfnLint = catalogs.cfnLintCodes;
  std::vector<Suppression> out;
  const Node* resources = root && root->isMap() ? root->get("Resources") : nullptr;
  if (!resources || !resources->isMap()) return out;
  for (const auto& [k, v] : resources->entries) {
    const Node* meta = v->isMap() ? v->get("Metadata") : nullptr;
    if (!meta || !meta->isMap()) continue;
    const std::string& id = k->text;
    if (const Node* list = meta->at({"faaslint", "ignore"}); list && list->isSeq()) {
      for (const Node* e : list->items) {
        Suppression s;
        s.scope = SuppressionScope::Resource;
        s.range = e->range;
        s.logicalPath = fmt::format("Resources.{}.Metadata.faaslint.ignore", id);
        s.target = id;
        s.origin = "Metadata.faaslint";
        if (e->isMap()) {
          s.codes = codesOf(e);
          s.reason = reasonOf(e, {"reason", "justification"});
        } else if (e->isScalar()) {
          s.codes = splitCodes(e->text);
        }
        out.push_back(std::move(s));
      }
    }
    addForeign(out, meta->at({"checkov", "skip"}), checkov, id, "Metadata.checkov", {"comment", "reason"});
    addForeign(out, meta->at({"cfn_nag", "rules_to_suppress"}), cfnNag, id, "Metadata.cfn_nag", {"reason"});
    addForeign(out, meta->at({"cfn-lint", "config", "ignore_checks"}), cfnLint, id, "Metadata.cfn-lint", {});
  }
  return out;
}

}  // namespace faaslint::formats
