#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/Located.h"
#include "document/Document.h"

/// Reading CloudFormation values: intrinsic functions (short tags and long form), parameters
/// with defaults, and typed scalars. An intrinsic is a reference, never a literal: it reads as
/// Unknown unless it is a !Ref to a parameter with a default.
namespace faaslint::formats {

using document::Node;

/// An intrinsic function call: "Ref", "GetAtt", "Sub", "If", ... and its argument node.
struct Intrinsic {
  std::string name;
  const Node* arg = nullptr;
  bool shortForm = false;
};
std::optional<Intrinsic> intrinsicOf(const Node* n);

/// The logical id a !Ref / !GetAtt / whole-string !Sub "${X}" / "${X.Arn}" points at.
std::optional<std::string> referencedId(const Node* n);
/// Every logical id referenced anywhere below n (Ref, GetAtt, and ${...} in Sub strings).
void collectReferences(const Node* n, std::vector<std::string>& out, unsigned depth = 0);

/// Reads scalars into Located values, resolving parameter defaults, and reports values of the
/// wrong type as FL002 diagnostics.
class ValueReader {
 public:
  ValueReader(const Node* parameters, std::vector<core::Diagnostic>& diagnostics) : parameters_(parameters), diagnostics_(diagnostics) {}

  core::Located<std::string> str(const Node* n, const std::string& path) const;
  core::Located<std::int64_t> integer(const Node* n, const std::string& path) const;
  core::Located<bool> boolean(const Node* n, const std::string& path) const;
  /// A scalar or a list of scalars (IAM Action/Resource, CORS origins).
  std::vector<core::Located<std::string>> strList(const Node* n, const std::string& path) const;
  /// Short text of a node for messages ("!Ref MemoryParam").
  static std::string describe(const Node* n);
  /// Reports an invalid manifest value (FL002).
  void invalid(const Node* n, const std::string& path, std::string message) const;

 private:
  /// Follows !Ref Param to the parameter's Default; returns the node to read and sets origin.
  const Node* resolve(const Node* n, std::optional<core::Origin>& origin) const;
  const Node* parameters_;
  std::vector<core::Diagnostic>& diagnostics_;
};

}  // namespace faaslint::formats
