#include "policy/Policy.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "core/Embedded.h"

namespace faaslint::policy {

namespace {
core::Diagnostic configError(const document::Node* n, std::string path, std::string message) {
  core::Diagnostic d;
  d.code = "FL001";
  d.severity = core::Severity::Error;
  d.message = std::move(message);
  if (n) d.range = n->range;
  d.logicalPath = std::move(path);
  return d;
}
}  // namespace

Policy Policy::load(core::SourceManager& sources, core::FileId configFile, const KnownCodes& codes,
                    std::vector<core::Diagnostic>& diagnostics) {
  Policy p;
  const char* packPath = "policies/packs/default.yaml";
  auto pack = embedded::find(packPath);
  core::FileId packId = sources.add(packPath, pack ? std::string(*pack) : std::string());
  std::vector<core::FileId> files = {packId};
  if (configFile != core::kNoFile) files.push_back(configFile);
  for (core::FileId id : files) {
    auto doc = std::make_unique<document::Document>(document::parseYaml(id, sources.file(id).text()));
    for (const auto& e : doc->errors()) {
      auto d = configError(nullptr, "", "Configuration is not valid YAML: " + e.message + ".");
      d.range = e.range;
      diagnostics.push_back(std::move(d));
    }
    if (doc->errors().empty()) p.apply(*doc, codes, diagnostics);
    if (id == packId) p.pack_ = p.rules_;  // the defaults, before the configuration overrides them
    p.docs_.push_back(std::move(doc));
  }
  return p;
}

const RuleSetting* Policy::packSetting(std::string_view code) const {
  auto it = pack_.find(code);
  return it == pack_.end() ? nullptr : &it->second;
}

const RuleSetting* Policy::setting(std::string_view code) const {
  auto it = rules_.find(code);
  return it == rules_.end() ? nullptr : &it->second;
}

void Policy::apply(const document::Document& doc, const KnownCodes& codes, std::vector<core::Diagnostic>& diags) {
  const document::Node* root = doc.root();
  if (!root || root->isNull()) return;
  if (!root->isMap()) {
    diags.push_back(configError(root, "", "Configuration must be a mapping with 'rules' and 'exclude'."));
    return;
  }
  for (const auto& [k, v] : root->entries) {
    if (k->text == "source" || k->text == "as-of" || k->text == "description") continue;
    if (k->text == "exclude") {
      if (!v->isSeq()) {
        diags.push_back(configError(v, "exclude", "'exclude' must be a list of glob patterns."));
        continue;
      }
      for (const auto* i : v->items) excludes_.push_back(i->text);
    } else if (k->text == "sources") {
      if (!v->isMap()) {
        diags.push_back(configError(v, "sources", "'sources' must be a mapping, e.g. {max-file-kb: 2048}."));
        continue;
      }
      for (const auto& [sk, sv] : v->entries) {
        std::size_t* slot = sk->text == "max-file-kb"                   ? &sourceLimits_.maxFileKb
                            : sk->text == "max-file-seconds"            ? &sourceLimits_.maxFileSeconds
                            : sk->text == "max-file-memory-mb"          ? &sourceLimits_.maxFileMemoryMb
                            : sk->text == "partial-analysis-errors"     ? &sourceLimits_.partialAnalysisErrors
                            : sk->text == "minified-min-bytes"          ? &sourceLimits_.minifiedMinBytes
                            : sk->text == "minified-longest-line-bytes" ? &sourceLimits_.minifiedLongestLineBytes
                            : sk->text == "minified-average-line-bytes" ? &sourceLimits_.minifiedAverageLineBytes
                                                                        : nullptr;
        if (!slot) {
          diags.push_back(configError(
              sk, "sources." + sk->text,
              fmt::format(
                  "Unknown key '{}' in 'sources'; expected max-file-kb, max-file-seconds, max-file-memory-mb, partial-analysis-errors, "
                  "minified-min-bytes, minified-longest-line-bytes or minified-average-line-bytes.",
                  sk->text)));
          continue;
        }
        std::size_t n = 0;
        if (sv->isScalar() && !sv->text.empty() &&
            std::from_chars(sv->text.data(), sv->text.data() + sv->text.size(), n).ec == std::errc() && n >= 1 && n <= 1024 * 1024)
          *slot = n;
        else
          diags.push_back(configError(sv, "sources." + sk->text, fmt::format("'{}' must be a whole number from 1 to 1048576.", sk->text)));
      }
    } else if (k->text == "ignore") {
      if (!v->isSeq()) {
        diags.push_back(configError(v, "ignore", "'ignore' must be a list of {path, codes, reason} entries."));
        continue;
      }
      for (std::size_t i = 0; i < v->items.size(); ++i) {
        const document::Node* e = v->items[i];
        std::string path = fmt::format("ignore[{}]", i);
        if (!e->isMap()) {
          diags.push_back(configError(e, path, "An ignore entry must be a mapping with path, codes and reason."));
          continue;
        }
        PathIgnore ig;
        ig.range = e->range;
        ig.logicalPath = path;
        bool ok = true;
        for (const auto& [ek, ev] : e->entries) {
          if (ek->text == "path" && ev->isScalar()) {
            ig.glob = ev->text;
          } else if ((ek->text == "codes" || ek->text == "code") && (ev->isScalar() || ev->isSeq())) {
            if (ev->isScalar()) ig.codes.push_back(ev->text);
            for (const auto* c : ev->items) ig.codes.push_back(c->text);
          } else if (ek->text == "reason" && ev->isScalar()) {
            ig.reason = ev->text;
          } else {
            diags.push_back(
                configError(ek, path + "." + ek->text,
                            fmt::format("Unknown or malformed key '{}' in an ignore entry; expected path, codes and reason.", ek->text)));
            ok = false;
          }
        }
        for (const auto& c : ig.codes)
          if (!codes.matchesAny(c)) {
            diags.push_back(configError(e, path + ".codes", fmt::format("Unknown code '{}' in an ignore entry.", c)));
            ok = false;
          }
        if (ig.glob.empty() || ig.codes.empty()) {
          diags.push_back(configError(e, path, "An ignore entry needs a path glob and at least one code."));
          ok = false;
        }
        if (ok) ignores_.push_back(std::move(ig));
      }
    } else if (k->text == "rules") {
      if (!v->isMap()) {
        diags.push_back(configError(v, "rules", "'rules' must map rule codes to settings."));
        continue;
      }
      for (const auto& [rk, rv] : v->entries) {
        const std::optional<std::string> code = codes.canonical(rk->text);
        std::string path = "rules." + rk->text;
        if (!code) {
          diags.push_back(configError(rk, path, fmt::format("Unknown rule '{}'; `faaslint rules` lists them.", rk->text)));
          continue;
        }
        RuleSetting& s = rules_[*code];
        if (rv->isScalar()) {  // SEC010: off
          const std::string& t = rv->text;
          if (t == "off" || t == "false")
            s.enabled = false;
          else if (t == "on" || t == "true")
            s.enabled = true;
          else if (core::Severity sev; core::parseSeverity(t, sev))
            s.severity = sev;
          else
            diags.push_back(configError(rv, path, fmt::format("'{}' is not on, off or a severity (error, warning, note).", t)));
          continue;
        }
        if (!rv->isMap()) {
          diags.push_back(configError(rv, path, "A rule setting must be on, off, a severity, or a mapping."));
          continue;
        }
        for (const auto& [sk, sv] : rv->entries) {
          if (sk->text == "enabled") {
            if (sv->text == "true" || sv->text == "false")
              s.enabled = sv->text == "true";
            else
              diags.push_back(configError(sv, path + ".enabled", "'enabled' must be true or false."));
          } else if (sk->text == "severity") {
            core::Severity sev;
            if (sv->isScalar() && core::parseSeverity(sv->text, sev))
              s.severity = sev;
            else
              diags.push_back(
                  configError(sv, path + ".severity", fmt::format("Severity must be error, warning or note, not '{}'.", sv->text)));
          } else if (sk->text == "options") {
            if (!sv->isMap()) {
              diags.push_back(configError(sv, path + ".options", "'options' must be a mapping."));
              continue;
            }
            for (const auto& [ok, ov] : sv->entries) s.options[ok->text] = ov;
          } else {
            diags.push_back(
                configError(sk, path + "." + sk->text,
                            fmt::format("Unknown key '{}' in the setting of {}; expected enabled, severity or options.", sk->text, *code)));
          }
        }
      }
    } else {
      diags.push_back(configError(
          k, k->text, fmt::format("Unknown configuration key '{}'; expected 'rules', 'exclude', 'ignore' or 'sources'.", k->text)));
    }
  }
}

}  // namespace faaslint::policy
