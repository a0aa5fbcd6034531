#pragma once
#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/SourceManager.h"

namespace faaslint::model {

/// An include or import, and whether it was found (SDK headers often are not installed).
struct IncludeFact {
  std::string name;  ///< as written: "aws/s3/S3Client.h", "boto3"
  bool resolved = false;
  core::Range range;
};

/// A call, with its callee's qualified name ("std::this_thread::sleep_for", "system",
/// "aws::lambda_runtime::run_handler"), literal arguments and which arguments carry data from the
/// handler's event parameter.
struct CallFact {
  std::string callee;
  std::vector<std::string> args;  ///< literal text of each argument, "" when not a literal
  std::vector<bool> argFromEvent;  ///< same size as args
  /// Same size as args: bit i is set when the argument is computed from parameter i of the
  /// function the call is in (the first 32), so rules can follow event data into helpers.
  std::vector<std::uint32_t> argParams;
  std::string function;  ///< the function the call is in ("" at file scope)
  core::Range range;  ///< the callee name
  bool resolved = true;  ///< false: recovered from tokens because the declaration was missing
  bool resultDiscarded = false;  ///< a statement of its own (or cast to void): nothing keeps its value
};

/// A loop, and whether it has a bounded exit (a condition that can become false, a break or a
/// return); `for (;;)` and `while (true)` without either have none.
struct LoopFact {
  core::Range range;  ///< the loop keyword
  core::Range extent;  ///< the whole loop, body included
  std::string function;
  bool boundedExit = true;
  /// The condition compares with a number taken from the event that nothing capped (checked
  /// against a constant, std::min, std::clamp) first: the caller decides how long it runs.
  bool countFromEvent = false;
  std::uint32_t countParams = 0;  ///< the same, for numbers from parameter i of the function (bit i)
};

/// A string literal as written in the code (for credential patterns).
struct StringFact {
  std::string text;  ///< the literal's bytes, unescaped
  core::Range range;
  std::string function;
};

/// Memory taken in one go: a large array, `new T[N]`, `reserve`/`resize` with a constant, or a
/// whole stream read into memory (`bytes` 0: no bound known).
struct AllocationFact {
  std::uint64_t bytes = 0;
  std::string what;  ///< "static array 'buffer'", "new[]", "std::vector::reserve", "a whole stream"
  core::Range range;
  std::string function;  ///< "" at file scope
};

/// A qualified name used in the code (`Aws::DynamoDB::Model::PutItemRequest`), found in the tokens,
/// so it is seen even when the declaring header is missing.
struct NameFact {
  std::string name;
  core::Range range;
  std::string function;
};

/// A function the platform calls: the aws-lambda-cpp handler given to run_handler, a
/// functions-framework-cpp function, or `main` of a custom handler.
struct HandlerFact {
  std::string name;  ///< qualified function name
  std::string framework;  ///< "aws-lambda-cpp", "functions-framework-cpp", "main"
  std::string eventParam;  ///< the request/event parameter's name, "" when none
  core::Range range;  ///< the function's name
  core::Range registeredAt;  ///< e.g. the run_handler call; invalid when none
};

/// Language-neutral facts from one handler source file. The source analyzers (C/C++ through
/// Clang; other languages later) fill this; rules read it for every language alike.
struct SourceFacts {
  core::FileId file = core::kNoFile;
  std::string language;  ///< "c", "cpp"
  std::vector<IncludeFact> includes;
  std::vector<CallFact> calls;
  std::vector<LoopFact> loops;
  std::vector<StringFact> strings;
  std::vector<NameFact> names;
  std::vector<AllocationFact> allocations;
  std::vector<HandlerFact> handlers;
  std::vector<std::pair<std::string, std::string>> callGraph;  ///< caller -> callee, functions of this file
  /// Confidence: compiler errors and includes that were not found. High numbers mean partial facts.
  unsigned errors = 0;
  unsigned missingIncludes = 0;
  unsigned unknownNameErrors = 0;  ///< of the errors, those about names nothing declared (what missing headers cause)
};

/// The source files one function runs (the C/C++ under its code folder), seen together: a helper
/// in one file that the handler in another calls is on the handler's path, and event data passed
/// to it is followed there. A file analysed on its own is a program of one.
class SourceProgram {
 public:
  explicit SourceProgram(std::vector<const SourceFacts*> files) : files_(std::move(files)), path_(reach(files_)) {}

  const std::vector<const SourceFacts*>& files() const { return files_; }
  /// Functions reachable from the handlers of any file through the calls of every file (the
  /// handlers too), worked out once.
  const std::set<std::string>& handlerPath() const { return path_; }

 private:
  static std::set<std::string> reach(const std::vector<const SourceFacts*>& files) {
    std::set<std::string> seen;
    std::deque<std::string> todo;
    for (const auto* f : files)
      for (const auto& h : f->handlers) todo.push_back(h.name);
    while (!todo.empty()) {
      std::string fn = std::move(todo.front());
      todo.pop_front();
      if (!seen.insert(fn).second) continue;
      for (const auto* f : files)
        for (const auto& [caller, callee] : f->callGraph)
          if (caller == fn) todo.push_back(callee);
    }
    return seen;
  }

  std::vector<const SourceFacts*> files_;
  std::set<std::string> path_;
};

}  // namespace faaslint::model
