#include <fmt/format.h>

#include "core/Text.h"
#include "output/Writers.h"

namespace faaslint::output {
namespace {

const char* colorOf(core::Severity s) {
  switch (s) {
    case core::Severity::Error: return "\x1b[1;31m";
    case core::Severity::Warning: return "\x1b[1;35m";
    case core::Severity::Note: return "\x1b[1;36m";
  }
  return "";
}

/// Display width of a byte prefix (tabs kept as tabs in the caret line so it lines up).
std::string caretPad(std::string_view prefix) {
  std::string pad;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    auto c = static_cast<unsigned char>(prefix[i]);
    if (c == '\t')
      pad += '\t';
    else if ((c & 0xc0) != 0x80)
      pad += ' ';
  }
  return pad;
}

void excerpt(std::ostream& out, const core::SourceFile& f, const core::Range& r, bool color) {
  std::uint32_t line = f.lineOf(r.begin);
  std::string_view text = f.lineText(line);
  if (text.size() > 300) return;  // minified or generated: the location says enough
  std::uint32_t start = f.lineStart(line);
  std::uint32_t b = std::min<std::uint32_t>(r.begin - start, static_cast<std::uint32_t>(text.size()));
  std::uint32_t e = std::min<std::uint32_t>(r.end > r.begin ? r.end - start : b + 1, static_cast<std::uint32_t>(text.size()));
  if (e <= b) e = b + 1;
  // The line as the terminal may show it (control characters and stray bytes escaped), with the
  // caret under the same characters.
  const std::string shown = core::printable(text.substr(0, b)), marked = core::printable(text.substr(b, e - b));
  std::size_t width = 0;
  for (const char c : marked) width += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  out << fmt::format("{:>5} | {}\n", line, core::printable(text));
  out << "      | " << caretPad(shown) << (color ? "\x1b[1;32m" : "") << '^' << std::string(width > 1 ? width - 1 : 0, '~')
      << (color ? "\x1b[0m" : "") << '\n';
}

}  // namespace

void writeText(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o) {
  for (const auto& d : r.diagnostics) {
    if (!reported(d)) continue;
    std::string where = d.file;
    if (d.range.valid()) {
      const auto& f = r.sources.file(d.range.file);
      auto p = f.position(d.range.begin);
      where = fmt::format("{}:{}:{}", f.path(), p.line, p.column);
    }
    std::string sev = core::severityName(d.severity);
    if (o.color) sev = fmt::format("{}{}\x1b[0m", colorOf(d.severity), sev);
    out << fmt::format("{}: {}: {} [{}]\n", core::printable(where), sev, core::printable(d.message), d.code);
    if (d.range.valid()) excerpt(out, r.sources.file(d.range.file), d.range, o.color);
    for (const auto& n : d.notes) {
      if (!n.range.valid()) continue;
      const auto& f = r.sources.file(n.range.file);
      auto p = f.position(n.range.begin);
      out << fmt::format("{}:{}:{}: note: {}\n", core::printable(f.path()), p.line, p.column, core::printable(n.message));
    }
  }
  for (const auto& e : r.errors) out << fmt::format("{}: error: {}\n", core::printable(e.path), core::printable(e.message));
  for (const auto& s : r.skipped) out << fmt::format("{}: note: skipped: {}\n", core::printable(s.path), core::printable(s.message));
}

std::string summaryLine(const engine::ScanResult& r) {
  std::size_t counts[3] = {0, 0, 0};
  std::size_t inBaseline = 0;
  for (const auto& d : r.diagnostics) reported(d) ? ++counts[static_cast<int>(d.severity)] : ++inBaseline;
  return fmt::format("faaslint: {} manifest{}, {} function{}{}: {} error{}, {} warning{}, {} note{}{}{}{} in {} ms", r.manifests,
                     r.manifests == 1 ? "" : "s", r.functions, r.functions == 1 ? "" : "s",
                     r.sourceFiles ? fmt::format(", {} source file{}", r.sourceFiles, r.sourceFiles == 1 ? "" : "s") : std::string(),
                     counts[2], counts[2] == 1 ? "" : "s", counts[1], counts[1] == 1 ? "" : "s", counts[0], counts[0] == 1 ? "" : "s",
                     r.suppressed.empty() ? "" : fmt::format(" ({} suppressed)", r.suppressed.size()),
                     r.errors.empty() ? "" : fmt::format(", {} input problem{}", r.errors.size(), r.errors.size() == 1 ? "" : "s"),
                     r.skipped.empty() ? "" : fmt::format(", {} input{} skipped", r.skipped.size(), r.skipped.size() == 1 ? "" : "s"),
                     r.elapsed.count());
}

}  // namespace faaslint::output
