#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"
#include "model/Model.h"
#include "model/Suppression.h"

namespace faaslint::policy {
struct Catalogs;
}

/// The format registry: every manifest dialect is a ManifestFormat listed once in Formats.def.
/// The engine asks each format whether a file is its own (by name and content), parses it with
/// the syntax the claim names, and calls the format's load; nothing in the engine knows a
/// dialect.
namespace faaslint::formats {

enum class Syntax { Yaml, Json };

/// A format's answer to "is this file mine?".
struct Claim {
  /// None; a name alone (template.yaml, even empty); content that fits; a dialect's own file
  /// name or keys no other dialect has (serverless.yml, top-level service + provider).
  enum Strength { None = 0, ByName = 1, ByContent = 2, Decisive = 3 };
  Strength strength = None;
  Syntax syntax = Syntax::Yaml;
  /// Non-empty: the file is a manifest written as a program (serverless.ts), which faaslint never
  /// runs; the text says so (FL005) and nothing is parsed.
  std::string unevaluated;
  explicit operator bool() const { return strength != None; }
};

/// Reads a file next to the manifest, relative to its folder, or nullopt when it may not be read.
using ProjectFileReader = std::function<std::optional<std::string>(const std::string& relativePath)>;

/// What every load gets besides the document.
struct LoadContext {
  const policy::Catalogs& catalogs;
  /// --var name=value: `${opt:name}`, `${param:name}`, and `stage`.
  const std::map<std::string, std::string, std::less<>>& variables;
  ProjectFileReader readFile;  ///< for files the manifest includes; empty: never read
};

/// What a format produces from one manifest: the model, its own diagnostics (FL codes) and the
/// suppressions written in it.
struct LoadResult {
  model::Project project;
  std::vector<core::Diagnostic> diagnostics;
  std::vector<model::Suppression> suppressions;
};

/// One manifest dialect.
class ManifestFormat {
 public:
  virtual ~ManifestFormat() = default;
  virtual std::string_view id() const = 0;  ///< "cloudformation"
  virtual std::string_view noun() const = 0;  ///< for messages: "template", "Serverless Framework file"
  /// True for file names that may be this format's (discovery keeps them to read).
  virtual bool candidateName(std::string_view name) const = 0;
  /// File names that own the handlers under their folder (template.yaml, serverless.yml).
  virtual std::vector<std::string_view> ownerNames() const = 0;
  /// Whether the file is this format's, by name and content.
  virtual Claim claim(std::string_view path, std::string_view text) const = 0;
  /// Loads a parsed document (no parse errors) into the model.
  virtual LoadResult load(const document::Document& doc, const LoadContext& context) const = 0;
};

/// Every format, in Formats.def order.
const std::vector<const ManifestFormat*>& allFormats();
/// True when some format may claim a file of this name (template.yaml, serverless.yml, ...).
bool manifestName(std::string_view fileName);
/// Every format's owner names (the files that own the handlers under their folder).
const std::vector<std::string_view>& allOwnerNames();
/// The format with the strongest claim on a file (the first in order on a tie), or null.
const ManifestFormat* claimFile(std::string_view path, std::string_view text, Claim& claim);

}  // namespace faaslint::formats
