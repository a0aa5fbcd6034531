#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/SourceManager.h"

namespace faaslint::model {

/// What a sanitizer makes event data safe for (CallFact::argClean): a number conversion (int(),
/// Number()) for all of them, shlex.quote for a shell, basename for a file path, html.escape for
/// HTML, an SQL escaping function for a query.
enum CleanFor : std::uint8_t {
  kCleanShell = 1,
  kCleanSql = 2,
  kCleanPath = 4,
  kCleanCode = 8,
  kCleanHtml = 16,
  kCleanUrl = 32,
  kCleanAll = 63,
};

/// What an argument holds of an error caught by the code (CallFact::argErrors): its text
/// (`str(e)`, `err.message`, `${err}`) or a stack trace (`traceback.format_exc()`, `err.stack`).
/// Only errors a handler cannot have meant for its caller count: in Python the text of a broad
/// `except` (Exception, a library's errors), not of the ValueError or the own exception classes a
/// handler raises to answer with.
enum ErrorDetail : std::uint8_t {
  kErrorText = 1,
  kErrorStack = 2,
};

/// CallFact::argEnv of an argument that is the running function's own name, read from its context.
inline constexpr const char* kOwnFunctionName = "@function-name";

/// An include or import, and whether it was found (SDK headers often are not installed).
struct IncludeFact {
  std::string name;  ///< as written: "aws/s3/S3Client.h", "boto3"
  bool resolved = false;
  core::Range range;
};

/// A call, with its callee's qualified name ("std::this_thread::sleep_for", "system",
/// "aws::lambda_runtime::run_handler", "time.sleep", "child_process.exec"), literal arguments and
/// which arguments carry data from the handler's event parameter. Names are resolved through
/// imports and aliases (`from time import sleep as nap; nap(1)` is "time.sleep"). A call of a cloud
/// SDK operation is named `<vendor>.<service>.<Operation>` in every language ("aws.s3.PutObject"
/// for boto3's `s3.put_object`, SDK v2's `s3.putObject` and SDK v3's `new PutObjectCommand`), with
/// the service as boto3 names it.
struct CallFact {
  std::string callee;
  std::vector<std::string> args;  ///< literal text of each argument, "" when not a literal
  /// Same size as args, or empty when no argument is named: "" for a positional argument, the name
  /// of a keyword argument (Python `shell=True`) or of a property of an options object
  /// (JavaScript `{ shell: true }`, `{ InvocationType: 'Event' }`), which follow the positional ones.
  std::vector<std::string> argNames;
  std::vector<bool> argFromEvent;  ///< same size as args
  /// Same size as args: bit i is set when the argument is computed from parameter i of the
  /// function the call is in (the first 32), so rules can follow event data into helpers.
  std::vector<std::uint32_t> argParams;
  /// Same size as args, or empty when no argument is read from the environment: the environment
  /// variable an argument's value is (`os.environ['BUCKET']`, `process.env.QUEUE_URL`, through
  /// variables), "" for others; kOwnFunctionName for the function's own name or ARN read from the
  /// handler's context (`context.function_name`, `context.invokedFunctionArn`).
  std::vector<std::string> argEnv;
  /// Same size as args, or empty when no argument is a parameter's field: "<i>:<field>" when the
  /// argument is field `field` of parameter i of the call's function ("0:Records[].s3.bucket.name"
  /// for the bucket of an S3 event), "" for others.
  std::vector<std::string> argFields;
  /// Same size as args, or empty when no argument stands for a qualified name: what argument i's
  /// value is, resolved through variables ("aws.s3.GetObject.Body" for `obj['Body']` after
  /// `obj = s3.get_object(...)`), "" for others. Only the script analyzers fill it.
  std::vector<std::string> argBindings;
  /// Same size as args, or empty when none is known: what argument i's text starts with when it
  /// is built from a literal start but is no literal itself (`'/mnt/efs/' + name`,
  /// f"/mnt/efs/{name}", `path.join('/mnt/efs', name)`, through variables), "" for others. Only
  /// the script analyzers fill it.
  std::vector<std::string> argStarts;
  /// Same size as args, or empty when no argument passed a sanitizer: the CleanFor bits for which
  /// all the event or parameter data in argument i went through one (`shlex.quote(x)`, `int(x)`,
  /// through variables and string building). Only the script analyzers fill it.
  std::vector<std::uint8_t> argClean;
  /// Same size as args, or empty when no argument holds details of a caught error: the
  /// ErrorDetail bits of argument i. Only the script analyzers fill it.
  std::vector<std::uint8_t> argErrors;
  std::string function;  ///< the function the call is in ("" at file scope)
  core::Range range;  ///< the callee name
  bool resolved = true;  ///< false: recovered from tokens because the declaration was missing
  bool resultDiscarded = false;  ///< a statement of its own (or cast to void): nothing keeps its value
  bool awaited = false;  ///< `await f()`: the function waits for the result

