#include "rules/lockin/LockinUses.h"

#include <algorithm>
#include <map>
#include <set>

#include "rules/RuleSupport.h"

namespace faaslint::rules::lockin {

std::vector<Use> sdkImports(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog) {
  std::vector<Use> out;
  for (const auto& inc : facts.includes) {
    const policy::LockinEntry* best =
        mostSpecific(catalog.sdks, [&](const policy::LockinEntry& e) { return inc.name.starts_with(e.match); });
    if (!best || best->what.empty()) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const Use& u) { return u.what == best->what; });
    if (it != out.end()) {
      ++it->count;
      continue;
    }
    out.push_back({best->vendor, best->what, best->alternative, inc.name, inc.range, 1, {}});
  }
  return out;
}

std::vector<Use> serviceCalls(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog) {
  std::vector<Use> out;
  for (const auto& e : catalog.services) {
    // The first use: a name in the code (C/C++ tokens) or a call (resolved C/C++ calls; the SDK
    // operations of Python and JavaScript, "aws.dynamodb.PutItem").
    const std::string* firstName = nullptr;
    const core::Range* first = nullptr;
    std::set<std::string> seen;
    auto use = [&](const std::string& name, const core::Range& at) {
      if (!name.starts_with(e.match)) return;
      if (!first || at.begin < first->begin) {
        first = &at;
        firstName = &name;
      }
      seen.insert(name);
    };
    for (const auto& n : facts.names) use(n.name, n.range);
    // A call counts when it is an operation of the service ("aws.dynamodb.GetItem"), not a method
    // of what one returned ("aws.dynamodb.GetItem.get").
    for (const auto& c : facts.calls)
      if (c.callee.find('.', e.match.size()) == std::string::npos) use(c.callee, c.range);
    if (first) out.push_back({e.vendor, e.what, e.alternative, *firstName, *first, seen.size(), {}});
  }
  return out;
}

std::vector<Use> runtimeApis(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog) {
  std::vector<Use> out;
  for (const auto& e : catalog.runtimeApis) {
    // A call names the entry point; an include stands in when the call is not visible.
    const core::Range* at = nullptr;
    std::string name;
    for (const auto& c : facts.calls)
      if (!at && (nameMatches(e.match, c.callee) || (!c.resolved && e.match.ends_with("::" + c.callee)))) {
        at = &c.range;
        name = c.callee;
      }
    for (const auto& inc : facts.includes)
      if (!at && inc.name.starts_with(e.match)) {
        at = &inc.range;
        name = inc.name;
      }
    if (at) out.push_back({e.vendor, e.what, e.alternative, name, *at, 1, {}});
  }
  return out;
}

namespace {
/// True when `field` is `shape` or a field inside it ("Records[].s3.object" is in "Records[].s3").
bool inShape(const std::string& field, const std::string& shape) {
  return field.starts_with(shape) && (field.size() == shape.size() || field[shape.size()] == '.' || field[shape.size()] == '[');
}
}  // namespace

std::vector<Use> eventShapes(const model::SourceFacts& facts, const model::SourceProgram& program,
                             const std::vector<const providers::Profile*>& profiles) {
  std::vector<Use> out;
  std::map<std::ptrdiff_t, std::set<std::uint32_t>> readsOf;  // where the reads of each use start
  // Whether a function's parameter holds the event, worked out once per pair.
  std::map<std::pair<std::string, unsigned>, bool> carries;
  auto isEvent = [&](const model::FieldReadFact& r) {
    auto [it, fresh] = carries.try_emplace({r.function, r.param}, false);
    if (fresh) it->second = r.param < 32 && (program.eventParam(r.function, r.param) || eventIntoParam(program, r.function, r.param));
    return it->second;
  };
  for (const auto& r : facts.fieldReads) {  // in source order: the first read of a shape is shown
    for (const auto* profile : profiles)
      for (const auto& s : profile->eventShapes) {
        if (!inShape(r.field, s.field) || !isEvent(r)) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const Use& u) { return u.function == r.function && u.what == s.what; });
        // Reads of one chain (`r['s3']`, `r['s3']['object']`) start at one place: one read.
        if (it == out.end()) {
          out.push_back({profile->vendor, s.what, s.alternative, r.text, r.range, 0, r.function});
          it = std::prev(out.end());
        }
        if (readsOf[it - out.begin()].insert(r.range.begin).second) it->count++;
      }
  }
  return out;
}

std::vector<const providers::Profile*> shapeProfiles(const policy::Catalogs& catalogs, const providers::Profile* owner, bool hasOwner) {
  std::vector<const providers::Profile*> out;
  if (hasOwner) {
    if (owner) out.push_back(owner);
    return out;
  }
  for (const auto& p : catalogs.providers) out.push_back(&p);
  return out;
}

}  // namespace faaslint::rules::lockin
