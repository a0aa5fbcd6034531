#include "cli/Cost.h"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/Check.h"
#include "core/Clock.h"
#include "core/FileSystem.h"
#include "core/Text.h"
#include "engine/Runner.h"
#include "model/Model.h"
#include "policy/Catalogs.h"
#include "rules/RuleSupport.h"
#include "rules/RuleTable.h"
#include "rules/cost/Pricing.h"

namespace faaslint::cli {
namespace {

/// One function's line of the table.
struct Row {
  std::string function;
  std::string file;
  std::uint32_t line = 0;
  std::string provider;
  // Priced:
  std::optional<rules::cost::InvocationCost> atTimeout, atDuration;
  std::int64_t timeoutS = 0;
  std::string priceList;  ///< whose prices: "AWS Lambda"
  std::string region, currency, source, read;
  std::string unpriced;  ///< why it has no price
};

std::string why(const model::Function& f, const providers::Profile* profile) {
  if (!profile) return fmt::format("faaslint has no profile for provider '{}'", f.provider);
  if (!profile->prices) return fmt::format("faaslint has no prices for {} yet", profile->name);
  if (!profile->prices->plan(profile->plan(f).id)) return fmt::format("the plan '{}' has no list price", profile->plan(f).id);
  if (!rules::effectiveMemory(f, profile)) return "its memory is known only at deploy time";
  if (!rules::effectiveTimeout(f, profile)) return "its timeout is known only at deploy time";
  if (f.architecture.known()) return fmt::format("the architecture '{}' has no list price", f.architecture.value);
  return "it cannot be priced";
}

}  // namespace

int runCost(const CostOptions& opt) {
  if (opt.invocations < 1) {
    std::cerr << "faaslint: --invocations must be at least 1\n";
    return 2;
  }
  if (opt.durationMs && *opt.durationMs < 1) {
    std::cerr << "faaslint: --duration must be at least 1 (milliseconds)\n";
    return 2;
  }
  engine::ScanRequest req;
  req.paths = opt.paths;
  req.configPath = opt.config;
  req.select = {"COST"};  // the scan's own findings are not this command's output
  if (!readVariables(opt.vars, req.variables)) return 2;
  std::mutex mutex;
  std::vector<Row> rows;
  std::vector<std::string> regions;
  req.visitProject = [&](const model::Project& p, const policy::Catalogs& catalogs, const core::SourceManager& sources) {
    std::vector<Row> mine;
    for (const auto& f : p.functions) {
      if (f.generatedByFramework) continue;
      Row r;
      r.function = f.name;
      r.provider = f.provider;
      if (f.range.valid()) {
        r.file = sources.file(f.range.file).path();
        r.line = sources.begin(f.range).line;
      }
      const auto* profile = catalogs.provider(f.provider);
      const auto timeout = profile ? rules::effectiveTimeout(f, profile) : std::nullopt;
      if (profile && timeout) r.atTimeout = rules::cost::invocationCost(f, *profile, static_cast<double>(*timeout));
      if (!r.atTimeout) {
        r.unpriced = why(f, profile);
      } else {
        r.timeoutS = timeout.value_or(0);
        const auto& prices = *r.atTimeout->prices;
        r.priceList = profile->name;
        r.region = prices.region;
        r.currency = prices.currency;
        r.source = prices.source;
        r.read = prices.read.str();
        if (opt.durationMs)
          r.atDuration =
              rules::cost::invocationCost(f, *profile, static_cast<double>(std::min(*opt.durationMs, r.timeoutS * 1000)) / 1000.0);
      }
      mine.push_back(std::move(r));
    }
    std::lock_guard lock(mutex);
    for (auto& r : mine) rows.push_back(std::move(r));
  };
  core::RealFileSystem fs;
  core::SystemClock clock;
  engine::ScanResult result = engine::scan(rules::table(), fs, clock, req);
  for (const auto& e : result.errors) std::cerr << fmt::format("{}: error: {}\n", core::printable(e.path), core::printable(e.message));
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return std::tie(a.file, a.line, a.function) < std::tie(b.file, b.line, b.function); });
  if (!opt.region.empty())
    for (const auto& r : rows)
      if (r.atTimeout && r.region != opt.region) {
        std::cerr << fmt::format("faaslint: --region {}: the list prices faaslint has for {} are for {} only\n", opt.region, r.provider,
                                 r.region);
        return 2;
      }
  const double n = static_cast<double>(opt.invocations);
  if (opt.format == "json") {
    nlohmann::json out = {{"invocations", opt.invocations}, {"functions", nlohmann::json::array()}, {"unpriced", nlohmann::json::array()}};
    if (opt.durationMs) out["durationMs"] = *opt.durationMs;
    std::map<std::string, double> totals;
    for (const auto& r : rows) {
      if (!r.atTimeout) {
        out["unpriced"].push_back(
            {{"function", r.function}, {"file", r.file}, {"line", r.line}, {"provider", r.provider}, {"reason", r.unpriced}});
        continue;
      }
      const auto& c = *r.atTimeout;
      nlohmann::json j = {{"function", r.function},
                          {"file", r.file},
                          {"line", r.line},
                          {"provider", r.provider},
                          {"region", r.region},
                          {"currency", r.currency},
                          {"architecture", c.architecture},
                          {"memoryMb", c.memoryMb},
                          {"timeoutSeconds", r.timeoutS},
                          {"pricePerGbSecond", c.ratePerGbSecond},
                          {"pricePerRequest", c.request},
                          {"priceSource", r.source},
                          {"priceRead", r.read},
                          {"worstCasePerInvocation", c.total},
                          {"atTimeoutForInvocations", c.total * n}};
      totals[r.currency] += c.total * n;
      if (r.atDuration) j["atDurationForInvocations"] = r.atDuration->total * n;
      out["functions"].push_back(std::move(j));
    }
    out["totalAtTimeoutForInvocations"] = totals;
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return result.errors.empty() ? 0 : 2;
  }
  // Text: a table of the priced functions, then the ones that could not be priced and why.
  const std::string perN = fmt::format("{} invocations", rules::cost::grouped(opt.invocations));
  std::vector<std::vector<std::string>> table{
      {"function", "where", "arch", "memory", "timeout", "per invocation (worst)", "at timeout, " + perN}};
  if (opt.durationMs) table[0].push_back(fmt::format("at {} ms, {}", rules::cost::grouped(*opt.durationMs), perN));
  std::map<std::string, double> totals;
  std::set<std::string> sources;
  for (const auto& r : rows) {
    if (!r.atTimeout) continue;
    const auto& c = *r.atTimeout;
    std::vector<std::string> line{core::printable(r.function),
                                  fmt::format("{}:{}", core::printable(r.file), r.line),
                                  c.architecture,
                                  rules::cost::grouped(c.memoryMb) + " MB",
                                  rules::cost::grouped(r.timeoutS) + " s",
                                  rules::cost::money(c.total, r.currency),
                                  rules::cost::money(c.total * n, r.currency)};
    if (opt.durationMs) line.push_back(r.atDuration ? rules::cost::money(r.atDuration->total * n, r.currency) : "-");
    table.push_back(std::move(line));
    totals[r.currency] += c.total * n;
    sources.insert(fmt::format("{} list prices, {}: {}, read {}", r.priceList, r.region, r.source, r.read));
  }
  if (table.size() > 1) {
    std::vector<std::size_t> width(table[0].size(), 0);
    for (const auto& line : table)
      for (std::size_t i = 0; i < line.size(); ++i) width[i] = std::max(width[i], core::utf16Length(line[i]) + std::size_t{0});
    for (const auto& line : table) {
      std::string text;
      for (std::size_t i = 0; i < line.size(); ++i) {
        const std::size_t pad = width[i] - core::utf16Length(line[i]);
        // Figures are right-aligned, names left-aligned.
        text += i >= 3 ? std::string(pad, ' ') + line[i] : line[i] + std::string(pad, ' ');
        if (i + 1 < line.size()) text += "  ";
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      std::cout << text << '\n';
    }
    for (const auto& [currency, total] : totals)
      std::cout << fmt::format("total if every function ran {} times until its timeout: {}\n", rules::cost::grouped(opt.invocations),
                               rules::cost::money(total, currency));
    for (const auto& s : sources) std::cout << "prices: " << s << '\n';
    std::cout << "not counted: free tiers, savings plans, provisioned concurrency, storage above the free amount, data transfer, "
                 "API gateways and the services the functions call\n";
  }
  std::size_t unpriced = 0;
  for (const auto& r : rows)
    if (!r.atTimeout) {
      if (unpriced++ == 0) std::cout << (table.size() > 1 ? "\n" : "") << "not priced:\n";
      std::cout << fmt::format("  {} ({}:{}): {}\n", core::printable(r.function), core::printable(r.file), r.line, r.unpriced);
    }
  if (rows.empty()) std::cerr << "faaslint: no functions found in the manifests scanned\n";
  return result.errors.empty() ? 0 : 2;
}

}  // namespace faaslint::cli