  /// The literal value of the named argument `name`, or nullopt when the call has none of that name.
  std::optional<std::string> named(std::string_view name) const {
    for (std::size_t i = 0; i < argNames.size() && i < args.size(); ++i)
      if (argNames[i] == name) return args[i];
    return std::nullopt;
  }
  /// True when the per-argument vectors line up with `args` (argFromEvent and argParams always;
  /// the others, which are empty when unused): rules index them alike, so facts read back from
  /// a worker or the cache that do not are refused.
  bool aligned() const {
    const auto fits = [&](std::size_t n, bool mayBeEmpty) { return n == args.size() || (mayBeEmpty && n == 0); };
    return fits(argFromEvent.size(), false) && fits(argParams.size(), false) && fits(argNames.size(), true) && fits(argEnv.size(), true) &&
           fits(argFields.size(), true) && fits(argBindings.size(), true) && fits(argStarts.size(), true) && fits(argClean.size(), true) &&
           fits(argErrors.size(), true);
  }
  /// What argument `i` stands for (see argBindings), "" when nothing known.
  std::string_view binding(std::size_t i) const { return i < argBindings.size() ? std::string_view(argBindings[i]) : std::string_view(); }
  /// True when the data in argument `i` went through a sanitizer for `kind` (CleanFor bits).
  bool cleanFor(std::size_t i, std::uint8_t kind) const { return kind != 0 && i < argClean.size() && (argClean[i] & kind) == kind; }
  /// The ErrorDetail bits of argument `i`.
  std::uint8_t errors(std::size_t i) const { return i < argErrors.size() ? argErrors[i] : 0; }
  /// What argument `i`'s text is known to start with: its literal, or its known start (argStarts).
  std::string_view start(std::size_t i) const {
    if (i < args.size() && !args[i].empty()) return args[i];
    return i < argStarts.size() ? std::string_view(argStarts[i]) : std::string_view();
  }
  /// The environment variable argument `i` is read from, "" when none.
  std::string_view env(std::size_t i) const { return i < argEnv.size() ? std::string_view(argEnv[i]) : std::string_view(); }
  /// The parameter and field argument `i` is (see argFields), or nullopt.
  std::optional<std::pair<unsigned, std::string_view>> field(std::size_t i) const {
    if (i >= argFields.size() || argFields[i].empty()) return std::nullopt;
    const std::string_view f = argFields[i];
    const auto colon = f.find(':');
    unsigned param = 0;
    for (char ch : f.substr(0, colon)) param = param * 10 + static_cast<unsigned>(ch - '0');
    return std::make_pair(param, f.substr(colon + 1));
  }
  /// The index of the named argument `name`, or nullopt.
  std::optional<std::size_t> namedIndex(std::string_view name) const {
    for (std::size_t i = 0; i < argNames.size() && i < args.size(); ++i)
      if (argNames[i] == name) return i;
    return std::nullopt;
  }
  /// The number of positional arguments.
  std::size_t positional() const {
    std::size_t n = 0;
    while (n < args.size() && (n >= argNames.size() || argNames[n].empty())) ++n;
    return n;
  }
};

/// A function defined in the file: its qualified name ("app.lambda_handler", "index.handler",
/// "app.Handler.get" for a method), parameter names, and the names it is exported under
/// (JavaScript `exports.handler = main` exports "main" as "handler"; a Python module exports its
/// top-level functions under their own names).
struct FunctionFact {
  std::string name;
  std::vector<std::string> params;
  std::vector<std::string> exportedAs;
  core::Range range;  ///< the name (or the `function`/`=>` of an anonymous function)
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

/// A field read from a parameter of a function: `event['Records'][0]['s3']['bucket']` reads field
/// "Records[].s3.bucket" of the handler's parameter 0 (an index or an element of a loop over it is
/// "[]"; `.get('k')`, destructuring and callbacks of `forEach`/`map` count too). Rules match the
/// provider-specific event shapes against these, for the handler's event parameter or a helper's
/// parameter the event is passed into.
struct FieldReadFact {
  std::string function;  ///< the function whose parameter is read
  unsigned param = 0;
  std::string field;  ///< dotted path from the parameter
  std::string text;  ///< the expression as written (at most 120 bytes)
  core::Range range;
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

/// HandlerFact::framework of a function that is a handler only by the AWS Lambda naming
/// convention (`def handler(event, context)`, an exported `handler`), not by a registration.
inline constexpr std::string_view kConventionalHandler = "aws-lambda";

/// A function the platform calls: the aws-lambda-cpp handler given to run_handler, a
/// functions-framework-cpp function, or `main` of a custom handler.
struct HandlerFact {
  std::string name;  ///< qualified function name
  std::string framework;  ///< "aws-lambda-cpp", "functions-framework-cpp", "main"
  std::string eventParam;  ///< the request/event parameter's name, "" when none
  core::Range range;  ///< the function's name
  core::Range registeredAt;  ///< e.g. the run_handler call; invalid when none
  int eventIndex = -1;  ///< the event parameter's position, -1 when none (or not known)
};

/// Language-neutral facts from one handler source file. The source analyzers (C/C++ through
/// Clang; other languages later) fill this; rules read it for every language alike.
struct SourceFacts {
  core::FileId file = core::kNoFile;
  std::string language;  ///< "c", "cpp", "python", "javascript", "typescript"
  std::vector<IncludeFact> includes;
  std::vector<CallFact> calls;
  /// What functions give back (Python and JavaScript/TypeScript): each `return` with a value, as a
  /// call of "return" whose one positional argument is the value; when the value is a dict or
  /// object literal its keys follow as named arguments, nested ones by their path ("body",
  /// "headers.Content-Type"), so rules read a response as they read a call's options.
  std::vector<CallFact> returns;
  std::vector<LoopFact> loops;
  std::vector<StringFact> strings;
  std::vector<NameFact> names;
  std::vector<AllocationFact> allocations;
  std::vector<HandlerFact> handlers;
  std::vector<FunctionFact> functions;  ///< Python and JavaScript/TypeScript: for linking the manifest's handler
  std::vector<FieldReadFact> fieldReads;  ///< Python and JavaScript/TypeScript
  std::vector<std::pair<std::string, std::string>> callGraph;  ///< caller -> callee, functions of this file
  /// Confidence: compiler errors and includes that were not found. High numbers mean partial facts.
  unsigned errors = 0;
  unsigned missingIncludes = 0;
  unsigned unknownNameErrors = 0;  ///< of the errors, those about names nothing declared (what missing headers cause)
  core::Range firstError;  ///< where the first syntax error is, when the analyzer knows (the script analyzers)

