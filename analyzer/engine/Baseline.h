#pragma once
#include <map>
#include <optional>
#include <string>

#include "engine/ScanResult.h"

namespace faaslint::engine {

/// Stable fingerprint of a finding: rule, file, logical path and function (not the line), so it
/// survives inserted lines and reordered resources.
std::string fingerprint(const ScanResult& r, const core::Diagnostic& d);

/// Findings recorded by `--write-baseline`: how many times each fingerprint occurred.
struct Baseline {
  std::map<std::string, std::size_t, std::less<>> counts;
};

/// Writes the current findings as a baseline (JSON, sorted, one entry per finding).
bool writeBaseline(const std::string& path, const ScanResult& r, std::string& error);
/// Reads a baseline written by writeBaseline; nullopt and `error` when unreadable or malformed.
std::optional<Baseline> readBaseline(const std::string& path, std::string& error);
/// Marks each finding New or Unchanged (a fingerprint recorded n times covers n findings).
void applyBaseline(const Baseline& b, ScanResult& r);

}  // namespace faaslint::engine
