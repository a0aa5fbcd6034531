// faaslint command line: thin; the work is in the engine.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

#include "cli/Check.h"
#include "cli/Cost.h"
#include "cli/Lsp.h"
#include "core/Embedded.h"
#include "engine/Registry.h"
#include <nlohmann/json.hpp>

#include "languages/FactsJson.h"
#include "languages/Language.h"
#include "languages/Worker.h"
#include "output/Writers.h"
#include "rules/RuleTable.h"

using namespace faaslint;

namespace {

int listRules(const std::string& format) {
  if (format == "markdown")
    output::writeRulesIndex(std::cout, rules::table());
  else
    output::writeRulesTable(std::cout, rules::table());
  return 0;
}

int explain(const std::string& code) {
  const auto* r = engine::findRule(rules::table(), code);
  if (!r) {
    std::cerr << fmt::format("faaslint: no rule '{}'; `faaslint rules` lists them\n", code);
    return 2;
  }
  std::cout << r->documentation();
  return 0;
}

int dumpFacts(const std::string& path) {
  const auto* lang = languages::languageFor(path, true);
  if (!lang) {
    std::cerr << "faaslint: no language reads " << path << '\n';
    return 2;
  }
  auto r = core::RealFileSystem().read(path, 16u << 20);
  if (!r.text) {
    std::cerr << "faaslint: cannot read " << path << ": " << r.error << '\n';
    return 2;
  }
  languages::SourceRequest req;
  req.language = std::string(lang->id());
  req.path = path;
  req.text = std::move(*r.text);
  req.file = 0;
  std::cout << languages::factsToJson(lang->analyze(req)).dump(1) << '\n';
  return 0;
}

int run(int argc, char** argv) {
  CLI::App app{"faaslint: static analysis and policy linter for serverless functions.\n"
               "Reads deployment manifests (AWS SAM / CloudFormation, Serverless Framework) and reports security\n"
               "misconfiguration, oversized memory and timeouts that outlast their triggers.\n\n"
               "Examples:\n"
               "  faaslint check                       scan the current directory\n"
               "  faaslint check template.yaml         scan one template\n"
               "  faaslint check --sarif-output out.sarif .   text on stdout, SARIF to a file\n"
               "  faaslint explain SEC005              what a rule checks and how to fix it\n",
               "faaslint"};
  app.set_version_flag("--version", std::string("faaslint ") + FAASLINT_VERSION);
  app.require_subcommand(1);

  cli::CheckOptions opt;
  auto* check = app.add_subcommand("check", "Scan files and directories (default: .) for problems.");
  check->add_option("paths", opt.paths, "Files or directories to scan; after -- everything is a path.");
  check->add_option("-f,--format", opt.format, "Output format.")
      ->check(CLI::IsMember({"text", "json", "sarif", "gitlab", "junit"}))
      ->capture_default_str();
  check->add_option("-o,--output", opt.output, "Write the report to FILE instead of stdout.");
  check->add_option("--sarif-output", opt.sarifOutput, "Also write SARIF to FILE (for code scanning).");
  check->add_option("-c,--config", opt.config, "Configuration file (default: .faaslint.yaml if present).");
  check->add_option("--select", opt.select, "Only report these codes or prefixes (e.g. SEC,MEM001).")
      ->delimiter(',')
      ->allow_extra_args(false);
  check->add_option("--ignore", opt.ignore, "Do not report these codes or prefixes.")->delimiter(',')->allow_extra_args(false);
  check->add_option("--fail-on", opt.failOn, "Lowest severity that fails the run: error, warning, note or none.")->capture_default_str();
  check->add_flag("--exit-zero", opt.exitZero, "Exit 0 even when findings reach --fail-on (2 still reports errors).");
  check->add_flag("--fail-on-empty", opt.failOnEmpty, "Exit 2 when the paths hold no manifest and no handler source (CI gates).");
  check->add_option("--files-from", opt.filesFrom, "Read paths to scan from FILE, one per line ('-' for stdin).");
  check->add_option("--category", opt.category, "SARIF automationDetails.id, to tell several uploads apart.");
  check
      ->add_option("--var", opt.vars,
                   "Value for a Serverless Framework variable, name=value (repeatable): answers ${opt:name}, "
                   "${param:name}, and stage answers ${sls:stage}. Environment and remote sources are never read.")
      ->allow_extra_args(false);
  check->add_option("--baseline", opt.baseline, "Report and fail only on findings that are not in this baseline file.");
  check->add_option("--write-baseline", opt.writeBaseline, "Record the current findings in FILE (exit 0) for later --baseline runs.");
  check->add_option("-p,--compile-commands", opt.compileCommands,
                    "Folder with compile_commands.json for C/C++ files (default: the nearest one next to or above each file).");
  check->add_option("--cache-dir", opt.cacheDir,
                    "Keep source analysis results of unchanged files here (default: $XDG_CACHE_HOME/faaslint or ~/.cache/faaslint).");
  check->add_flag("--no-cache", opt.noCache, "Do not read or write the source analysis cache.");
  check->add_option("--date", opt.date, "Evaluate runtime deprecation dates as of YYYY-MM-DD (default: today).");
  check->add_option("-j,--jobs", opt.jobs, "Worker threads (default: one per core).");
  check->add_flag("-q,--quiet", opt.quiet, "Do not print the summary line on stderr.");
  check->footer("Exit codes: 0 no findings at or above --fail-on; 1 findings; 2 usage, configuration or I/O error.");

  cli::CostOptions costOpt;
  auto* cost = app.add_subcommand("cost", "What each function can cost per invocation at its provider's list prices.");
  cost->add_option("paths", costOpt.paths, "Files or directories to scan (default: .).");
  cost->add_option("-f,--format", costOpt.format, "Output format.")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cost->add_option("-c,--config", costOpt.config, "Configuration file (default: .faaslint.yaml if present).");
  cost->add_option("--var", costOpt.vars, "Value for a Serverless Framework variable, name=value (repeatable).")->allow_extra_args(false);
  cost->add_option("--invocations", costOpt.invocations, "How many invocations the totals are for.")->capture_default_str();
  cost->add_option("--duration", costOpt.durationMs, "A typical billed duration in milliseconds, priced beside the timeout bound.");
  cost->add_option("--region", costOpt.region, "Fail unless the list prices are for this region (today: us-east-1 for AWS Lambda).");
  cost->footer("The worst case is an invocation that runs until its timeout. Not counted: free tiers, savings plans, data transfer, "
               "API gateways and downstream services.");

  auto* lsp = app.add_subcommand("lsp", "Serve diagnostics, quick fixes and rule pages to an editor (Language Server Protocol on stdio).");
  bool stdio = true;
  lsp->add_flag("--stdio", stdio, "Talk over standard input and output (the default and only transport; editors may pass it).");

  auto* rules = app.add_subcommand("rules", "List every rule with its code, name and default severity.");
  std::string rulesFormat = "text";
  rules->add_option("-f,--format", rulesFormat, "text, or markdown (the docs index, docs/rules/README.md).")
      ->check(CLI::IsMember({"text", "markdown"}))
      ->capture_default_str();
  // Internal: a C/C++ analysis worker, started by `check` with a socket on descriptor 3.
  auto* worker = app.add_subcommand("__worker", "")->group("");
  std::size_t workerMemoryMb = 0;
  pid_t workerParent = 0;
  worker->add_option("--max-memory-mb", workerMemoryMb);
  worker->add_option("--parent", workerParent);

  std::string code;
  // Internal: the facts an analyzer reads from one source file, as JSON (for bug reports).
  auto* factsCmd = app.add_subcommand("__facts", "")->group("");
  std::string factsPath;
  factsCmd->add_option("file", factsPath)->required();
  auto* ex = app.add_subcommand("explain", "Show the documentation of a rule.");
  ex->add_option("code", code, "Rule code or name, e.g. SEC005 or public-function-url.")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*check) return cli::runCheck(opt);
    if (*lsp) return cli::runLsp();
    if (*cost) return cli::runCost(costOpt);
    if (*rules) return listRules(rulesFormat);
    if (*worker) return languages::serveWorker(3, workerMemoryMb, workerParent);
    if (*ex) return explain(code);
    if (*factsCmd) return dumpFacts(factsPath);
  } catch (const std::exception& e) {
    std::cerr << "faaslint: internal error: " << e.what() << '\n';
    return 2;
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {  // building the command line itself failed (e.g. out of memory)
    std::cerr << "faaslint: internal error\n";
    return 2;
  }
}