  /// Gives back what the lists reserved while they grew: every file's facts are held until the
  /// rules have run, and the calls' growth alone was half of a script's facts.
  void compact() {
    const auto fit = [](auto& v) { v.shrink_to_fit(); };
    fit(includes), fit(calls), fit(returns), fit(loops), fit(strings), fit(names), fit(allocations), fit(handlers), fit(functions),
        fit(fieldReads), fit(callGraph);
  }
};

/// The source files one function runs (its handler's file and the local modules it imports, or the
/// C/C++ under its code folder), seen together: a helper in one file that the handler in another
/// calls is on the handler's path, and event data passed to it is followed there. A file analysed
/// on its own is a program of one. `entries` are the handlers the manifest names, besides those
/// the analyzers found by convention.
class SourceProgram {
 public:
  explicit SourceProgram(std::vector<const SourceFacts*> files, std::vector<HandlerFact> entries = {})
      : files_(std::move(files)), entries_(std::move(entries)), path_(reach(files_, entries_)) {}

  const std::vector<const SourceFacts*>& files() const { return files_; }
  /// Functions reachable from the handlers of any file through the calls of every file (the
  /// handlers too), worked out once.
  const std::set<std::string>& handlerPath() const { return path_; }
  /// Every handler: those the manifest names first, then those found in the files. When the
  /// manifest names the entry, functions that merely look like handlers by convention
  /// (`def other(event, context)`, kConventionalHandler) are other functions' entries, not this
  /// one's; handlers a framework registers (routes, resolvers) stay.
  std::vector<const HandlerFact*> handlers() const { return handlersOf(files_, entries_); }
  /// True when parameter `param` of `function` is a handler's event (or request) parameter.
  bool eventParam(const std::string& function, unsigned param) const {
    for (const auto* h : handlers())
      if (h->name == function && h->eventIndex >= 0 && static_cast<unsigned>(h->eventIndex) == param) return true;
    return false;
  }

 private:
  static std::vector<const HandlerFact*> handlersOf(const std::vector<const SourceFacts*>& files, const std::vector<HandlerFact>& entries) {
    std::vector<const HandlerFact*> out;
    out.reserve(entries.size());
    for (const auto& h : entries) out.push_back(&h);
    for (const auto* f : files)
      for (const auto& h : f->handlers)
        if (entries.empty() || h.framework != kConventionalHandler) out.push_back(&h);
    return out;
  }
  static std::set<std::string> reach(const std::vector<const SourceFacts*>& files, const std::vector<HandlerFact>& entries) {
    std::set<std::string> seen;
    std::deque<std::string> todo;
    for (const auto* h : handlersOf(files, entries)) todo.push_back(h->name);
    std::multimap<std::string_view, std::string_view> edges;  // caller -> callee, every file's
    for (const auto* f : files)
      for (const auto& [caller, callee] : f->callGraph) edges.emplace(caller, callee);
    while (!todo.empty()) {
      std::string fn = std::move(todo.front());
      todo.pop_front();
      if (!seen.insert(fn).second) continue;
      for (auto [it, end] = edges.equal_range(fn); it != end; ++it) todo.emplace_back(it->second);
    }
    return seen;
  }

  std::vector<const SourceFacts*> files_;
  std::vector<HandlerFact> entries_;
  std::set<std::string> path_;
};

}  // namespace faaslint::model
