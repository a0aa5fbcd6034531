#pragma once
#include <string>

namespace faaslint::core {

/// A calendar date; compares lexicographically.
struct Date {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const Date&) const = default;  // NOLINT(modernize-use-nullptr): clang-tidy 14 false positive
  std::string str() const;  // YYYY-MM-DD
  static bool parse(std::string_view s, Date& out);
};

/// Where "today" comes from, injected so no test depends on the real date.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Date today() const = 0;
};

/// The system clock (UTC).
class SystemClock final : public Clock {
 public:
  Date today() const override;
};

/// A clock stopped at one date, for tests and `--date`.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Date d) : date_(d) {}
  Date today() const override { return date_; }

 private:
  Date date_;
};

}  // namespace faaslint::core
