#pragma once
#include <functional>
#include <string>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "engine/Runner.h"
#include "rules/RuleTable.h"

namespace faaslint::test {

/// Scans with a fixed date (2026-11-27) and one thread; `tweak` adjusts the request (paths
/// default to ".").
inline engine::ScanResult scanWith(const core::FileSystem& fs, const std::function<void(engine::ScanRequest&)>& tweak) {
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {"."};
  req.jobs = 1;
  tweak(req);
  return engine::scan(rules::table(), fs, clock, req);
}

/// Scans files held in memory with a fixed date and returns the result.
inline engine::ScanResult scanMemory(const core::InMemoryFileSystem& fs, std::vector<std::string> paths = {"."},
                                     core::Date today = {2026, 11, 27}) {
  core::FixedClock clock(today);
  engine::ScanRequest req;
  req.paths = std::move(paths);
  req.jobs = 1;
  return engine::scan(rules::table(), fs, clock, req);
}

/// Codes of all diagnostics, in order.
inline std::vector<std::string> codes(const engine::ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.code);
  return out;
}

/// A YAML "billion laughs": ten levels of nine aliases each, after an optional header line.
inline std::string aliasBomb(const std::string& header = "") {
  std::string bomb = header + "a: &a [x, x, x, x, x, x, x, x, x]\n";
  std::string prev = "a";
  for (char c = 'b'; c <= 'k'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += (i ? ", *" : "*") + prev;
    bomb += "]\n";
    prev = std::string(1, c);
  }
  return bomb;
}

}  // namespace faaslint::test
