#include "rules/security/SecretInEnvironmentRule.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SecretInEnvironmentRule::SecretInEnvironmentRule(engine::RuleOptions& o)
    : patterns_(o.catalogs()), minLength_(o.integer("min-length", 1, 4096)) {}

namespace {

/// "dbPasswordArn" / "db-password-arn" -> "DB_PASSWORD_ARN", to compare key endings.
std::string upperSnake(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(s[i - 1]))) out += '_';
    out += std::isalnum(c) ? static_cast<char>(std::toupper(c)) : '_';
  }
  return out;
}

/// The credential word a key contains ("password"), or empty.
std::string credentialWord(const policy::Catalogs& cat, std::string_view key) {
  const std::string k = asciiLower(std::string(key));
  for (const auto& w : cat.secretKeyWords)
    if (k.find(w) != std::string::npos) return w;
  return "";
}

/// True when the key names or locates a secret (SECRET_NAME, TOKEN_ARN, PASSWORD_TTL).
bool namesASecret(const policy::Catalogs& cat, std::string_view key) {
  const std::string k = upperSnake(key);
  return std::any_of(cat.referenceKeySuffixes.begin(), cat.referenceKeySuffixes.end(), [&](const auto& s) { return k.ends_with(s); });
}

/// True when the value is a reference or a name rather than a credential: an ARN, a resolve
/// expression, a path or a secret name with segments (prod/db-password), prose.
bool referenceValue(const policy::Catalogs& cat, std::string_view v) {
  if (std::any_of(cat.notSecretValuePrefixes.begin(), cat.notSecretValuePrefixes.end(), [&](const auto& p) { return v.starts_with(p); }))
    return true;
  if (v.find(' ') != std::string_view::npos) return true;
  // A number or a switch is a setting (TOKEN_EXPIRATION: 3600, API_KEY_REQUIRED: true), not a credential.
  if (std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c) || c == '.'; })) return true;
  const std::string lowered = asciiLower(std::string(v));
  if (lowered == "true" || lowered == "false" || lowered == "yes" || lowered == "no" || lowered == "on" || lowered == "off") return true;
  const bool segments = v.find('/') != std::string_view::npos && std::all_of(v.begin(), v.end(), [](unsigned char c) {
                          return std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.';
                        });
  return segments;
}

}  // namespace

// Three grades: a value in a provider's key format gets the rule's severity whatever its key; a
// literal under a credential-like key (PASSWORD, *_API_KEY) one step less, with the key as
// evidence; placeholders,
// names and references of secrets are not reported.
void SecretInEnvironmentRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto& cat = ctx.catalogs();
  auto judge = [&](std::string_view key, const std::string& v) -> std::optional<std::pair<std::string, core::Severity>> {
    if (v.empty() || patterns_.placeholder(v)) return std::nullopt;
    if (const auto* pat = patterns_.match(v)) return std::pair{fmt::format("what looks like a {}", pat->description), ctx.severity()};
    const std::string word = credentialWord(cat, key);
    if (word.empty() || namesASecret(cat, key) || referenceValue(cat, v) || static_cast<std::int64_t>(v.size()) < minLength_)
      return std::nullopt;
    return std::pair{fmt::format("a literal under a credential-like name ('{}', {} characters)", word, v.size()), ctx.lowerSeverity()};
  };
  // One report per function; a provider/Globals value many functions inherit becomes one finding
  // in the engine's merge of shared findings.
  for (const auto& f : p.functions)
    for (const auto& e : f.environment) {
      if (!e.value.known()) continue;  // references and intrinsics are not secrets
      auto verdict = judge(e.key.value, e.value.value);
      if (!verdict) continue;
      ctx.report(&f, e.value,
                 fmt::format("Environment variable '{}' of {} holds {}; store it in a secrets manager and pass its name", e.key.value,
                             fn(f), verdict->first))
          .severity = verdict->second;
    }
  for (const auto& prm : p.parameters) {
    if (prm.noEcho || !prm.defaultValue.known()) continue;
    auto verdict = judge(prm.name.value, prm.defaultValue.value);
    if (!verdict) continue;
    ctx.report(nullptr, prm.defaultValue,
               fmt::format("Parameter '{}' has a default that holds {}, and no NoEcho: true, so the template and every stack's "
                           "parameters show it; drop the default and pass the value at deploy time (or use a dynamic reference "
                           "to Secrets Manager)",
                           prm.name.value, verdict->first))
        .severity = verdict->second;
  }
}

}  // namespace faaslint::rules
