#include "languages/FactsCache.h"

#include <atomic>
#include <cereal/archives/binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/FileSystem.h"
#include "core/Hash.h"

// How the facts are stored: cereal's binary archive of every field, in declaration order (a
// hit reads them straight into the structs; JSON text took ten times longer to read back).
// Adding a field to SourceFacts means adding it here and bumping kFactsVersion.
namespace faaslint::core {
template <class A> void serialize(A& a, Range& r) { a(r.file, r.begin, r.end); }
}  // namespace faaslint::core

namespace faaslint::model {
template <class A> void serialize(A& a, IncludeFact& f) { a(f.name, f.resolved, f.range); }
template <class A> void serialize(A& a, CallFact& c) {
  a(c.callee, c.args, c.argNames, c.argFromEvent, c.argParams, c.argEnv, c.argFields, c.argBindings, c.argStarts, c.argClean, c.argErrors,
    c.function, c.range, c.resolved, c.resultDiscarded, c.awaited);
}
template <class A> void serialize(A& a, FunctionFact& f) { a(f.name, f.params, f.exportedAs, f.range); }
template <class A> void serialize(A& a, FieldReadFact& f) { a(f.function, f.param, f.field, f.text, f.range); }
template <class A> void serialize(A& a, LoopFact& l) { a(l.range, l.extent, l.function, l.boundedExit, l.countFromEvent, l.countParams); }
template <class A> void serialize(A& a, StringFact& s) { a(s.text, s.range, s.function); }
template <class A> void serialize(A& a, AllocationFact& x) { a(x.bytes, x.what, x.range, x.function); }
template <class A> void serialize(A& a, NameFact& n) { a(n.name, n.range, n.function); }
template <class A> void serialize(A& a, HandlerFact& h) { a(h.name, h.framework, h.eventParam, h.range, h.registeredAt, h.eventIndex); }
template <class A> void serialize(A& a, SourceFacts& f) {
  a(f.language, f.includes, f.calls, f.returns, f.loops, f.strings, f.names, f.allocations, f.handlers, f.functions, f.fieldReads,
    f.callGraph, f.errors, f.missingIncludes, f.unknownNameErrors, f.firstError);
}
}  // namespace faaslint::model

namespace faaslint::languages {
namespace {

// The entry format; the language's id and version (for C/C++ a hash of the analyzer's sources
// and the Clang version, from CMake) are part of every key too, so a changed analyzer misses.
constexpr const char* kFactsVersion = "faaslint-facts-18";
/// Facts are a fraction of their source, and sources are limited to a few MB.
constexpr std::uint64_t kMaxEntryBytes = 64u << 20;

/// Every range of the facts in `file` (they were stored with the file id of the run that wrote
/// them); false when one does not fit in the file's `size` bytes (an entry that is not ours).
bool relocate(model::SourceFacts& f, core::FileId file, std::size_t size) {
  bool fits = true;
  auto at = [&](core::Range& r) {
    if (!r.valid()) return;
    r.file = file;
    fits = fits && r.begin <= r.end && r.end <= size;
  };
  for (auto& x : f.includes) at(x.range);
  for (auto& x : f.calls) at(x.range);
  for (auto& x : f.returns) at(x.range);
  for (auto& x : f.loops) {
    at(x.range);
    at(x.extent);
  }
  for (auto& x : f.strings) at(x.range);
  for (auto& x : f.names) at(x.range);
  for (auto& x : f.allocations) at(x.range);
  for (auto& x : f.handlers) {
    at(x.range);
    at(x.registeredAt);
  }
  for (auto& x : f.functions) at(x.range);
  for (auto& x : f.fieldReads) at(x.range);
  at(f.firstError);
  return fits;
}

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

std::optional<model::SourceFacts> FactsCache::load(const std::string& key, core::FileId file, std::size_t textSize) const {
  if (dir_.empty()) return std::nullopt;
  // Only a regular file of bounded size is read (a FIFO would hang, a link to /dev/zero never end).
  auto read = core::RealFileSystem().read(dir_ + "/" + key + ".facts", kMaxEntryBytes);
  if (!read.text) return std::nullopt;
  // "<version>\n<hash of the payload>\n<payload>": a damaged entry is a miss, never an error, and
  // is never decoded (a damaged size could ask for gigabytes).
  const std::string& data = *read.text;
  const auto v = data.find('\n'), h = v == std::string::npos ? v : data.find('\n', v + 1);
  if (h == std::string::npos || data.compare(0, v, kFactsVersion) != 0) return std::nullopt;
  const std::string_view payload = std::string_view(data).substr(h + 1);
  if (data.compare(v + 1, h - v - 1, core::hashHex(payload)) != 0) return std::nullopt;
  try {
    std::istringstream body{std::string(payload)};
    cereal::BinaryInputArchive archive(body);
    model::SourceFacts f;
    archive(f);
    f.file = file;
    if (!relocate(f, file, textSize)) return std::nullopt;
    for (const auto* list : {&f.calls, &f.returns})
      for (const auto& c : *list)
        if (!c.aligned()) return std::nullopt;
    return f;
  } catch (const std::exception&) { return std::nullopt; }
}

void FactsCache::store(const std::string& key, const model::SourceFacts& f) const {
  if (dir_.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return;  // no cache is fine; a scan never fails for it
  std::ostringstream payload;
  {
    cereal::BinaryOutputArchive archive(payload);
    archive(const_cast<model::SourceFacts&>(f));  // cereal's serialize() takes a mutable reference
  }
  const std::string body = payload.str();
  // Write then rename: parallel runs never read half a file.
  static std::atomic<unsigned> serial{0};
  std::string tmp = dir_ + "/" + key + ".facts.tmp" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  {
    std::ofstream out(tmp, std::ios::binary);
    out << kFactsVersion << '\n' << core::hashHex(body) << '\n' << body;
    if (!out) return;
  }
  std::filesystem::rename(tmp, dir_ + "/" + key + ".facts", ec);
}

}  // namespace faaslint::languages
