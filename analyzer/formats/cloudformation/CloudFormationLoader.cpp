#include "formats/cloudformation/CloudFormationLoader.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <fmt/format.h>
#include <map>
#include <set>

#include "formats/IamReader.h"
#include "formats/Intrinsics.h"

namespace faaslint::formats {
namespace {
std::string upperCase(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace
namespace {

using core::Located;
using model::Function;
using model::Trigger;
using model::TriggerKind;

struct Resource {
  std::string id;
  std::string type;
  const Node* key = nullptr;
  const Node* node = nullptr;
  const Node* props = nullptr;  // never null: an empty map stands in
  std::string path;  // "Resources.Id"
};

Node emptyMap() {
  Node n;
  n.kind = document::NodeKind::Map;
  return n;
}

class Loader {
 public:
  Loader(core::FileId file, const Node* root) : file_(file), root_(root) {}

  LoadResult run() {
    LoadResult out;
    out_ = &out;
    out.project.manifest = file_;
    out.project.dialect = "cloudformation";
    out.project.provider.state = core::ValueState::Known;  // CloudFormation deploys to AWS
    out.project.provider.value = "aws";
    const Node* root = root_;
    if (!root) return out;
    if (!root->isMap()) {
      report(out, "FL000", root, "Template", "a template must be a mapping at the top level.");
      return out;
    }
    const Node* params = root->get("Parameters");
    values_.emplace(params && params->isMap() ? params : nullptr, out.diagnostics);
    if (params && params->isMap())
      for (const auto& [k, v] : params->entries) {
        if (!v->isMap()) continue;
        model::Parameter prm;
        prm.name.state = core::ValueState::Known;
        prm.name.value = k->text;
        prm.name.range = k->range;
        prm.name.path = "Parameters." + k->text;
        if (const Node* d = v->get("Default"); d && d->isScalar()) prm.defaultValue = values().str(d, prm.name.path + ".Default");
        const Node* echo = v->get("NoEcho");
        prm.noEcho = echo && echo->isScalar() && (echo->text == "true" || echo->text == "True" || echo->text == "TRUE");
        out.project.parameters.push_back(std::move(prm));
      }
    if (const Node* t = root->get("Transform"); t && ValueReader::describe(t).find("AWS::Serverless") != std::string::npos)
      out.project.dialect = "sam";
    globals_ = root->at({"Globals", "Function"});
    if (globals_ && !globals_->isMap()) globals_ = nullptr;
    globalsRoot_ = root->get("Globals");

    const Node* resources = root->get("Resources");
    if (!resources || resources->isNull()) return out;
    if (!resources->isMap()) {
      report(out, "FL002", resources, "Resources", "Resources must be a mapping of logical ids to resources.");
      return out;
    }
    std::vector<Entry> entries;
    for (const auto& [k, v] : resources->entries) expandForEach(out, k, v, "Resources", "", entries, 0);
    for (const auto& [k, v, templatePath] : entries) {
      // A generated resource is located, and named in paths, by the template it came from, so
      // its copies' findings on one line merge into one.
      std::string path = templatePath.empty() ? "Resources." + k->text : templatePath;
      if (!v->isMap()) {
        if (intrinsicOf(v)) continue;  // e.g. an unresolved ${file(...)} in serverless.yml: unknown, not wrong
        report(out, "FL002", v, path, fmt::format("resource '{}' must be a mapping with a Type.", k->text));
        continue;
      }
      const Node* type = v->get("Type");
      if (!type || !type->isScalar()) {
        report(out, "FL002", type ? type : k, path + ".Type", fmt::format("resource '{}' has no Type.", k->text));
        continue;
      }
      const Node* props = v->get("Properties");
      if (props && !props->isMap()) {
        if (!props->isNull() && !intrinsicOf(props))
          report(out, "FL002", props, path + ".Properties", fmt::format("Properties of '{}' must be a mapping.", k->text));
        props = nullptr;
      }
      resources_.push_back({k->text, type->text, k, v, props ? props : &empty_, path});
    }
    for (std::size_t i = 0; i < resources_.size(); ++i) byId_[resources_[i].id] = i;

    Project& p = out.project;
    for (const auto& r : resources_) {
      if (r.type == "AWS::IAM::Role") loadRole(p, r);
    }
    for (const auto& r : resources_) {
      if (r.type == "AWS::IAM::Policy" || r.type == "AWS::IAM::ManagedPolicy") attachPolicy(p, r);
    }
    for (const auto& r : resources_) {
      if (r.type == "AWS::Serverless::Function")
        loadSamFunction(p, r);
      else if (r.type == "AWS::Lambda::Function")
        loadLambdaFunction(p, r);
    }
    for (std::size_t i = 0; i < p.functions.size(); ++i) functionIndex_[p.functions[i].name] = i;
    for (const auto& r : resources_) {
      if (r.type == "AWS::Lambda::Url")
        linkUrl(p, r);
      else if (r.type == "AWS::Lambda::Permission")
        linkPermission(p, r);
      else if (r.type == "AWS::Lambda::EventSourceMapping")
        linkEventSourceMapping(p, r);
      else if (r.type == "AWS::Lambda::EventInvokeConfig")
        linkInvokeConfig(p, r);
      else if (r.type == "AWS::Logs::LogGroup")
        linkLogGroup(p, r);
      else if (r.type == "AWS::ApiGateway::Method")
        linkApiMethod(p, r);
    }
    return out;
  }

 private:
  using Project = model::Project;

  const ValueReader& values() const { return *values_; }

  /// `Fn::ForEach::Name: [Identifier, [a, b], {"${Identifier}Fn": {...}}]` (the
  /// AWS::LanguageExtensions transform) becomes one resource per value when the collection is
  /// written out; the copies keep the template's positions, with `${Identifier}`,
  /// `&{Identifier}` and `!Ref Identifier` replaced. A collection that is not literal (a
  /// parameter, an import) generates resources faaslint cannot see: one FL003 note says so.
  struct Entry {
    const Node* key;
    const Node* value;
    std::string templatePath;  ///< for a resource Fn::ForEach generates: its template's path
  };
  void expandForEach(LoadResult& out, const Node* k, const Node* v, const std::string& path, const std::string& templatePath,
                     std::vector<Entry>& entries, unsigned depth) {
    constexpr std::string_view kForEach = "Fn::ForEach::";
    if (!k->isScalar() || !k->text.starts_with(kForEach)) {
      entries.push_back({k, v, templatePath});
      return;
    }
    const std::string where = path + "." + k->text;
    if (!v->isSeq() || v->items.size() != 3 || !v->items[0]->isScalar() || !v->items[2]->isMap() || depth > 5) {
      report(out, "FL002", v, where, fmt::format("{} must be [identifier, collection, {{logical id template: resource}}].", k->text));
      return;
    }
    const std::string ident = v->items[0]->text;
    const Node* collection = v->items[1];
    std::vector<std::string> listDefault;  // !Ref to a list parameter with a default, as the other parameter defaults are read
    if (const Node* def = listParameterDefault(collection)) {
      std::string_view all = def->text;
      for (std::size_t start = 0; start <= all.size();) {
        auto comma = all.find(',', start);
        std::string_view part = all.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (!part.empty()) listDefault.emplace_back(part);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      for (const auto& value : listDefault)
        for (const auto& [tk, tv] : v->items[2]->entries)
          expandForEach(out, substitute(tk, ident, value), substitute(tv, ident, value), where, where + "." + tk->text, entries, depth + 1);
      return;
    }
    if (!collection->isSeq() || intrinsicOf(collection) ||
        !std::all_of(collection->items.begin(), collection->items.end(), [](const Node* n) { return n->isScalar() && !intrinsicOf(n); })) {
      core::Diagnostic d;
      d.code = "FL003";
      d.severity = core::Severity::Note;
      d.range = collection->range;
      d.logicalPath = where;
      d.message = fmt::format("The resources {} generates were not checked: its collection ({}) is not written in the template.", k->text,
                              ValueReader::describe(collection));
      out.diagnostics.push_back(std::move(d));
      return;
    }
    for (const Node* value : collection->items)
      for (const auto& [tk, tv] : v->items[2]->entries) {
        const Node* key = substitute(tk, ident, value->text);
        expandForEach(out, key, substitute(tv, ident, value->text), where, where + "." + tk->text, entries, depth + 1);
      }
  }

  /// The Default of a CommaDelimitedList or List<...> parameter a node refers to, or null.
  const Node* listParameterDefault(const Node* n) const {
    auto in = intrinsicOf(n);
    const Node* params = root_ && root_->isMap() ? root_->get("Parameters") : nullptr;
    if (!in || in->name != "Ref" || !in->arg || !in->arg->isScalar() || !params || !params->isMap()) return nullptr;
    const Node* param = params->get(in->arg->text);
    const Node* type = param && param->isMap() ? param->get("Type") : nullptr;
    const Node* def = param && param->isMap() ? param->get("Default") : nullptr;
    if (!type || !type->isScalar() || !def || !def->isScalar() || intrinsicOf(def)) return nullptr;
    return type->text == "CommaDelimitedList" || type->text.starts_with("List<") ? def : nullptr;
  }

  /// A copy of a node with the loop identifier replaced by one value; ranges stay the template's.
  const Node* substitute(const Node* n, const std::string& ident, const std::string& value) {
    Node& c = generated_.emplace_back(*n);
    if (n->isScalar()) {
      std::string alnum;  // &{Identifier}: the value with non-alphanumerics removed
      for (char ch : value)
        if (std::isalnum(static_cast<unsigned char>(ch))) alnum += ch;
      for (const auto& [from, to] : {std::pair{"${" + ident + "}", value}, std::pair{"&{" + ident + "}", alnum}})
        for (auto at = c.text.find(from); at != std::string::npos; at = c.text.find(from, at + to.size()))
          c.text.replace(at, from.size(), to);
      if (c.tag == "!Ref" && n->text == ident) {
        c.tag.clear();
        c.text = value;
      }
      return &c;
    }
    if (n->isMap() && n->entries.size() == 1 && n->entries[0].first->text == "Ref" && n->entries[0].second->isScalar() &&
        n->entries[0].second->text == ident) {
      c.kind = document::NodeKind::Scalar;
      c.entries.clear();
      c.text = value;
      return &c;
    }
    for (auto& [ek, ev] : c.entries) {
      ek = substitute(ek, ident, value);
      ev = substitute(ev, ident, value);
    }
    for (auto& item : c.items) item = substitute(item, ident, value);
    return &c;
  }

  void report(LoadResult& out, const char* code, const Node* n, std::string path, std::string msg) {
    core::Diagnostic d;
    d.code = code;
    d.severity = core::Severity::Error;
    d.message = fmt::format("{}{}", static_cast<char>(std::toupper(msg[0])), msg.substr(1));
    if (n) d.range = n->range;
    d.logicalPath = std::move(path);
    out.diagnostics.push_back(std::move(d));
  }

  const Resource* resource(const std::string& id) const {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &resources_[it->second];
  }
  Function* functionFor(Project& p, const Node* ref) {
    if (!ref) return nullptr;
    std::optional<std::string> id = referencedId(ref);
    if (!id && ref->isScalar() && !intrinsicOf(ref)) {  // a literal FunctionName or ARN
      std::string name = ref->text.substr(ref->text.rfind(':') == std::string::npos ? 0 : ref->text.rfind(':') + 1);
      for (auto& f : p.functions)
        if (f.name == name || literalNames_[f.name] == name) return &f;
      return nullptr;
    }
    if (!id) return nullptr;
    auto it = functionIndex_.find(*id);
    return it == functionIndex_.end() ? nullptr : &p.functions[it->second];
  }

  /// A function property, falling back to SAM Globals (with the origin recorded).
  struct Prop {
    const Node* node = nullptr;
    std::string path;
    bool inherited = false;
  };
  Prop prop(const Resource& r, std::string_view key, bool sam) const {
    if (const Node* n = r.props->get(key)) return {n, r.path + ".Properties." + std::string(key), false};
    if (sam && globals_) {
      if (const Node* n = globals_->get(key)) return {n, "Globals.Function." + std::string(key), true};
    }
    return {};
  }
  template <class T> void inherit(Located<T>& v, const Prop& p, const Resource& r) const {
    if (p.inherited && v.present())
      v.origin = core::Origin{r.key->range, fmt::format("function '{}' inherits this value from Globals", r.id)};
  }
  Located<std::string> strProp(const Resource& r, std::string_view key, bool sam) const {
    Prop p = prop(r, key, sam);
    auto v = values().str(p.node, p.path);
    inherit(v, p, r);
    return v;
  }
  Located<std::int64_t> intProp(const Resource& r, std::string_view key, bool sam) const {
    Prop p = prop(r, key, sam);
    auto v = values().integer(p.node, p.path);
    inherit(v, p, r);
    return v;
  }
  Located<std::int64_t> intAt(const Resource& r, const Prop& p, std::string_view sub) const {
    const Node* n = p.node && p.node->isMap() ? p.node->get(sub) : nullptr;
    auto v = values().integer(n, p.path + "." + std::string(sub));
    inherit(v, p, r);
    return v;
  }

  void loadRole(Project& p, const Resource& r) {
    model::Role role;
    role.id = r.id;
    role.range = r.key->range;
    role.path = r.path;
    if (const Node* pols = r.props->get("Policies"); pols && pols->isSeq()) {
      for (std::size_t i = 0; i < pols->items.size(); ++i) {
        const Node* pol = pols->items[i];
        if (!pol->isMap()) continue;
        auto st =
            readPolicyDocument(pol->get("PolicyDocument"), fmt::format("{}.Properties.Policies[{}].PolicyDocument", r.path, i), values());
        role.statements.insert(role.statements.end(), st.begin(), st.end());
      }
    }
    if (const Node* arns = r.props->get("ManagedPolicyArns"); arns && arns->isSeq() && !intrinsicOf(arns)) {
      for (std::size_t i = 0; i < arns->items.size(); ++i)
        addManagedPolicy(role, arns->items[i], fmt::format("{}.Properties.ManagedPolicyArns[{}]", r.path, i));
    } else if (arns) {
      addManagedPolicy(role, arns, r.path + ".Properties.ManagedPolicyArns");
    }
    roleIndex_[r.id] = p.roles.size();
    p.roles.push_back(std::move(role));
  }

  /// One attached managed policy: a customer managed policy of this template (!Ref X: its
  /// statements join the role's), an AWS managed policy by name or ARN (also when the ARN is
  /// built with !Sub or !Join around AWS::Partition), or something not known here.
  void addManagedPolicy(model::Role& role, const Node* item, const std::string& path) {
    model::ManagedPolicy mp;
    if (auto id = referencedId(item); id && byId_.count(*id) && resources_[byId_.at(*id)].type == "AWS::IAM::ManagedPolicy") {
      const Resource& pol = resources_[byId_.at(*id)];
      mp.name.state = core::ValueState::Known;
      mp.name.value = pol.id;
      mp.name.range = item->range;
      mp.name.path = path;
      mp.customer = mp.read = true;
      auto st = readPolicyDocument(pol.props->get("PolicyDocument"), pol.path + ".Properties.PolicyDocument", values());
      role.statements.insert(role.statements.end(), st.begin(), st.end());
      customerAttached_.insert({role.id, pol.id});
    } else {
      mp = readManagedPolicy(item, path, values());
    }
    role.managedPolicies.push_back(std::move(mp));
  }

  void attachPolicy(Project& p, const Resource& r) {
    auto st = readPolicyDocument(r.props->get("PolicyDocument"), r.path + ".Properties.PolicyDocument", values());
    const Node* roles = r.props->get("Roles");
    if (!roles || !roles->isSeq()) return;
    for (const Node* ref : roles->items) {
      auto id = referencedId(ref);
      if (!id) continue;
      auto it = roleIndex_.find(*id);
      if (it == roleIndex_.end() || customerAttached_.count({*id, r.id})) continue;  // already read through ManagedPolicyArns
      auto& target = p.roles[it->second].statements;
      target.insert(target.end(), st.begin(), st.end());
    }
  }

  void linkRole(Project& p, Function& f, const Located<std::string>& roleRef, const Node* roleNode) {
    f.roleRef = roleRef;
    if (auto id = referencedId(roleNode)) {
      auto it = roleIndex_.find(*id);
      if (it != roleIndex_.end()) f.role = it->second;
    }
  }

  /// FL003 when a value the rules need is only known at deploy time; once per place written.
  template <class T> void noteUnknown(const core::Located<T>& v, std::string_view what, const Function& f) {
    if (v.state != core::ValueState::Unknown) return;
    for (const auto& d : out_->diagnostics)  // a value of the wrong type is already reported (FL002)
      if (d.code == "FL002" && d.range.begin == v.range.begin) return;
    if (!notedAt_.insert({v.range.begin, v.range.end}).second) return;
    core::Diagnostic d;
    d.code = "FL003";
    d.severity = core::Severity::Note;
    d.range = v.range;
    d.logicalPath = v.path;
    d.message =
        fmt::format("The {} of function '{}' is {}, which is only known at deploy time (a parameter without a default, an SSM parameter, a "
                    "dynamic reference, a condition); rules that need it skipped it. Give the parameter a default to have it checked.",
                    what, f.name, v.unresolved.empty() ? "an expression" : "'" + v.unresolved + "'");
    out_->diagnostics.push_back(std::move(d));
  }

  void loadCommon(Function& f, const Resource& r, bool sam) {
    f.name = r.id;
    f.range = r.key->range;
    f.path = r.path;
    f.runtime = strProp(r, "Runtime", sam);
    f.handler = strProp(r, "Handler", sam);
    f.packageType = strProp(r, "PackageType", sam);
    f.memoryMb = intProp(r, "MemorySize", sam);
    f.timeoutS = intProp(r, "Timeout", sam);
    noteUnknown(f.runtime, "runtime", f);
    noteUnknown(f.memoryMb, "memory size", f);
    noteUnknown(f.timeoutS, "timeout", f);
    f.ephemeralStorageMb = intAt(r, prop(r, "EphemeralStorage", sam), "Size");
    f.encryptionKey = strProp(r, "KmsKeyArn", sam);
    f.reservedConcurrency = intProp(r, "ReservedConcurrentExecutions", sam);
    if (prop(r, "CapacityProviderConfig", sam).node) f.plan = "managed-instances";
    f.inVpc = prop(r, "VpcConfig", sam).node != nullptr;
    if (Prop fs = prop(r, "FileSystemConfigs", sam); fs.node && fs.node->isSeq())
      for (std::size_t i = 0; i < fs.node->items.size(); ++i)
        if (const Node* mount = fs.node->items[i]->isMap() ? fs.node->items[i]->get("LocalMountPath") : nullptr)
          f.networkMounts.push_back(values().str(mount, fmt::format("{}[{}].LocalMountPath", fs.path, i)));
    if (Prop a = prop(r, "Architectures", sam); a.node && a.node->isSeq() && !a.node->items.empty()) {
      f.architecture = values().str(a.node->items[0], a.path + "[0]");
      inherit(f.architecture, a, r);
    }
    if (const Node* name = r.props->get("FunctionName"); name && name->isScalar() && !intrinsicOf(name)) literalNames_[r.id] = name->text;
    // CDK and SAM generate helper functions (custom resources) that users do not maintain.
    const Node* meta = r.node->get("Metadata");
    if (meta && meta->isMap() && (meta->get("aws:cdk:path") || meta->get("aws:asset:path"))) {
      std::string cdkPath = meta->get("aws:cdk:path") && meta->get("aws:cdk:path")->isScalar() ? meta->get("aws:cdk:path")->text : "";
      if (cdkPath.find("CustomResource") != std::string::npos || cdkPath.find("Provider") != std::string::npos ||
          r.id.starts_with("CustomResource") || r.id.find("LogRetention") != std::string::npos)
        f.generatedByFramework = true;
    }
    loadEnvironment(f, r, sam);
    loadTags(f, r, sam);
  }

  void loadEnvironment(Function& f, const Resource& r, bool sam) {
    // SAM merges Globals variables with the function's, the function winning per key.
    std::map<std::string, std::size_t> seen;
    auto add = [&](const Node* env, const std::string& envPath, bool inherited) {
      if (!env || !env->isMap()) return;
      const Node* vars = env->get("Variables");
      if (!vars) return;
      std::string varsPath = envPath + ".Variables";
      if (!f.environmentRange.valid() || !inherited) {
        f.environmentRange = env->keyNode("Variables")->range;
        f.environmentPath = varsPath;
      }
      if (!vars->isMap()) {
        if (intrinsicOf(vars)) f.environmentUnknown = true;
        return;
      }
      for (const auto& [k, v] : vars->entries) {
        model::EnvVar e;
        e.key = values().str(k, varsPath + "." + k->text);
        e.value = values().str(v, varsPath + "." + k->text);
        e.refersTo = referencedId(v).value_or("");
        if (inherited) {
          e.key.origin = e.value.origin =
              core::Origin{r.key->range, fmt::format("function '{}' inherits this variable from Globals", r.id)};
        }
        if (auto it = seen.find(k->text); it != seen.end()) {
          f.environment[it->second] = std::move(e);
        } else {
          seen[k->text] = f.environment.size();
          f.environment.push_back(std::move(e));
        }
      }
    };
    if (sam && globals_) add(globals_->get("Environment"), "Globals.Function.Environment", true);
    add(r.props->get("Environment"), r.path + ".Properties.Environment", false);
  }

  void loadTags(Function& f, const Resource& r, bool sam) {
    auto add = [&](const Node* tags) {
      if (!tags) return;
      if (tags->isMap()) {
        for (const auto& [k, v] : tags->entries)
          if (v->isScalar()) f.tags.emplace_back(k->text, v->text);
      } else if (tags->isSeq()) {  // CloudFormation: [{Key, Value}]
        for (const Node* t : tags->items) {
          const Node* k = t->get("Key");
          const Node* v = t->get("Value");
          if (k && v && k->isScalar() && v->isScalar()) f.tags.emplace_back(k->text, v->text);
        }
      }
    };
    if (sam && globals_) add(globals_->get("Tags"));
    add(r.props->get("Tags"));
  }

  void loadSamFunction(Project& p, const Resource& r) {
    Function f;
    loadCommon(f, r, true);
    f.codeDir = strProp(r, "CodeUri", true);
    if (const Node* meta = r.node->get("Metadata"); meta && meta->isMap())
      f.aws.buildMethod = values().str(meta->get("BuildMethod"), r.path + ".Metadata.BuildMethod");
    f.tracing = strProp(r, "Tracing", true);
    Prop dlq = prop(r, "DeadLetterQueue", true);
    if (dlq.node && dlq.node->isMap()) {
      f.deadLetterTarget = values().str(dlq.node->get("TargetArn"), dlq.path + ".TargetArn");
      inherit(f.deadLetterTarget, dlq, r);
    }
    Prop eic = prop(r, "EventInvokeConfig", true);
    if (eic.node && eic.node->isMap()) {
      const Node* dest = eic.node->at({"DestinationConfig", "OnFailure"});
      if (dest && dest->isMap()) {
        const Node* d = dest->get("Destination");
        f.onFailureDestination = values().str(d ? d : dest->get("Type"), eic.path + ".DestinationConfig.OnFailure");
        inherit(f.onFailureDestination, eic, r);
      }
    }
    Prop url = prop(r, "FunctionUrlConfig", true);
    if (url.node && url.node->isMap()) {
      model::FunctionUrl u;
      u.range = url.node->range;
      u.path = url.path;
      u.authType = values().str(url.node->get("AuthType"), url.path + ".AuthType");
      inherit(u.authType, url, r);
      readCors(url.node->at({"Cors", "AllowOrigins"}), url.path + ".Cors.AllowOrigins", u.corsOrigins);
      f.aws.url = std::move(u);
    }
    // Role: a given role wins; otherwise SAM generates one from Policies.
    if (const Node* role = r.props->get("Role")) {
      linkRole(p, f, values().str(role, r.path + ".Properties.Role"), role);
    } else {
      model::Role gen;
      gen.id = r.id + "Role";
      gen.generated = true;
      gen.range = r.key->range;
      gen.path = r.path;
      readSamPolicies(gen, r.props->get("Policies"), r.path + ".Properties.Policies");
      f.role = p.roles.size();
      p.roles.push_back(std::move(gen));
    }
    loadSamEvents(f, r);
    p.functions.push_back(std::move(f));
  }

  void readSamPolicies(model::Role& role, const Node* pols, const std::string& path) {
    if (!pols) return;
    auto one = [&](const Node* pol, const std::string& pp) {
      if (pol->isScalar() || intrinsicOf(pol)) {
        addManagedPolicy(role, pol, pp);
      } else if (pol->isMap()) {
        if (pol->get("Statement")) {
          auto st = readPolicyDocument(pol, pp, values());
          role.statements.insert(role.statements.end(), st.begin(), st.end());
        } else if (!pol->entries.empty()) {  // a SAM policy template: {S3ReadPolicy: {...}}
          const Node* k = pol->entries[0].first;
          Located<std::string> t;
          t.state = core::ValueState::Known;
          t.value = k->text;
          t.range = k->range;
          t.path = pp + "." + k->text;
          role.policyTemplates.push_back(t);
        }
      }
    };
    if (pols->isSeq() && !intrinsicOf(pols)) {
      for (std::size_t i = 0; i < pols->items.size(); ++i) one(pols->items[i], fmt::format("{}[{}]", path, i));
    } else {
      one(pols, path);
    }
  }

  void readCors(const Node* origins, const std::string& path, std::vector<Located<std::string>>& out) const {
    for (auto& o : values().strList(origins, path)) {
      if (o.known()) {  // API Gateway REST CORS values are quoted strings: "'*'"
        std::string& v = o.value;
        if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') v = v.substr(1, v.size() - 2);
      }
      out.push_back(std::move(o));
    }
  }

  /// Auth and CORS of the API an event attaches to: the explicit API resource, or the
  /// implicit one configured in Globals.Api / Globals.HttpApi.
  const Node* apiFor(const Node* apiRef, const char* type, const char* globalsKey) const {
    if (apiRef) {
      auto id = referencedId(apiRef);
      const Resource* api = id ? resource(*id) : nullptr;
      return api && api->type == type ? api->props : nullptr;
    }
    return globalsRoot_ && globalsRoot_->isMap() ? globalsRoot_->get(globalsKey) : nullptr;
  }
  std::string apiPath(const Node* apiRef, const char* globalsKey) const {
    if (apiRef) {
      if (auto id = referencedId(apiRef)) return "Resources." + *id + ".Properties";
    }
    return std::string("Globals.") + globalsKey;
  }

  void loadApiAuth(Trigger& t, const Node* props, const std::string& evPath, const char* type, const char* globalsKey, const char* idKey) {
    const Node* apiRef = props->get(idKey);
    const Node* api = apiFor(apiRef, type, globalsKey);
    std::string ap = apiPath(apiRef, globalsKey);
    if (const Node* m = props->get("Method"); m && m->isScalar()) t.method = upperCase(m->text);
    if (const Node* k = props->at({"Auth", "ApiKeyRequired"}))
      t.apiKeyRequired = values().boolean(k, evPath + ".Properties.Auth.ApiKeyRequired");
    else if (const Node* dk = api && api->isMap() ? api->at({"Auth", "ApiKeyRequired"}) : nullptr)
      t.apiKeyRequired = values().boolean(dk, ap + ".Auth.ApiKeyRequired");
    if (const Node* a = props->at({"Auth", "Authorizer"})) {
      t.authorizer = values().str(a, evPath + ".Properties.Auth.Authorizer");
    } else if (apiRef && !api) {
      t.authorizer.state = core::ValueState::Unknown;  // an API we cannot see
      t.authorizer.unresolved = ValueReader::describe(apiRef);
    } else if (api && api->isMap()) {
      if (const Node* d = api->at({"Auth", "DefaultAuthorizer"})) {
        t.authorizer = values().str(d, ap + ".Auth.DefaultAuthorizer");
      } else if (api->get("DefinitionBody") || api->get("DefinitionUri")) {
        t.authorizer.state = core::ValueState::Unknown;  // auth may be in the OpenAPI document
        t.authorizer.unresolved = "the API's OpenAPI definition";
      }
    }
    if (api && api->isMap()) {
      if (std::string_view(type) == "AWS::Serverless::Api") {
        const Node* cors = api->get("Cors");
        if (cors && cors->isMap()) cors = cors->get("AllowOrigin");
        readCors(cors, ap + ".Cors", t.corsOrigins);
      } else {
        const Node* cors = api->get("CorsConfiguration");
        if (cors && cors->isScalar() && cors->text == "true") {
          Located<std::string> all;
          all.state = core::ValueState::Known;
          all.value = "*";
          all.range = cors->range;
          all.path = ap + ".CorsConfiguration";
          t.corsOrigins.push_back(all);
        } else if (cors && cors->isMap()) {
          readCors(cors->get("AllowOrigins"), ap + ".CorsConfiguration.AllowOrigins", t.corsOrigins);
        }
      }
    }
    t.integrationTimeoutMs = values().integer(props->get("TimeoutInMillis"), evPath + ".Properties.TimeoutInMillis");
  }

  /// The resource behind a trigger: its logical id when the reference names one of this
  /// template's resources, and its name (a name property, or the last part of an ARN literal).
  void triggerSource(Trigger& t, const Node* ref) {
    if (!ref) return;
    if (auto id = referencedId(ref); id && resource(*id)) {
      const Resource& r = *resource(*id);
      if (t.kind != TriggerKind::Sqs) t.sourceId = r.id;  // a queue's is set with its visibility timeout
      for (const char* key : {"BucketName", "QueueName", "TopicName", "TableName", "Name"})
        if (const Node* n = r.props->get(key); n && n->isScalar() && !intrinsicOf(n)) t.sourceName = n->text;
      return;
    }
    if (ref->isScalar() && !intrinsicOf(ref)) t.sourceName = ref->text.substr(ref->text.find_last_of(":/") + 1);
  }

  void queueVisibility(Trigger& t, const Node* queueRef) {
    auto id = referencedId(queueRef);
    const Resource* q = id ? resource(*id) : nullptr;
    if (!q || q->type != "AWS::SQS::Queue") {
      t.visibilityTimeoutS.state = core::ValueState::Unknown;  // a queue outside this template
      return;
    }
    t.sourceId = q->id;
    if (const Node* v = q->props->get("VisibilityTimeout")) {
      t.visibilityTimeoutS = values().integer(v, q->path + ".Properties.VisibilityTimeout");
    } else {
      // Absent, but located at the queue: rules apply the platform default from the catalog.
      t.visibilityTimeoutS.range = q->key->range;
      t.visibilityTimeoutS.path = q->path;
    }
  }

  void loadSamEvents(Function& f, const Resource& r) {
    const Node* events = r.props->get("Events");
    if (!events || !events->isMap()) return;
    static const std::map<std::string, TriggerKind, std::less<>> kinds = {{"Api", TriggerKind::RestApi},
                                                                          {"HttpApi", TriggerKind::HttpApi},
                                                                          {"SQS", TriggerKind::Sqs},
                                                                          {"S3", TriggerKind::S3},
                                                                          {"SNS", TriggerKind::Sns},
                                                                          {"Schedule", TriggerKind::Schedule},
                                                                          {"ScheduleV2", TriggerKind::Schedule},
                                                                          {"CloudWatchEvent", TriggerKind::EventBridge},
                                                                          {"EventBridgeRule", TriggerKind::EventBridge},
                                                                          {"DynamoDB", TriggerKind::DynamoDbStream},
                                                                          {"Kinesis", TriggerKind::KinesisStream},
                                                                          {"MSK", TriggerKind::Kafka},
                                                                          {"SelfManagedKafka", TriggerKind::Kafka},
                                                                          {"CloudWatchLogs", TriggerKind::CloudWatchLogs},
                                                                          {"IoTRule", TriggerKind::IoT},
                                                                          {"Cognito", TriggerKind::Cognito},
                                                                          {"MQ", TriggerKind::Mq},
                                                                          {"DocumentDB", TriggerKind::DocumentDb},
                                                                          {"AlexaSkill", TriggerKind::AlexaSkill}};
    for (const auto& [k, ev] : events->entries) {
      if (!ev->isMap()) continue;
      std::string evPath = r.path + ".Properties.Events." + k->text;
      const Node* type = ev->get("Type");
      if (!type || !type->isScalar()) continue;
      Trigger t;
      t.name = k->text;
      t.range = k->range;
      t.path = evPath;
      auto kind = kinds.find(type->text);
      t.kind = kind == kinds.end() ? TriggerKind::Other : kind->second;
      const Node* props = ev->get("Properties");
      if (!props || !props->isMap()) props = &empty_;
      if (t.kind == TriggerKind::RestApi) loadApiAuth(t, props, evPath, "AWS::Serverless::Api", "Api", "RestApiId");
      if (t.kind == TriggerKind::HttpApi) loadApiAuth(t, props, evPath, "AWS::Serverless::HttpApi", "HttpApi", "ApiId");
      if (t.kind == TriggerKind::Sqs) queueVisibility(t, props->get("Queue"));
      if (t.kind == TriggerKind::Sqs) triggerSource(t, props->get("Queue"));
      if (t.kind == TriggerKind::S3) {
        triggerSource(t, props->get("Bucket"));
        t.sourceFiltered = props->get("Filter") != nullptr;
      }
      if (t.kind == TriggerKind::Sns) triggerSource(t, props->get("Topic"));
      if (t.kind == TriggerKind::DynamoDbStream || t.kind == TriggerKind::KinesisStream) triggerSource(t, props->get("Stream"));
      f.triggers.push_back(std::move(t));
    }
  }

  void loadLambdaFunction(Project& p, const Resource& r) {
    Function f;
    loadCommon(f, r, false);
    const Node* code = r.props->get("Code");
    if (code && code->isMap()) {
      if (const Node* z = code->get("ZipFile"))
        f.codeDir = values().str(z, r.path + ".Properties.Code.ZipFile");
      else if (const Node* b = code->get("S3Key"))
        f.codeDir = values().str(b, r.path + ".Properties.Code.S3Key");
    }
    f.tracing = values().str(r.props->at({"TracingConfig", "Mode"}), r.path + ".Properties.TracingConfig.Mode");
    f.deadLetterTarget = values().str(r.props->at({"DeadLetterConfig", "TargetArn"}), r.path + ".Properties.DeadLetterConfig.TargetArn");
    if (const Node* role = r.props->get("Role")) linkRole(p, f, values().str(role, r.path + ".Properties.Role"), role);
    p.functions.push_back(std::move(f));
  }

  void linkUrl(Project& p, const Resource& r) {
    Function* f = functionFor(p, r.props->get("TargetFunctionArn"));
    if (!f) return;
    model::FunctionUrl u;
    u.range = r.key->range;
    u.path = r.path;
    u.authType = values().str(r.props->get("AuthType"), r.path + ".Properties.AuthType");
    readCors(r.props->at({"Cors", "AllowOrigins"}), r.path + ".Properties.Cors.AllowOrigins", u.corsOrigins);
    f->aws.url = std::move(u);
  }

  void linkPermission(Project& p, const Resource& r) {
    Function* f = functionFor(p, r.props->get("FunctionName"));
    if (!f) return;
    model::InvokePermission perm;
    perm.range = r.key->range;
    perm.path = r.path;
    perm.principal = values().str(r.props->get("Principal"), r.path + ".Properties.Principal");
    perm.action = values().str(r.props->get("Action"), r.path + ".Properties.Action");
    perm.hasSourceArn = r.props->get("SourceArn") != nullptr;
    perm.hasSourceAccount = r.props->get("SourceAccount") != nullptr;
    perm.hasPrincipalOrgId = r.props->get("PrincipalOrgID") != nullptr;
    perm.functionUrlAuthType = values().str(r.props->get("FunctionUrlAuthType"), r.path + ".Properties.FunctionUrlAuthType");
    f->aws.permissions.push_back(std::move(perm));
  }

  void linkEventSourceMapping(Project& p, const Resource& r) {
    Function* f = functionFor(p, r.props->get("FunctionName"));
    if (!f) return;
    Trigger t;
    t.name = r.id;
    t.range = r.key->range;
    t.path = r.path;
    const Node* src = r.props->get("EventSourceArn");
    auto id = referencedId(src);
    const Resource* s = id ? resource(*id) : nullptr;
    std::string arn = src && src->isScalar() ? src->text : "";
    if ((s && s->type == "AWS::SQS::Queue") || arn.starts_with("arn:aws:sqs:")) {
      t.kind = TriggerKind::Sqs;
      queueVisibility(t, src);
    } else if ((s && s->type == "AWS::DynamoDB::Table") || arn.find(":dynamodb:") != std::string::npos) {
      t.kind = TriggerKind::DynamoDbStream;
    } else if ((s && s->type == "AWS::Kinesis::Stream") || arn.find(":kinesis:") != std::string::npos) {
      t.kind = TriggerKind::KinesisStream;
    } else if (r.props->get("SelfManagedEventSource") || arn.find(":kafka:") != std::string::npos) {
      t.kind = TriggerKind::Kafka;
    } else if ((s && s->type == "AWS::AmazonMQ::Broker") || arn.find(":mq:") != std::string::npos) {
      t.kind = TriggerKind::Mq;
    } else if (r.props->get("DocumentDBEventSourceConfig") || (s && s->type == "AWS::DocDB::DBCluster")) {
      t.kind = TriggerKind::DocumentDb;
    }
    triggerSource(t, src);
    f->triggers.push_back(std::move(t));
  }

  void linkInvokeConfig(Project& p, const Resource& r) {
    Function* f = functionFor(p, r.props->get("FunctionName"));
    if (!f) return;
    const Node* d = r.props->at({"DestinationConfig", "OnFailure", "Destination"});
    if (d) f->onFailureDestination = values().str(d, r.path + ".Properties.DestinationConfig.OnFailure.Destination");
  }

  void linkLogGroup(Project& p, const Resource& r) {
    std::vector<std::string> refs;
    collectReferences(r.props->get("LogGroupName"), refs);
    for (const auto& id : refs) {
      auto it = functionIndex_.find(id);
      if (it == functionIndex_.end()) continue;
      p.functions[it->second].logRetentionDays = values().integer(r.props->get("RetentionInDays"), r.path + ".Properties.RetentionInDays");
      return;
    }
  }

  void linkApiMethod(Project& p, const Resource& r) {
    std::vector<std::string> refs;
    collectReferences(r.props->at({"Integration", "Uri"}), refs);
    for (const auto& id : refs) {
      auto it = functionIndex_.find(id);
      if (it == functionIndex_.end()) continue;
      Trigger t;
      t.kind = TriggerKind::RestApi;
      t.name = r.id;
      t.range = r.key->range;
      t.path = r.path;
      if (const Node* a = r.props->get("AuthorizationType")) {
        t.authorizer = values().str(a, r.path + ".Properties.AuthorizationType");
      } else {  // CloudFormation requires it; absent means no authorization
        t.authorizer.state = core::ValueState::Known;
        t.authorizer.value = "NONE";
        t.authorizer.range = r.key->range;
        t.authorizer.path = r.path + ".Properties";
      }
      if (const Node* m = r.props->get("HttpMethod"); m && m->isScalar()) t.method = upperCase(m->text);
      if (const Node* mode = r.props->at({"Integration", "ResponseTransferMode"});
          mode && mode->isScalar() && upperCase(mode->text) == "STREAM")
        t.callerDoesNotWait = "its integration streams the response (ResponseTransferMode: STREAM)";
      if (const Node* params = r.props->at({"Integration", "RequestParameters"}); params && params->isMap())
        for (const auto& [k, v] : params->entries)
          if (upperCase(k->text) == "INTEGRATION.REQUEST.HEADER.X-AMZ-INVOCATION-TYPE" && v->isScalar() && v->text == "'Event'")
            t.callerDoesNotWait = "its integration invokes the function asynchronously (X-Amz-Invocation-Type: 'Event')";
      if (const Node* k = r.props->get("ApiKeyRequired")) t.apiKeyRequired = values().boolean(k, r.path + ".Properties.ApiKeyRequired");
      t.integrationTimeoutMs =
          values().integer(r.props->at({"Integration", "TimeoutInMillis"}), r.path + ".Properties.Integration.TimeoutInMillis");
      p.functions[it->second].triggers.push_back(std::move(t));
      return;
    }
  }

  core::FileId file_;
  const Node* root_;
  std::optional<ValueReader> values_;
  const Node* globals_ = nullptr;
  const Node* globalsRoot_ = nullptr;
  Node empty_ = emptyMap();
  std::vector<Resource> resources_;
  std::map<std::string, std::size_t, std::less<>> byId_;
  std::map<std::string, std::size_t, std::less<>> roleIndex_;
  std::deque<Node> generated_;  ///< resources Fn::ForEach generates
  std::set<std::pair<std::uint32_t, std::uint32_t>> notedAt_;  ///< FL003 notes already given
  LoadResult* out_ = nullptr;
  std::set<std::pair<std::string, std::string>> customerAttached_;  ///< (role id, customer managed policy id)
  std::map<std::string, std::size_t, std::less<>> functionIndex_;
  std::map<std::string, std::string, std::less<>> literalNames_;
};

}  // namespace

LoadResult loadCloudFormation(const document::Document& doc) { return Loader(doc.file(), doc.root()).run(); }

LoadResult loadCloudFormation(core::FileId file, const document::Node* root) { return Loader(file, root).run(); }

}  // namespace faaslint::formats
