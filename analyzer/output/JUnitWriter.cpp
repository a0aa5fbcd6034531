// JUnit XML: one test case per finding, grouped by file, so CI test tabs list them.
#include <fmt/format.h>
#include <map>
#include <vector>

#include "core/Text.h"
#include "output/Writers.h"

namespace faaslint::output {
namespace {

/// Text for an XML attribute or element: markup escaped, bytes that are not UTF-8 replaced
/// (U+FFFD), and the characters XML 1.0 forbids even escaped (most C0 controls, U+FFFE, U+FFFF)
/// written as a space, so any file's bytes give a well-formed report.
std::string xmlEscape(std::string_view raw) {
  const std::string s = core::validUtf8(raw);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else if (s.compare(i, 3, "\xEF\xBF\xBE") == 0 || s.compare(i, 3, "\xEF\xBF\xBF") == 0) {
          out += ' ';
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

void writeJUnit(std::ostream& out, const engine::ScanResult& r, const WriteOptions&) {
  std::map<std::string, std::vector<const core::Diagnostic*>> byFile;
  std::size_t total = 0;
  for (const auto& d : r.diagnostics) {
    if (!reported(d)) continue;
    byFile[d.range.valid() ? r.sources.file(d.range.file).path() : d.file].push_back(&d);
    ++total;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"faaslint\" tests=\"{}\" failures=\"{}\">\n", std::max<std::size_t>(total, 1), total);
  if (byFile.empty()) {
    out << "  <testsuite name=\"faaslint\" tests=\"1\" failures=\"0\">\n"
           "    <testcase classname=\"faaslint\" name=\"no findings\"/>\n  </testsuite>\n";
  }
  for (const auto& [file, list] : byFile) {
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n", xmlEscape(file), list.size(), list.size());
    for (const auto* d : list) {
      auto pos = d->range.valid() ? r.sources.begin(d->range) : core::Position{};
      std::string where = fmt::format("{}:{}:{}", file, pos.line, pos.column);
      out << fmt::format("    <testcase classname=\"{}\" name=\"{} {}\">\n", xmlEscape(file), d->code, xmlEscape(where));
      out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}: {}: {} [{}]</failure>\n", d->code, xmlEscape(d->message),
                         xmlEscape(where), core::severityName(d->severity), xmlEscape(d->message), d->code);
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace faaslint::output
