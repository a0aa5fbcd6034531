#include "core/Clock.h"

#include <charconv>
#include <ctime>
#include <fmt/format.h>

#include "core/Diagnostic.h"

namespace faaslint::core {

std::string Date::str() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

bool Date::parse(std::string_view s, Date& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t b, std::size_t n, int& v) {
    auto r = std::from_chars(s.data() + b, s.data() + b + n, v);
    return r.ec == std::errc() && r.ptr == s.data() + b + n;
  };
  Date d;
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  out = d;
  return true;
}

Date SystemClock::today() const {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string subjectPhrase(const std::vector<std::string>& functions) {
  std::string out = functions.size() == 1 ? "function " : "functions ";
  for (std::size_t k = 0; k < functions.size(); ++k) out += (k ? ", '" : "'") + functions[k] + "'";
  return out;
}

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "note";
}

bool parseSeverity(std::string_view s, Severity& out) {
  if (s == "note" || s == "info")
    out = Severity::Note;
  else if (s == "warning")
    out = Severity::Warning;
  else if (s == "error")
    out = Severity::Error;
  else
    return false;
  return true;
}

}  // namespace faaslint::core
