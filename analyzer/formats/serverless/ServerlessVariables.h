#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"
#include "formats/Format.h"

/// Serverless Framework variables (`${self:...}`, `${opt:...}`, `${sls:stage}`, `${param:...}`,
/// nested and with fallbacks), resolved from the file itself and from `--var name=value`.
/// `${file(...)}` is read only for YAML/JSON files inside the manifest's folder. Remote and
/// outside sources (`${env:}`, `${ssm:}`, `${cf:}`, `${s3:}`, files outside the project, ...)
/// are never read: such a value stays unknown.
namespace faaslint::formats {

/// The tag an unresolved scalar carries in the resolved tree; `intrinsicOf` sees it as an
/// intrinsic, so every value reader treats the value as unknown ("no rule guesses").
inline constexpr std::string_view kUnresolvedVariableTag = "!Variable";

/// Values given on the command line (`--var stage=prod`); they answer `${opt:name}`,
/// `${param:name}` and `${sls:stage}` (through `stage`).
using VariableValues = std::map<std::string, std::string, std::less<>>;

/// Bounds that turn a cycle or a runaway expansion into a located error instead of a hang.
struct VariableLimits {
  unsigned maxDepth = 32;  ///< nested resolutions of one value
  std::size_t maxExpansions = 100'000;  ///< substitutions in the whole file
  std::size_t maxValueBytes = 1 << 20;  ///< length of one resolved string
  /// Nodes and scalar bytes the resolved tree may hold beyond the file's own: what a tree that
  /// references itself, or many references to one large value, can copy.
  std::size_t maxCopiedNodes = 2'000'000;
  std::size_t maxCopiedBytes = 64u << 20;
};

/// Builds a copy of a serverless.yml tree with every variable resolved where the file and the
/// given values allow. A scalar that cannot be resolved keeps its text and gets
/// kUnresolvedVariableTag. Cycles and runaway expansions are FL004 diagnostics at the scalar.
class VariableResolver {
 public:
  VariableResolver(const document::Node* root, const VariableValues& values, std::vector<core::Diagnostic>& diagnostics,
                   VariableLimits limits = {}, ProjectFileReader readFile = {});

  /// The resolved tree, allocated in `out` (which must outlive its use).
  const document::Node* resolveTree(document::Document& out);

  /// Resolves one string ("${self:custom.memory}MB"); for tests and messages. Sets `unresolved`
  /// to the first variable that could not be read ("env:SECRET") and returns false then.
  bool resolveString(const std::string& text, std::string& result, std::string& unresolved);

  /// The stage: `--var stage=...`, else provider.stage, else "dev" (the framework's default).
  const std::string& stage() const { return stage_; }

 private:
  struct Outcome;
  Outcome resolveExpression(std::string_view expr, const document::Node* at, unsigned depth);
  Outcome resolveSource(std::string_view source, const document::Node* at, unsigned depth);
  Outcome resolveText(std::string_view text, const document::Node* at, unsigned depth);
  const document::Node* copy(const document::Node* n, document::Document& out, unsigned depth, const core::Range* at = nullptr);
  bool holdsVariables(const document::Node* n);
  /// Counts what a copy costs; false (and one FL004 at the place) once the file's budget is spent.
  bool spend(std::size_t nodes, std::size_t bytes, const document::Node* n, const core::Range* at);
  const document::Node* includedFile(const std::string& path);
  const document::Node* lookupSelf(std::string_view path) const;
  void error(const document::Node* at, std::string message);

  const document::Node* root_;
  const VariableValues& values_;
  std::vector<core::Diagnostic>& diagnostics_;
  VariableLimits limits_;
  std::string stage_;
  std::size_t expansions_ = 0;
  std::vector<std::string> active_;  ///< self paths being resolved, to name a cycle
  ProjectFileReader readFile_;
  std::map<std::string, std::unique_ptr<document::Document>> included_;  ///< ${file(...)} documents by path
  bool runaway_ = false;  ///< the file's expansion budget is spent (reported once)
  std::size_t copiedNodes_ = 0, copiedBytes_ = 0;  ///< what the resolved tree has cost so far
  bool overBudget_ = false;  ///< the copy budget is spent (reported once): the rest stays unresolved
  std::unordered_map<const document::Node*, bool> holdsVariables_;  ///< per subtree of the file, memoized
  bool failed_ = false;  ///< a cycle or runaway was reported for the current scalar
};

}  // namespace faaslint::formats
