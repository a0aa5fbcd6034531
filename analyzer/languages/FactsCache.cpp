#include "languages/FactsCache.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

#include "core/Hash.h"
#include "languages/FactsJson.h"

namespace faaslint::languages {
namespace {

using nlohmann::json;

// The entry format; the language's id and version (for C/C++ a hash of the analyzer's sources
// and the Clang version, from CMake) are part of every key too, so a changed analyzer misses.
constexpr const char* kFactsVersion = "faaslint-facts-10";

}  // namespace

std::string FactsCache::defaultDir() {
  // Where a user's caches go; never inside the scanned tree.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/faaslint";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/faaslint";
  return "";
}

std::string FactsCache::key(const LanguageAnalyzer& language, std::string_view text, const std::vector<std::string>& args) {
  std::string material = kFactsVersion;
  material += '\0';
  material += language.id();
  material += '\0';
  material += language.version();
  material += '\0';
  for (const auto& a : args) material += a + '\0';
  material += text;
  return core::hashHex(material);
}

std::optional<model::SourceFacts> FactsCache::load(const std::string& key, core::FileId file) const {
  if (dir_.empty()) return std::nullopt;
  std::ifstream in(dir_ + "/" + key + ".json");
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  json j = json::parse(ss.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("version", "") != kFactsVersion) return std::nullopt;
  return factsFromJson(j, file);  // a damaged entry is a miss, never an error
}

void FactsCache::store(const std::string& key, const model::SourceFacts& f) const {
  if (dir_.empty()) return;
  json j = factsToJson(f);
  j["version"] = kFactsVersion;
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return;  // no cache is fine; a scan never fails for it
  // Write then rename: parallel runs never read half a file.
  static std::atomic<unsigned> serial{0};
  std::string tmp = dir_ + "/" + key + ".json.tmp" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  {
    std::ofstream out(tmp);
    out << j.dump(-1, ' ', false, json::error_handler_t::replace);
    if (!out) return;
  }
  std::filesystem::rename(tmp, dir_ + "/" + key + ".json", ec);
}

}  // namespace faaslint::languages
