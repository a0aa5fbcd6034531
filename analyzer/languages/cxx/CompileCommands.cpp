#include "languages/cxx/CompileCommands.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace faaslint::languages {
namespace {

namespace fs = std::filesystem;

std::string absoluteIn(const std::string& dir, const std::string& path) {
  fs::path p(path);
  if (p.is_relative()) p = fs::path(dir) / p;
  return p.lexically_normal().string();
}

/// Splits a shell-quoted command line (the "command" form) into arguments.
std::vector<std::string> splitCommand(const std::string& cmd) {
  std::vector<std::string> out;
  std::string cur;
  bool any = false;
  char quote = 0;
  for (std::size_t i = 0; i < cmd.size(); ++i) {
    char c = cmd[i];
    if (quote) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' && quote == '"' && i + 1 < cmd.size())
        cur += cmd[++i];
      else
        cur += c;
    } else if (c == '"' || c == '\'') {
      quote = c;
      any = true;
    } else if (c == '\\' && i + 1 < cmd.size()) {
      cur += cmd[++i];
      any = true;
    } else if (c == ' ' || c == '\t') {
      if (any || !cur.empty()) out.push_back(cur);
      cur.clear();
      any = false;
    } else {
      cur += c;
    }
  }
  if (any || !cur.empty()) out.push_back(cur);
  return out;
}

/// A flag that only selects the language dialect or the target (and so the predefined macros):
/// it reads and writes nothing. `-fno-X` counts as `-fX`.
bool safeDialectFlag(std::string_view a) {
  static const std::string_view kF[] = {"exceptions",
                                        "cxx-exceptions",
                                        "rtti",
                                        "ms-extensions",
                                        "ms-compatibility",
                                        "gnu-keywords",
                                        "char8_t",
                                        "signed-char",
                                        "unsigned-char",
                                        "short-wchar",
                                        "openmp",
                                        "coroutines-ts",
                                        "pic",
                                        "PIC",
                                        "pie",
                                        "PIE",
                                        "strict-aliasing",
                                        "builtin",
                                        "asm",
                                        "blocks",
                                        "declspec",
                                        "threadsafe-statics",
                                        "sized-deallocation",
                                        "aligned-allocation",
                                        "operator-names",
                                        "trigraphs",
                                        "wchar_t",
                                        "access-control",
                                        "elide-constructors",
                                        "permissive",
                                        "gnu89-inline",
                                        "common",
                                        "delayed-template-parsing",
                                        "dollars-in-identifiers",
                                        "fast-math",
                                        "finite-math-only",
                                        "omit-frame-pointer",
                                        "stack-protector",
                                        "stack-protector-strong",
                                        "visibility-inlines-hidden"};
  static const std::string_view kM[] = {"32",     "64",     "x32", "sse",  "sse2",  "sse3", "ssse3",
                                        "sse4.1", "sse4.2", "avx", "avx2", "thumb", "arm"};
  static const std::string_view kMValued[] = {"arch=", "cpu=", "tune=", "fpu=", "float-abi=", "abi="};
  if (a == "-pthread" || a == "-nostdinc" || a == "-nostdinc++" || a == "-ansi" || a.starts_with("--target=") || a.starts_with("-stdlib="))
    return true;
  if (a.starts_with("-fms-compatibility-version=") || a.starts_with("-fvisibility=")) return true;
  if (a.starts_with("-f")) {
    std::string_view name = a.substr(2);
    if (name.starts_with("no-")) name.remove_prefix(3);
    return std::find(std::begin(kF), std::end(kF), name) != std::end(kF);
  }
  if (a.starts_with("-m")) {
    std::string_view name = a.substr(2);
    if (name.starts_with("no-")) name.remove_prefix(3);
    if (std::find(std::begin(kM), std::end(kM), name) != std::end(kM)) return true;
    return std::any_of(std::begin(kMValued), std::end(kMValued), [&](std::string_view v) { return name.starts_with(v); });
  }
  return false;
}

/// The flags that change how a file parses, with relative paths made absolute.
std::vector<std::string> parsingFlags(const std::vector<std::string>& args, const std::string& dir) {
  std::vector<std::string> out;
  static const char* const withPath[] = {"-I", "-isystem", "-iquote", "-idirafter", "-include"};
  for (std::size_t i = 1; i < args.size(); ++i) {  // args[0] is the compiler
    const std::string& a = args[i];
    bool handled = false;
    for (const char* p : withPath) {
      std::string prefix = p;
      if (a == prefix && i + 1 < args.size()) {
        out.push_back(prefix);
        out.push_back(absoluteIn(dir, args[++i]));
        handled = true;
      } else if (a.size() > prefix.size() && a.starts_with(prefix) && prefix == "-I") {
        out.push_back("-I" + absoluteIn(dir, a.substr(2)));
        handled = true;
      }
      if (handled) break;
    }
    if (handled) continue;
    if (a == "-D" || a == "-U" || a == "-x" || a == "-target") {
      if (i + 1 < args.size()) {
        out.push_back(a);
        out.push_back(args[++i]);
      }
    } else if (a.starts_with("-D") || a.starts_with("-U") || a.starts_with("-std=") || a.starts_with("-x") || safeDialectFlag(a)) {
      out.push_back(a);  // macros, the standard, the language, the target and dialect switches
    }
    // Everything else is dropped: a database found in the scanned tree is the stranger's input,
    // and flags that write files or load code (-fmodules-cache-path, -fplugin, -Xclang -load, -o,
    // -MF, -save-temps, --config, ...) must not reach the analyzer.
  }
  return out;
}

}  // namespace

std::optional<CompileCommands> CompileCommands::parse(const std::string& text, const std::string& dir, std::string& error) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) {
    error = "not a JSON compilation database (an array of {directory, file, command|arguments})";
    return std::nullopt;
  }
  CompileCommands db;
  for (const auto& e : j) {
    if (!e.is_object() || !e.contains("file") || !e["file"].is_string()) continue;
    std::string directory = e.contains("directory") && e["directory"].is_string() ? e["directory"].get<std::string>() : dir;
    std::vector<std::string> args;
    if (e.contains("arguments") && e["arguments"].is_array()) {
      for (const auto& a : e["arguments"])
        if (a.is_string()) args.push_back(a.get<std::string>());
    } else if (e.contains("command") && e["command"].is_string()) {
      args = splitCommand(e["command"].get<std::string>());
    }
    db.entries_.push_back({absoluteIn(directory, e["file"].get<std::string>()), parsingFlags(args, directory)});
  }
  return db;
}

std::optional<std::vector<std::string>> CompileCommands::flagsFor(const std::string& absolutePath) const {
  const std::string want = fs::path(absolutePath).lexically_normal().string();
  for (const auto& e : entries_)
    if (e.file == want) return e.flags;
  return std::nullopt;
}

std::vector<std::string> CompileCommands::includeFolders(const std::vector<std::string>& flags) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const std::string& f = flags[i];
    if ((f == "-I" || f == "-isystem" || f == "-iquote" || f == "-idirafter") && i + 1 < flags.size())
      out.push_back(flags[++i]);
    else if (f.size() > 2 && f.starts_with("-I"))
      out.push_back(f.substr(2));
  }
  return out;
}

}  // namespace faaslint::languages
