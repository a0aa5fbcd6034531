#include "providers/Profile.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "document/Document.h"

namespace faaslint::providers {
namespace {

using document::Node;

/// Reads typed values out of one profile, reporting what is missing or malformed.
struct Reader {
  const std::string& file;
  std::vector<std::string>& errors;

  void fail(const std::string& what) const { errors.push_back(fmt::format("{}: {}", file, what)); }
  static std::string text(const Node* map, std::string_view key) {
    const Node* n = map && map->isMap() ? map->get(key) : nullptr;
    return n && n->isScalar() ? n->text : std::string();
  }
  std::optional<std::int64_t> integer(const Node* map, std::string_view key) const {
    const Node* n = map && map->isMap() ? map->get(key) : nullptr;
    if (!n) return std::nullopt;
    std::int64_t v = 0;
    if (n->isScalar() && std::from_chars(n->text.data(), n->text.data() + n->text.size(), v).ec == std::errc()) return v;
    fail(fmt::format("'{}' must be an integer", key));
    return std::nullopt;
  }
  std::vector<std::string> strings(const Node* map, std::string_view key) const {
    std::vector<std::string> out;
    const Node* n = map && map->isMap() ? map->get(key) : nullptr;
    if (!n) return out;
    if (!n->isSeq()) fail(fmt::format("'{}' must be a list", key));
    for (const Node* i : n->isSeq() ? n->items : std::vector<const Node*>{}) out.push_back(i->text);
    return out;
  }
  std::optional<Bounds> bounds(const Node* map, std::string_view key) const {
    const Node* n = map && map->isMap() ? map->get(key) : nullptr;
    if (!n) return std::nullopt;
    if (!n->isMap()) {
      fail(fmt::format("'{}' must be a mapping of min, max and default", key));
      return std::nullopt;
    }
    Bounds b;
    b.min = integer(n, "min").value_or(0);
    b.max = integer(n, "max");
    b.defaultValue = integer(n, "default");
    return b;
  }
  std::optional<double> number(const Node* map, std::string_view key) const {
    const Node* n = map && map->isMap() ? map->get(key) : nullptr;
    if (!n) return std::nullopt;
    double v = 0;
    if (n->isScalar()) {
      const auto [end, ec] = std::from_chars(n->text.data(), n->text.data() + n->text.size(), v);
      if (ec == std::errc() && end == n->text.data() + n->text.size() && v >= 0) return v;
    }
    fail(fmt::format("'{}' must be a number of at least 0", key));
    return std::nullopt;
  }
  std::optional<core::Date> date(const Node* map, std::string_view key) const {
    const Node* n = map->get(key);
    if (!n) return std::nullopt;
    core::Date d;
    if (n->isScalar() && core::Date::parse(n->text, d)) return d;
    fail(fmt::format("'{}' must be a date (YYYY-MM-DD)", key));
    return std::nullopt;
  }
};

std::optional<model::Invocation> invocationNamed(std::string_view s) {
  if (s == "synchronous") return model::Invocation::Synchronous;
  if (s == "asynchronous") return model::Invocation::Asynchronous;
  if (s == "poll") return model::Invocation::Poll;
  return std::nullopt;
}

}  // namespace

const PlanPrice* Prices::plan(std::string_view id) const {
  auto it = plans.find(id);
  return it == plans.end() ? nullptr : &it->second;
}

const Plan& Profile::plan(std::string_view id) const {
  for (const auto& p : plans)
    if (p.id == id) return p;
  return plans.front();  // parseProfile guarantees one
}

const TriggerProfile* Profile::trigger(model::TriggerKind k) const {
  auto it = triggers.find(model::triggerKindId(k));
  return it == triggers.end() ? nullptr : &it->second;
}

model::Invocation Profile::invocation(model::TriggerKind k) const {
  const auto* t = trigger(k);
  return t ? t->invocation : model::Invocation::Unknown;
}

const RuntimeLifecycle* Profile::runtime(std::string_view name) const {
  for (const auto& r : runtimes)
    if (r.name == name) return &r;
  return nullptr;
}

bool Profile::runsNativeCode(const model::Function& f) const {
  const bool customRuntime = f.runtime.known() && std::any_of(nativeRuntimePrefixes.begin(), nativeRuntimePrefixes.end(),
                                                              [&](const std::string& p) { return f.runtime.value.starts_with(p); });
  const bool nativeBuild = f.aws.buildMethod.known() && std::find(nativeBuildMethods.begin(), nativeBuildMethods.end(),
                                                                  f.aws.buildMethod.value) != nativeBuildMethods.end();
  return customRuntime || nativeBuild;
}

std::string Profile::handlerLanguage(const model::Function& f) const {
  if (!f.runtime.known()) return "";
  for (const auto& [prefix, language] : runtimeLanguages)
    if (f.runtime.value.starts_with(prefix)) return language;
  return "";
}

std::optional<Profile> parseProfile(const std::string& file, std::string_view text, std::vector<std::string>& errors) {
  const Reader r{file, errors};
  auto doc = document::parseYaml(0, text);
  for (const auto& e : doc.errors()) r.fail(e.message);
  const Node* root = doc.root();
  if (!root || !root->isMap()) {
    r.fail("a provider profile must be a mapping");
    return std::nullopt;
  }
  Profile p;
  p.id = Reader::text(root, "id");
  p.name = Reader::text(root, "name");
  p.vendor = Reader::text(root, "vendor");
  p.asOf = Reader::text(root, "as-of");
  if (p.id.empty() || p.name.empty() || p.vendor.empty() || Reader::text(root, "source").empty() || p.asOf.empty())
    r.fail("needs 'id', 'name', 'vendor', 'source' and 'as-of'");
  const Node* plans = root->get("plans");
  if (plans && plans->isMap())
    for (const auto& [k, v] : plans->entries) {
      Plan plan;
      plan.id = k->text;
      plan.name = Reader::text(v, "name");
      if (plan.name.empty()) plan.name = p.name;
      plan.memoryMb = r.bounds(v, "memory-mb");
      for (const auto& t : r.strings(v, "memory-tiers-mb")) {
        std::int64_t mb = 0;
        if (std::from_chars(t.data(), t.data() + t.size(), mb).ec == std::errc())
          plan.memoryTiersMb.push_back(mb);
        else
          r.fail(fmt::format("plan '{}': memory tier '{}' is not a number of MB", plan.id, t));
      }
      plan.timeoutS = r.bounds(v, "timeout-seconds");
      if (const Node* to = v->isMap() ? v->get("timeout-seconds") : nullptr) plan.eventTimeoutMaxS = r.integer(to, "max-event-driven");
      plan.timeoutNote = Reader::text(v, "timeout-note");
      p.plans.push_back(std::move(plan));
    }
  if (p.plans.empty()) {
    r.fail("needs at least one plan under 'plans'");
    return std::nullopt;
  }
  p.ephemeralStorageMb = r.bounds(root, "ephemeral-storage-mb");
  p.environmentMaxBytes = r.integer(root, "environment-max-bytes");
  p.reservedEnvironmentNames = r.strings(root, "reserved-environment-names");
  p.queueVisibilityDefaultS = r.integer(root, "queue-visibility-timeout-default-seconds");
  if (const Node* triggers = root->get("triggers"); triggers && triggers->isMap())
    for (const auto& [k, v] : triggers->entries) {
      TriggerProfile t;
      auto inv = invocationNamed(Reader::text(v, "invocation"));
      if (!inv) r.fail(fmt::format("trigger '{}' needs invocation: synchronous, asynchronous or poll", k->text));
      t.invocation = inv.value_or(model::Invocation::Unknown);
      t.callerTimeoutS = r.integer(v, "caller-timeout-seconds");
      t.limit = Reader::text(v, "limit");
      p.triggers.emplace(k->text, std::move(t));
    }
  if (const Node* auth = root->get("http-auth")) {
    p.openHttpAuth = r.strings(auth, "open");
    p.httpAuthSetting = Reader::text(auth, "setting");
    p.httpAuthAdvice = Reader::text(auth, "advice");
    p.openHttpPhrase = Reader::text(auth, "open-phrase");
  }
  p.failureDestinations = Reader::text(root, "failure-destinations") == "true";
  p.tracing = Reader::text(root, "tracing");
  p.customerManagedKey = Reader::text(root, "customer-managed-key");
  if (const Node* native = root->get("native-code")) {
    p.nativeRuntimePrefixes = r.strings(native, "runtime-prefixes");
    p.nativeBuildMethods = r.strings(native, "build-methods");
  }
  if (const Node* langs = root->get("runtime-languages"); langs && langs->isMap())
    for (const auto& [k, v] : langs->entries)
      if (v->isScalar()) p.runtimeLanguages.emplace_back(k->text, v->text);
  if (const Node* shapes = root->get("event-shapes"); shapes && shapes->isSeq())
    for (const auto& e : shapes->items) {
      EventShape shape{Reader::text(e, "field"), Reader::text(e, "what"), Reader::text(e, "alternative")};
      if (shape.field.empty() || shape.what.empty() || shape.alternative.empty())
        r.fail("each of 'event-shapes' needs 'field', 'what' and 'alternative'");
      else
        p.eventShapes.push_back(std::move(shape));
    }
  if (const Node* writes = root->get("source-writes"); writes && writes->isSeq())
    for (const auto& e : writes->items) {
      SourceWrite w;
      w.operations = r.strings(e, "operations");
      w.arguments = r.strings(e, "arguments");
      if (auto pos = r.integer(e, "position"); pos && *pos >= 0) w.position = static_cast<std::size_t>(*pos);
      w.triggers = r.strings(e, "triggers");
      w.eventFields = r.strings(e, "event-fields");
      if (w.operations.empty() || w.triggers.empty() || (w.arguments.empty() && !w.position))
        r.fail("each of 'source-writes' needs 'operations', 'triggers' and 'arguments' or 'position'");
      else
        p.sourceWrites.push_back(std::move(w));
    }
  p.ownNameVariables = r.strings(root, "own-name-variables");
  p.runtimesAsOf = Reader::text(root, "runtimes-as-of");
  if (p.runtimesAsOf.empty()) p.runtimesAsOf = p.asOf;
  if (const Node* prices = root->get("prices")) {
    Prices list;
    list.currency = Reader::text(prices, "currency");
    list.region = Reader::text(prices, "region");
    list.source = Reader::text(prices, "source");
    const auto read = r.date(prices->isMap() ? prices : root, prices->isMap() ? "read" : "prices");
    if (list.currency.empty() || list.region.empty() || list.source.empty() || !read)
      r.fail("'prices' needs 'currency', 'region', 'source' and the date it was 'read'");
    else
      list.read = *read;
    if (const Node* plans = prices->isMap() ? prices->get("plans") : nullptr; plans && plans->isMap())
      for (const auto& [k, v] : plans->entries) {
        PlanPrice price;
        if (const Node* rates = v->isMap() ? v->get("gb-second") : nullptr; rates && rates->isMap())
          for (const auto& [arch, rate] : rates->entries)
            if (auto x = r.number(rates, arch->text)) price.gbSecond.emplace(arch->text, *x);
        price.request = r.number(v, "request").value_or(0);
        if (price.gbSecond.empty()) r.fail(fmt::format("prices of plan '{}' need 'gb-second' by architecture", k->text));
        const std::string& planId = k->text;
        if (std::none_of(p.plans.begin(), p.plans.end(), [&planId](const Plan& pl) { return pl.id == planId; }))
          r.fail(fmt::format("prices name plan '{}', which the profile does not have", planId));
        list.plans.emplace(k->text, std::move(price));
      }
    if (list.plans.empty()) r.fail("'prices' needs 'plans' with a price for at least one plan");
    if (!list.source.empty() && read && !list.plans.empty()) p.prices = std::move(list);
  }
  if (const Node* list = root->get("runtimes"); list && list->isMap())
    for (const auto& [k, v] : list->entries) {
      RuntimeLifecycle rt;
      rt.name = k->text;
      if (v->isMap()) {
        rt.deprecated = r.date(v, "deprecated");
        rt.blockCreate = r.date(v, "block-create");
        rt.blockUpdate = r.date(v, "block-update");
        rt.successor = Reader::text(v, "successor");
      }
      p.runtimes.push_back(std::move(rt));
    }
  return p;
}

}  // namespace faaslint::providers
