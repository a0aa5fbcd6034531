#include "engine/Baseline.h"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/FileSystem.h"
#include "core/Hash.h"

namespace faaslint::engine {

namespace {
constexpr std::uint64_t kMaxBaselineBytes = 256u << 20;  // some million findings; a larger file is not a baseline
}  // namespace

std::string fingerprint(const ScanResult& r, const core::Diagnostic& d) {
  std::string file = d.range.valid() ? r.sources.file(d.range.file).path() : d.file;
  std::string key = d.code + '\0' + file + '\0' + d.logicalPath + '\0' + d.function;
  if (d.logicalPath.empty()) {
    // A finding in code: the line's text, trimmed, and what the range covers identify it, so it
    // keeps its fingerprint when lines above it move or its message is reworded. Without a range
    // (a file-level problem) the message does.
    if (d.range.valid() && d.range.end >= d.range.begin) {
      const core::SourceFile& f = r.sources.file(d.range.file);
      std::string_view line = f.lineText(f.lineOf(d.range.begin));
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
      const std::string_view covered =
          f.text().substr(std::min<std::size_t>(d.range.begin, f.text().size()), std::min<std::size_t>(d.range.end - d.range.begin, 200));
      key.append(1, '\0').append(line.substr(0, 400)).append(1, '\0').append(covered);
    } else {
      key += '\0' + d.message;
    }
  }
  return core::hashHex(key);
}

bool writeBaseline(const std::string& path, const ScanResult& r, std::string& error) {
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& d : r.diagnostics) {
    std::string file = d.range.valid() ? r.sources.file(d.range.file).path() : d.file;
    findings.push_back({{"fingerprint", fingerprint(r, d)}, {"code", d.code}, {"file", file}, {"message", d.message}});
  }
  std::sort(findings.begin(), findings.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["file"].get_ref<const std::string&>(), a["fingerprint"].get_ref<const std::string&>()) <
           std::tie(b["file"].get_ref<const std::string&>(), b["fingerprint"].get_ref<const std::string&>());
  });
  nlohmann::json doc = {{"tool", "faaslint"}, {"version", 1}, {"findings", findings}};
  std::ofstream out(path);
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  if (!out) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

std::optional<Baseline> readBaseline(const std::string& path, std::string& error) {
  auto text = core::RealFileSystem().read(path, kMaxBaselineBytes);
  if (!text.text) {
    error = fmt::format("cannot read the baseline {}: {}", path, text.error);
    return std::nullopt;
  }
  auto doc = nlohmann::json::parse(*text.text, nullptr, false);
  // Each field's type is checked before it is read: a baseline is input like any other.
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("tool") || doc["tool"] != "faaslint" || !doc.contains("findings") ||
      !doc["findings"].is_array()) {
    error = path + " is not a faaslint baseline (write one with --write-baseline)";
    return std::nullopt;
  }
  Baseline b;
  for (const auto& f : doc["findings"]) {
    if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string()) {
      error = path + ": every finding needs a fingerprint";
      return std::nullopt;
    }
    ++b.counts[f["fingerprint"].get<std::string>()];
  }
  return b;
}

void applyBaseline(const Baseline& b, ScanResult& r) {
  auto left = b.counts;
  for (auto& d : r.diagnostics) {
    auto it = left.find(fingerprint(r, d));
    if (it != left.end() && it->second > 0) {
      --it->second;
      d.baseline = core::BaselineState::Unchanged;
    } else {
      d.baseline = core::BaselineState::New;
    }
  }
}

}  // namespace faaslint::engine
