#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace faaslint::cli {

/// Options of `faaslint check`, as parsed from the command line.
struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string sarifOutput;
  std::string config;
  std::string filesFrom;
  std::string failOn = "error";
  std::string category;
  std::string date;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> vars;
  std::string baseline;  ///< report and fail only on findings not in this baseline
  std::string writeBaseline;
  std::string cacheDir;  ///< empty: the default folder
  bool noCache = false;
  std::string compileCommands;  ///< -p DIR  ///< record the current findings here  ///< "name=value" for Serverless Framework variables
  bool exitZero = false;
  bool quiet = false;
  bool failOnEmpty = false;  ///< nothing to scan is exit 2 (CI gates), not a warning
  unsigned jobs = 0;
};

/// Reads `--var name=value` options into the request's variables; false (after saying why on
/// stderr) when one is not name=value.
bool readVariables(const std::vector<std::string>& vars, std::map<std::string, std::string, std::less<>>& out);

/// Runs a scan and writes the outputs; returns the exit code (0, 1 or 2).
int runCheck(const CheckOptions& options);

}  // namespace faaslint::cli
