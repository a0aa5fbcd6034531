#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/SourceManager.h"

namespace faaslint::core {

enum class Severity { Note = 0, Warning = 1, Error = 2 };
const char* severityName(Severity s);  // "note", "warning", "error"
bool parseSeverity(std::string_view s, Severity& out);
/// One step less: an error a warning, anything else a note.
inline Severity lowered(Severity s) { return s == Severity::Error ? Severity::Warning : Severity::Note; }

/// Another place involved in a finding, e.g. the trigger that caps a timeout.
struct DiagnosticNote {
  std::string message;
  Range range;
};

/// A text replacement; a Fix is offered only when it is certainly right.
struct Edit {
  Range range;
  std::string replacement;
};
struct Fix {
  std::string description;
  std::vector<Edit> edits;
};

/// Compared with a baseline (--baseline): not compared, new, or already recorded there.
enum class BaselineState { None, New, Unchanged };

/// Where a rule's message names the function it concerns. The engine renders it once, from
/// `Diagnostic::subjects`: "function 'A'", or "functions 'A', 'B'" when one value many functions
/// inherit gave each the same finding and the engine merged them.
inline constexpr std::string_view kSubject = "\x1f";

/// "function 'A'" or "functions 'A', 'B'".
std::string subjectPhrase(const std::vector<std::string>& functions);

/// A measure a rule attaches to a finding so that teams can track it over time (SARIF result
/// `properties`, the JSON output's `properties`): a number, a text or a list of texts.
using PropertyValue = std::variant<std::int64_t, std::string, std::vector<std::string>>;

/// One finding, independent of the output format.
struct Diagnostic {
  std::string code;  ///< "SEC005"
  Severity severity = Severity::Warning;
  std::string message;  ///< one sentence ending with a period
  Range range;  ///< primary location; may be invalid for file-less problems
  std::string file;  ///< display path when range is invalid (e.g. unreadable file)
  std::string logicalPath;  ///< "Resources.Fn.Properties.Timeout"
  std::string function;  ///< the function this concerns, if any (the first of `subjects`)
  std::vector<std::string> subjects;  ///< every function the message's kSubject stands for
  std::vector<DiagnosticNote> notes;
  std::vector<Fix> fixes;
  BaselineState baseline = BaselineState::None;
  std::vector<std::pair<std::string, PropertyValue>> properties;  ///< in the order the rule set them
};

}  // namespace faaslint::core
