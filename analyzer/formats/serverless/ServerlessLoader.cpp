#include "formats/serverless/ServerlessLoader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>
#include <map>
#include <set>

#include "formats/IamReader.h"
#include "formats/Intrinsics.h"

namespace faaslint::formats {
namespace {

using model::Function;
using model::Project;
using model::Trigger;
using model::TriggerKind;

constexpr const char* kDefaultRoleId = "IamRoleLambdaExecution";  // the role the framework generates

/// Event types whose kind follows from the name alone.
TriggerKind simpleEventKind(std::string_view type) {
  static const std::pair<std::string_view, TriggerKind> kinds[] = {{"sns", TriggerKind::Sns},
                                                                   {"s3", TriggerKind::S3},
                                                                   {"schedule", TriggerKind::Schedule},
                                                                   {"eventBridge", TriggerKind::EventBridge},
                                                                   {"alb", TriggerKind::Alb},
                                                                   {"kafka", TriggerKind::Kafka},
                                                                   {"msk", TriggerKind::Kafka},
                                                                   {"cloudwatchLog", TriggerKind::CloudWatchLogs},
                                                                   {"iot", TriggerKind::IoT},
                                                                   {"cognitoUserPool", TriggerKind::Cognito},
                                                                   {"activemq", TriggerKind::Mq},
                                                                   {"rabbitmq", TriggerKind::Mq},
                                                                   {"websocket", TriggerKind::WebSocket},
                                                                   {"alexaSkill", TriggerKind::AlexaSkill},
                                                                   {"alexaSmartHome", TriggerKind::AlexaSkill}};
  for (const auto& [name, kind] : kinds)
    if (name == type) return kind;
  return TriggerKind::Other;  // how the profile says nothing about: never assumed asynchronous
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

class SlsLoader {
 public:
  SlsLoader(const document::Document& doc, const ServerlessOptions& o) : doc_(doc), options_(o), resolved_(doc.file()) {}

  LoadResult run() {
    LoadResult out;
    out_ = &out;
    out.project.manifest = doc_.file();
    out.project.dialect = "serverless";
    const Node* raw = doc_.root();
    if (!raw || raw->isNull()) return out;
    if (!raw->isMap()) {
      report("FL000", core::Severity::Error, raw, "", "A serverless.yml must be a mapping at the top level.");
      return out;
    }
    VariableResolver resolver(raw, options_.variables, out.diagnostics, {}, options_.readFile);
    root_ = resolver.resolveTree(resolved_);
    values_.emplace(nullptr, out.diagnostics);
    provider_ = mapAt(root_, "provider");
    Project& p = out.project;
    p.provider.state = core::ValueState::Known;
    p.provider.value = "aws";  // the framework's default provider
    if (const Node* key = provider_ ? root_->keyNode("provider") : nullptr) p.provider.range = key->range;
    if (const Node* name = provider_ ? provider_->get("name") : nullptr; name && name->isScalar()) {
      p.provider.value = profileId(name->text);
      p.provider.range = name->range;
      p.provider.path = "provider.name";
    }
    providerName_ = p.provider.value;
    if (aws()) loadResources(p);
    const Node* functions = root_->get("functions");
    if (functions && functions->isMap()) {
      for (const auto& [k, v] : functions->entries) loadFunction(p, k, v);
    } else if (functions && functions->isSeq()) {  // a list of maps, e.g. one per included file
      for (const Node* group : functions->items)
        if (group->isMap())
          for (const auto& [k, v] : group->entries) loadFunction(p, k, v);
    } else if (functions && !functions->isNull() && !isUnresolved(functions)) {
      report("FL002", core::Severity::Error, functions, "functions", "'functions' must map function names to their settings.");
    }
    return out;
  }

 private:
  struct Prop {
    const Node* node = nullptr;
    std::string path;
    bool inherited = false;
  };

  const ValueReader& values() const { return *values_; }
  bool aws() const { return providerName_ == "aws"; }

  /// The profile id of a `provider.name` (the framework says `google` for Google Cloud).
  static std::string profileId(const std::string& name) { return name == "google" ? "gcp" : name; }

  /// A duration as the Google plugin writes it ("60s", "540s") or a plain number, in seconds.
  static std::optional<std::int64_t> durationSeconds(std::string_view text) {
    if (text.ends_with("s")) text.remove_suffix(1);
    std::int64_t v = 0;
    if (text.empty()) return std::nullopt;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
    return v;
  }

  static const Node* mapAt(const Node* n, std::string_view key) {
    const Node* v = n && n->isMap() ? n->get(key) : nullptr;
    return v && v->isMap() ? v : nullptr;
  }
  static bool isUnresolved(const Node* n) { return n && n->tag == kUnresolvedVariableTag; }

  core::Diagnostic& report(const char* code, core::Severity sev, const Node* n, std::string path, std::string msg) {
    core::Diagnostic d;
    d.code = code;
    d.severity = sev;
    d.message = std::move(msg);
    if (n) d.range = n->range;
    d.logicalPath = std::move(path);
    out_->diagnostics.push_back(std::move(d));
    return out_->diagnostics.back();
  }

  /// A function setting, falling back to the provider's (with the origin recorded).
  Prop prop(const Node* fn, const std::string& fnPath, std::string_view key, std::string_view providerKey = {}) const {
    if (const Node* n = fn->get(key)) return {n, fnPath + "." + std::string(key), false};
    std::string_view pk = providerKey.empty() ? key : providerKey;
    if (provider_)
      if (const Node* n = provider_->get(pk)) return {n, "provider." + std::string(pk), true};
    return {};
  }
  template <class T> void inherit(core::Located<T>& v, const Prop& p, const Function& f) const {
    if (p.inherited && v.present())
      v.origin = core::Origin{f.range, fmt::format("function '{}' inherits this value from {}", f.name, p.path)};
  }
  /// FL003 when a value a rule needs is an unresolved variable: said once per place it is written.
  void noteUnread(const Node* n, const std::string& path, const std::string& what, std::string_view skipped) {
    if (!isUnresolved(n) || !noted_.insert(n).second) return;
    report("FL003", core::Severity::Note, n, path,
           fmt::format("The {} is '{}', which faaslint does not resolve (environment, SSM, CloudFormation and file sources are never "
                       "read, nor files it cannot find); {} skipped it. Give a value with --var or a default in the file.",
                       what, n->text, skipped));
  }
  void noteUnresolved(const Prop& p, const Function& f, std::string_view what) {
    noteUnread(p.node, p.path,
               p.inherited ? fmt::format("{} that functions inherit from {}", what, p.path)
                           : fmt::format("{} of function '{}'", what, f.name),
               "rules that need it");
  }
  core::Located<std::string> strProp(const Node* fn, Function& f, std::string_view key, std::string_view providerKey = {}) {
    Prop p = prop(fn, f.path, key, providerKey);
    auto v = values().str(p.node, p.path);
    inherit(v, p, f);
    return v;
  }
  core::Located<std::int64_t> intProp(const Node* fn, Function& f, std::string_view key, std::string_view what) {
    Prop p = prop(fn, f.path, key);
    auto v = values().integer(p.node, p.path);
    inherit(v, p, f);
    noteUnresolved(p, f, what);
    return v;
  }
  /// The framework's default for a setting neither the function nor the provider gives.
  void frameworkDefault(core::Located<std::int64_t>& v, std::int64_t value, const Function& f, std::string_view key) const {
    if (!v.absent()) return;
    v.state = core::ValueState::Known;
    v.value = value;
    v.range = f.range;
    v.path = f.path;
    v.origin =
        core::Origin{f.range, fmt::format("neither function '{}' nor provider sets {}: the Serverless Framework default", f.name, key)};
  }

  void loadResources(Project& p) {
    const Node* res = mapAt(root_, "resources");
    if (!res || !res->get("Resources")) return;
    resourcesNode_ = mapAt(res, "Resources");
    LoadResult cfn = loadCloudFormation(doc_.file(), res);
    for (auto& d : cfn.diagnostics) {
      if (!d.logicalPath.empty()) d.logicalPath = "resources." + d.logicalPath;
      out_->diagnostics.push_back(std::move(d));
    }
    const std::size_t base = p.roles.size();
    for (auto& role : cfn.project.roles) {
      roleIndex_[role.id] = p.roles.size();
      p.roles.push_back(std::move(role));
    }
    for (auto& f : cfn.project.functions) {  // AWS::Lambda::Function resources next to the service's own
      if (f.role) *f.role += base;
      p.functions.push_back(std::move(f));
    }
  }

  std::map<std::string, std::size_t, std::less<>> externalRoles_;
  std::set<const Node*> noted_;  ///< unresolved values already reported (FL003)

  std::size_t defaultRole(Project& p) {
    if (defaultRole_) return *defaultRole_;
    model::Role role;
    role.id = kDefaultRoleId;
    role.generated = true;
    const Node* iam = provider_ ? provider_->get("iam") : nullptr;
    // Located at provider.iam when written, else at the older provider.iamRoleStatements, else at
    // `provider` (or the top of the file).
    const Node* legacy = provider_ && !iam ? provider_->keyNode("iamRoleStatements") : nullptr;
    const Node* anchor = provider_ && iam ? provider_->keyNode("iam") : legacy;
    if (!anchor) anchor = root_->keyNode("provider");
    role.range = anchor ? anchor->range : root_->range;
    role.path = iam ? "provider.iam.role" : legacy ? "provider.iamRoleStatements" : "provider";
    const Node* roleNode = mapAt(iam, "role");
    auto addStatements = [&](const Node* list, const std::string& path) {
      noteUnread(list, path, "list of IAM statements at " + path, "the IAM rules (SEC001-SEC004, SEC016)");
      auto st = readStatements(list, path, values());
      role.statements.insert(role.statements.end(), st.begin(), st.end());
    };
    auto addManaged = [&](const Node* list, const std::string& path) {
      if (!list) return;
      std::vector<const Node*> items = list->isSeq() ? list->items : std::vector<const Node*>{list};
      for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string ip = list->isSeq() ? fmt::format("{}[{}]", path, i) : path;
        model::ManagedPolicy mp = readManagedPolicy(items[i], ip, values());
        role.managedPolicies.push_back(std::move(mp));
      }
    };
    if (roleNode) {
      addStatements(roleNode->get("statements"), "provider.iam.role.statements");
      addManaged(roleNode->get("managedPolicies"), "provider.iam.role.managedPolicies");
    }
    if (provider_) {  // the framework's older keys, still common
      addStatements(provider_->get("iamRoleStatements"), "provider.iamRoleStatements");
      addManaged(provider_->get("iamManagedPolicies"), "provider.iamManagedPolicies");
    }
    defaultRole_ = p.roles.size();
    p.roles.push_back(std::move(role));
    return *defaultRole_;
  }

  void linkRole(Project& p, Function& f, const Node* fn) {
    Prop rp = prop(fn, f.path, "role");
    if (!rp.node && provider_) {
      if (const Node* iamRole = provider_->at({"iam", "role"}); iamRole && !iamRole->isMap()) rp = {iamRole, "provider.iam.role", true};
    }
    if (!rp.node && ownRolePlugin() && fn && fn->isMap() && fn->get("iamRoleStatements")) {
      f.role = functionRole(p, f, fn);
      f.roleRef.range = f.range;
      f.roleRef.path = f.path;
      return;
    }
    if (!rp.node) {
      f.role = defaultRole(p);
      f.roleRef.range = f.range;  // the generated role is "written" at the function that uses it
      f.roleRef.path = f.path;
      return;
    }
    f.roleRef = values().str(rp.node, rp.path);
    inherit(f.roleRef, rp, f);
    noteUnread(rp.node, rp.path, rp.inherited ? "role that functions inherit from " + rp.path : "role of function '" + f.name + "'",
               "the IAM rules (SEC001-SEC004, SEC016)");
    std::optional<std::string> id = referencedId(rp.node);
    if (!id && f.roleRef.known()) id = f.roleRef.value;  // `role: MyRole` names a resource
    if (id)
      if (auto it = roleIndex_.find(*id); it != roleIndex_.end()) {
        f.role = it->second;
        return;
      }
    // A role ARN written as a literal: functions that name the same one share it.
    if (f.roleRef.known() && f.roleRef.value.starts_with("arn:")) {
      auto [it, added] = externalRoles_.try_emplace(f.roleRef.value, p.roles.size());
      if (added) {
        model::Role role;
        role.id = f.roleRef.value;
        role.external = true;
        role.range = f.roleRef.range;
        role.path = f.roleRef.path;
        p.roles.push_back(std::move(role));
      }
      f.role = it->second;
    }
  }

  /// True when the serverless-iam-roles-per-function plugin is listed: a function with its own
  /// iamRoleStatements then gets a role of its own.
  bool ownRolePlugin() const {
    const Node* plugins = root_->get("plugins");
    if (plugins && plugins->isMap()) plugins = plugins->get("modules");
    if (!plugins || !plugins->isSeq()) return false;
    return std::any_of(plugins->items.begin(), plugins->items.end(),
                       [](const Node* n) { return n->isScalar() && n->text == "serverless-iam-roles-per-function"; });
  }

  /// The role the plugin generates for one function: its iamRoleStatements, plus the provider's
  /// when iamRoleStatementsInherit (or the plugin's defaultInherit) is true.
  std::size_t functionRole(Project& p, const Function& f, const Node* fn) {
    model::Role role;
    role.id = f.name + "IamRoleLambdaExecution";
    role.generated = true;
    role.range = fn->keyNode("iamRoleStatements") ? fn->keyNode("iamRoleStatements")->range : f.range;
    role.path = f.path + ".iamRoleStatements";
    auto st = readStatements(fn->get("iamRoleStatements"), f.path + ".iamRoleStatements", values());
    role.statements.insert(role.statements.end(), st.begin(), st.end());
    bool inherit = false;
    if (const Node* d = root_->at({"custom", "serverless-iam-roles-per-function", "defaultInherit"})) inherit = d->text == "true";
    if (const Node* i = fn->get("iamRoleStatementsInherit")) inherit = i->text == "true";
    if (inherit) {
      const model::Role& shared = p.roles[defaultRole(p)];
      role.statements.insert(role.statements.end(), shared.statements.begin(), shared.statements.end());
      role.managedPolicies = shared.managedPolicies;
    }
    p.roles.push_back(std::move(role));
    return p.roles.size() - 1;
  }

  void readEnvironment(Function& f, const Node* fn) {
    std::map<std::string, std::size_t, std::less<>> byKey;
    auto add = [&](const Node* env, const std::string& path, bool inherited) {
      if (!env) return;
      if (!env->isMap()) {
        noteUnread(env, path, inherited ? "environment that functions inherit from " + path : "environment of function '" + f.name + "'",
                   "the checks of environment variables (secrets, reserved names, size)");
        f.environmentUnknown = true;
        return;
      }
      for (const auto& [k, v] : env->entries) {
        model::EnvVar e;
        e.key = values().str(k, path + "." + k->text);
        e.value = values().str(v, path + "." + k->text);
        e.refersTo = referencedId(v).value_or("");
        if (inherited) e.value.origin = core::Origin{f.range, fmt::format("function '{}' inherits this variable from {}", f.name, path)};
        if (auto it = byKey.find(k->text); it != byKey.end())
          f.environment[it->second] = std::move(e);  // the function's own value wins
        else {
          byKey[k->text] = f.environment.size();
          f.environment.push_back(std::move(e));
        }
      }
    };
    const Node* own = fn->get("environment");
    const Node* inherited = provider_ ? provider_->get("environment") : nullptr;
    add(inherited, "provider.environment", true);
    add(own, f.path + ".environment", false);
    // Located at the `environment` key: a block mapping's own range starts at its first entry.
    const Node* shown = own ? fn->keyNode("environment") : inherited ? provider_->keyNode("environment") : nullptr;
    if (shown) {
      f.environmentRange = shown->range;
      f.environmentPath = own ? f.path + ".environment" : "provider.environment";
    }
  }

  static void readCorsList(const Node* n, const ValueReader& vr, const std::string& path, std::vector<core::Located<std::string>>& out) {
    for (auto& o : vr.strList(n, path)) out.push_back(std::move(o));
  }
  /// `cors: true` allows every origin; a mapping lists them.
  void readCors(const Node* cors, const std::string& path, std::vector<core::Located<std::string>>& out, std::string_view key) const {
    if (!cors) return;
    if (cors->isScalar() && cors->text == "true") {
      core::Located<std::string> all;
      all.state = core::ValueState::Known;
      all.value = "*";
      all.range = cors->range;
      all.path = path;
      all.unresolved = "cors: true";
      out.push_back(std::move(all));
      return;
    }
    if (!cors->isMap()) return;
    if (const Node* o = cors->get(key)) readCorsList(o, values(), path + "." + std::string(key), out);
    if (key == "origins")
      if (const Node* o = cors->get("origin")) readCorsList(o, values(), path + ".origin", out);
  }

  void httpTrigger(Trigger& t, const Node* v, const std::string& path, bool httpApi) {
    t.kind = httpApi ? TriggerKind::HttpApi : TriggerKind::RestApi;
    std::string method, route;
    if (v->isScalar()) {  // "GET /orders" or "*"
      auto sp = v->text.find(' ');
      method = sp == std::string::npos ? v->text : v->text.substr(0, sp);
      route = sp == std::string::npos ? "" : v->text.substr(sp + 1);
    } else if (v->isMap()) {
      if (const Node* m = v->get("method"); m && m->isScalar()) method = m->text;
      if (const Node* r = v->get("path"); r && r->isScalar()) route = r->text;
      if (const Node* a = v->get("authorizer")) {
        const std::string ap = path + ".authorizer";
        if (a->isMap()) {
          if (const Node* type = a->get("type"); type && type->isScalar() && upper(type->text) == "AWS_IAM")
            t.authorizer = values().str(type, ap + ".type");
          else if (const Node* name = a->get("name"))
            t.authorizer = values().str(name, ap + ".name");
          else if (const Node* id = a->get("id"))
            t.authorizer = values().str(id, ap + ".id");
          else if (const Node* arn = a->get("arn"))
            t.authorizer = values().str(arn, ap + ".arn");
          else
            t.authorizer = values().str(a, ap);
        } else {
          t.authorizer = values().str(a, ap);
        }
        if (t.authorizer.known()) t.authorizer.value = upper(t.authorizer.value) == "AWS_IAM" ? "AWS_IAM" : t.authorizer.value;
      }
      if (!httpApi) readCors(v->get("cors"), path + ".cors", t.corsOrigins, "origins");
      if (const Node* priv = v->get("private"); priv && !httpApi) t.apiKeyRequired = values().boolean(priv, path + ".private");
      if (const Node* async = v->get("async"); async && async->isScalar() && async->text == "true" && !httpApi)
        t.callerDoesNotWait = "it invokes the function asynchronously (async: true)";
    }
    if (httpApi && provider_)
      if (const Node* cors = provider_->at({"httpApi", "cors"})) readCors(cors, "provider.httpApi.cors", t.corsOrigins, "allowedOrigins");
    t.method = upper(method);
    t.name = route.empty() ? upper(method) : fmt::format("{} {}", upper(method), route);
  }

  /// The resource behind a trigger: a resource of `resources:` it references, or the name it
  /// writes (a bucket or topic name, the last part of an ARN).
  void triggerSource(Trigger& t, const Node* ref) {
    if (!ref) return;
    if (auto id = referencedId(ref)) {
      if (resourcesNode_ && resourcesNode_->get(*id) && t.kind != TriggerKind::Sqs) t.sourceId = *id;
      return;
    }
    const auto name = values().str(ref, t.path);
    if (name.known()) t.sourceName = name.value.substr(name.value.find_last_of(":/") + 1);
  }

  void queueTrigger(Trigger& t, const Node* v, const std::string& path) {
    t.kind = TriggerKind::Sqs;
    const Node* arn = v->isMap() ? v->get("arn") : v;
    triggerSource(t, arn);
    t.visibilityTimeoutS.state = core::ValueState::Unknown;  // a queue outside this file
    std::optional<std::string> id = referencedId(arn);
    const Node* q = id && resourcesNode_ ? resourcesNode_->get(*id) : nullptr;
    const Node* type = q && q->isMap() ? q->get("Type") : nullptr;
    if (!type || !type->isScalar() || type->text != "AWS::SQS::Queue") return;
    t.sourceId = *id;
    std::string qPath = "resources.Resources." + *id;
    const Node* props = mapAt(q, "Properties");
    if (const Node* vis = props ? props->get("VisibilityTimeout") : nullptr) {
      t.visibilityTimeoutS = values().integer(vis, qPath + ".Properties.VisibilityTimeout");
    } else {  // absent, located at the queue: rules apply the platform default
      t.visibilityTimeoutS = {};
      t.visibilityTimeoutS.range = resourcesNode_->keyNode(*id)->range;
      t.visibilityTimeoutS.path = qPath;
    }
    t.name = "sqs " + *id;
    (void)path;
  }

  /// serverless-azure-functions events: `- http: true` with `authLevel` (on the event or under
  /// `x-azure-settings`; Azure's default is `function`, which needs a key), and bindings.
  void azureTrigger(Trigger& t, const Node* e, const std::string& type, const std::string& eventPath) const {
    static const std::pair<std::string_view, TriggerKind> kinds[] = {{"http", TriggerKind::Http},        {"queue", TriggerKind::Queue},
                                                                     {"serviceBus", TriggerKind::Topic}, {"blob", TriggerKind::Storage},
                                                                     {"timer", TriggerKind::Schedule},   {"eventHub", TriggerKind::Stream},
                                                                     {"cosmosDB", TriggerKind::Stream},  {"eventGrid", TriggerKind::Topic}};
    t.kind = TriggerKind::Other;
    for (const auto& [name, kind] : kinds)
      if (name == type) t.kind = kind;
    if (t.kind != TriggerKind::Http) return;
    const Node* settings = mapAt(e, "x-azure-settings");
    const Node* level = e->get("authLevel");
    std::string path = eventPath + ".authLevel";
    if (!level && settings) {
      level = settings->get("authLevel");
      path = eventPath + ".x-azure-settings.authLevel";
    }
    if (level) {  // Azure reads the level without regard to case ("Anonymous" in C# attributes)
      t.authorizer = values().str(level, path);
      if (t.authorizer.known())
        std::transform(t.authorizer.value.begin(), t.authorizer.value.end(), t.authorizer.value.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    } else {  // Azure's default authorization level
      t.authorizer.state = core::ValueState::Known;
      t.authorizer.value = "function";
      t.authorizer.range = t.range;
      t.authorizer.path = t.path;
    }
    std::string methods;
    const Node* m = e->get("methods");
    if (!m && settings) m = settings->get("methods");
    if (m && m->isSeq())
      for (const Node* i : m->items) methods += (methods.empty() ? "" : ",") + upper(i->text);
    const Node* route = settings ? settings->get("route") : e->get("route");
    t.name = methods.empty() ? "http" : methods;
    if (route && route->isScalar()) t.name += " " + route->text;
  }

  /// serverless-google-cloudfunctions events: `- http: path` and `- event: {eventType, resource}`.
  static void googleTrigger(Trigger& t, const Node* v, const std::string& type) {
    t.kind = TriggerKind::Other;
    if (type == "http") {
      t.kind = TriggerKind::Http;  // who may invoke it (IAM) is not in the file: left unknown
      t.authorizer.state = core::ValueState::Unknown;
      t.name = v->isScalar() && !v->text.empty() ? v->text : "http";
      return;
    }
    const Node* et = v->isMap() ? v->get("eventType") : nullptr;
    std::string eventType = et && et->isScalar() ? et->text : "";
    if (eventType.find("pubsub") != std::string::npos) t.kind = TriggerKind::Topic;
    if (eventType.find("storage") != std::string::npos) t.kind = TriggerKind::Storage;
    if (!eventType.empty()) t.name = eventType;
  }

  void loadEvents(Function& f, const Node* fn) {
    const Node* events = fn->get("events");
    if (!events || !events->isSeq()) return;
    for (std::size_t i = 0; i < events->items.size(); ++i) {
      const Node* e = events->items[i];
      if (!e->isMap() || e->entries.empty()) continue;
      const Node* key = e->entries[0].first;
      const Node* v = e->entries[0].second;
      const std::string& type = key->text;
      Trigger t;
      t.range = key->range;
      t.path = fmt::format("{}.events[{}].{}", f.path, i, type);
      t.name = type;
      if (providerName_ == "azure") {
        azureTrigger(t, e, type, fmt::format("{}.events[{}]", f.path, i));
      } else if (providerName_ == "gcp") {
        googleTrigger(t, v, type);
      } else if (!aws()) {
        t.kind = TriggerKind::Other;  // Knative and others: events whose callers faaslint does not model
      } else if (type == "http" || type == "httpApi") {
        httpTrigger(t, v, t.path, type == "httpApi");
      } else if (type == "sqs") {
        queueTrigger(t, v, t.path);
      } else if (type == "stream") {
        const Node* st = v->isMap() ? v->get("type") : nullptr;
        const Node* arn = v->isMap() ? v->get("arn") : v;
        std::string hint = st && st->isScalar() ? st->text : (arn ? ValueReader::describe(arn) : "");
        t.kind = hint.find("kinesis") != std::string::npos ? TriggerKind::KinesisStream : TriggerKind::DynamoDbStream;
        triggerSource(t, arn);
      } else {
        t.kind = simpleEventKind(type);
        if (type == "s3") {  // `s3: photos` or {bucket: photos, rules: [{prefix: uploads/}]}
          const Node* bucket = v->isMap() ? v->get("bucket") : v;
          triggerSource(t, bucket);
          t.sourceFiltered = v->isMap() && v->get("rules") != nullptr;
        } else if (type == "sns") {  // `sns: topic`, {topicName: topic} or {arn: ...}
          const Node* topic = v->isMap() ? (v->get("topicName") ? v->get("topicName") : v->get("arn")) : v;
          triggerSource(t, topic);
        }
        if (type == "websocket") {  // named by its route: `websocket: $connect` or {route: $default}
          const Node* route = v->isMap() ? v->get("route") : v;
          if (route && route->isScalar() && !route->text.empty()) t.name = route->text;
        }
      }
      f.triggers.push_back(std::move(t));
    }
  }

  void loadUrl(Function& f, const Node* fn) {
    const Node* keyNode = fn->keyNode("url");
    const Node* url = fn->get("url");
    if (!url || (url->isScalar() && url->text == "false")) return;
    model::FunctionUrl u;
    u.range = keyNode->range;
    u.path = f.path + ".url";
    const Node* auth = url->isMap() ? url->get("authorizer") : nullptr;
    if (auth) {
      u.authType = values().str(auth, u.path + ".authorizer");
      if (u.authType.known()) u.authType.value = upper(u.authType.value) == "AWS_IAM" ? "AWS_IAM" : u.authType.value;
    } else if (!isUnresolved(url)) {  // no authorizer: the framework creates the URL with AuthType NONE
      u.authType.state = core::ValueState::Known;
      u.authType.value = "NONE";
      u.authType.range = keyNode->range;
      u.authType.path = u.path;
    }
    if (url->isMap()) readCors(url->get("cors"), u.path + ".cors", u.corsOrigins, "allowedOrigins");
    f.aws.url = std::move(u);
  }

  void loadFunction(Project& p, const Node* k, const Node* fn) {
    Function f;
    f.name = k->text;
    f.range = k->range;
    f.path = "functions." + k->text;
    f.provider = providerName_;
    if (providerName_ == "azure")  // provider.type: consumption (default), premium, ase
      if (const Node* type = provider_ ? provider_->get("type") : nullptr; type && type->isScalar()) f.plan = type->text;
    if (!fn->isMap()) {
      if (!isUnresolved(fn) && !fn->isNull())
        report("FL002", core::Severity::Error, fn, f.path, fmt::format("Function '{}' must be a mapping of its settings.", f.name));
      return;
    }
    f.handler = values().str(fn->get("handler"), f.path + ".handler");
    if (fn->get("image")) {
      f.packageType.state = core::ValueState::Known;
      f.packageType.value = "Image";
      f.packageType.range = fn->keyNode("image")->range;
      f.packageType.path = f.path + ".image";
    }
    f.runtime = strProp(fn, f, "runtime");
    noteUnresolved(prop(fn, f.path, "runtime"), f, "runtime");
    readEnvironment(f, fn);
    if (providerName_ == "gcp") {  // memorySize in MB, timeout as a duration ("60s")
      f.memoryMb = intProp(fn, f, "memorySize", "memory size");
      Prop tp = prop(fn, f.path, "timeout");
      if (tp.node && tp.node->isScalar() && !isUnresolved(tp.node)) {
        if (auto secs = durationSeconds(tp.node->text)) {
          f.timeoutS.state = core::ValueState::Known;
          f.timeoutS.value = *secs;
          f.timeoutS.range = tp.node->range;
          f.timeoutS.path = tp.path;
          inherit(f.timeoutS, tp, f);
        } else {
          report("FL002", core::Severity::Error, tp.node, tp.path,
                 fmt::format("{} must be a duration in seconds such as 60s, found '{}'.", tp.path, tp.node->text));
        }
      }
      noteUnresolved(tp, f, "timeout");
    }
    loadEvents(f, fn);
    if (!aws()) {  // the rest is AWS's vocabulary (IAM roles, URLs, destinations, tracing, KMS)
      p.functions.push_back(std::move(f));
      return;
    }
    f.memoryMb = intProp(fn, f, "memorySize", "memory size");
    f.timeoutS = intProp(fn, f, "timeout", "timeout");
    f.ephemeralStorageMb = intProp(fn, f, "ephemeralStorageSize", "ephemeral storage size");
    frameworkDefault(f.memoryMb, options_.defaultMemoryMb, f, "memorySize");
    frameworkDefault(f.timeoutS, options_.defaultTimeoutS, f, "timeout");
    f.architecture = strProp(fn, f, "architecture");
    f.encryptionKey = strProp(fn, f, "kmsKeyArn");
    f.logRetentionDays = intProp(fn, f, "logRetentionInDays", "log retention");
    f.reservedConcurrency = values().integer(fn->get("reservedConcurrency"), f.path + ".reservedConcurrency");

    // tracing: `tracing: Active|PassThrough|true` on the function, `tracing: {lambda: ...}` on the provider.
    Prop tr{fn->get("tracing"), f.path + ".tracing", false};
    if (!tr.node && provider_)
      if (const Node* n = provider_->at({"tracing", "lambda"})) tr = {n, "provider.tracing.lambda", true};
    f.tracing = values().str(tr.node, tr.path);
    inherit(f.tracing, tr, f);
    if (f.tracing.known()) {
      if (f.tracing.value == "true") f.tracing.value = "Active";
      if (f.tracing.value == "false") f.tracing.value = "PassThrough";
    }

    Prop vpc = prop(fn, f.path, "vpc");
    f.inVpc = vpc.node && (vpc.node->isMap() || isUnresolved(vpc.node));
    if (const Node* fsc = fn->get("fileSystemConfig"); fsc && fsc->isMap())
      if (const Node* mount = fsc->get("localMountPath"))
        f.networkMounts.push_back(values().str(mount, f.path + ".fileSystemConfig.localMountPath"));

    linkRole(p, f, fn);
    loadUrl(f, fn);
    if (const Node* dest = mapAt(fn, "destinations"))
      f.onFailureDestination = values().str(dest->get("onFailure"), f.path + ".destinations.onFailure");
    f.deadLetterTarget = values().str(fn->get("onError"), f.path + ".onError");
    if (const Node* tags = mapAt(fn, "tags"))
      for (const auto& [tk, tv] : tags->entries) f.tags.emplace_back(tk->text, tv->isScalar() ? tv->text : "");
    p.functions.push_back(std::move(f));
  }

  const document::Document& doc_;
  const ServerlessOptions& options_;
  document::Document resolved_;
  LoadResult* out_ = nullptr;
  const Node* root_ = nullptr;
  const Node* provider_ = nullptr;
  const Node* resourcesNode_ = nullptr;
  std::string providerName_ = "aws";
  std::optional<ValueReader> values_;
  std::optional<std::size_t> defaultRole_;
  std::map<std::string, std::size_t, std::less<>> roleIndex_;
};

}  // namespace

LoadResult loadServerless(const document::Document& doc, const ServerlessOptions& options) { return SlsLoader(doc, options).run(); }

}  // namespace faaslint::formats
