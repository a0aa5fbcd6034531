#include "languages/treesitter/TreeSitter.h"

#include <chrono>
#include <fmt/format.h>

namespace faaslint::languages::ts {

Tree parse(const TSLanguage* language, std::string_view text, std::uint64_t budgetMicros) {
  std::unique_ptr<TSParser, void (*)(TSParser*)> parser(ts_parser_new(), &ts_parser_delete);
  if (!ts_parser_set_language(parser.get(), language)) return Tree();
  struct Deadline {
    std::chrono::steady_clock::time_point at;
    bool limited;
  } deadline{std::chrono::steady_clock::now() + std::chrono::microseconds(budgetMicros), budgetMicros != 0};
  TSParseOptions options{};
  options.payload = &deadline;
  options.progress_callback = [](TSParseState* state) {
    const auto* d = static_cast<const Deadline*>(state->payload);
    return d->limited && std::chrono::steady_clock::now() > d->at;  // true: stop
  };
  TSInput input{};
  struct Source {
    std::string_view text;
  } source{text};
  input.payload = &source;
  input.encoding = TSInputEncodingUTF8;
  input.read = [](void* payload, std::uint32_t byte, TSPoint, std::uint32_t* read) -> const char* {
    const auto* s = static_cast<const Source*>(payload);
    if (byte >= s->text.size()) {
      *read = 0;
      return "";
    }
    *read = static_cast<std::uint32_t>(s->text.size() - byte);
    return s->text.data() + byte;
  };
  return Tree(ts_parser_parse_with_options(parser.get(), nullptr, input, options));
}

TSFieldId fieldId(const TSLanguage* language, std::string_view name) {
  struct Entry {
    const TSLanguage* language;
    const char* data;
    std::size_t size;
    TSFieldId id;
  };
  thread_local std::vector<Entry> known;
  for (const auto& e : known)
    if (e.data == name.data() && e.size == name.size() && e.language == language) return e.id;
  const TSFieldId id = ts_language_field_id_for_name(language, name.data(), static_cast<std::uint32_t>(name.size()));
  // Names that are not literals (a different address each time) would grow the list without
  // end: it is bounded, and a lookup past the bound is simply not remembered.
  if (known.size() < 512) known.push_back({language, name.data(), name.size(), id});
  return id;
}

TSNode Query::Match::get(std::string_view name) const {
  for (const auto& c : captures)
    if (c.name == name) return c.node;
  return TSNode{};
}

std::vector<TSNode> Query::Match::all(std::string_view name) const {
  std::vector<TSNode> out;
  for (const auto& c : captures)
    if (c.name == name) out.push_back(c.node);
  return out;
}

std::unique_ptr<Query> Query::compile(const TSLanguage* language, std::string_view source, std::string& error) {
  std::uint32_t offset = 0;
  TSQueryError kind = TSQueryErrorNone;
  TSQuery* q = ts_query_new(language, source.data(), static_cast<std::uint32_t>(source.size()), &offset, &kind);
  if (!q) {
    std::uint32_t line = 1;
    for (std::uint32_t i = 0; i < offset && i < source.size(); ++i) line += source[i] == '\n';
    error = fmt::format("query error {} at line {}", static_cast<int>(kind), line);
    return nullptr;
  }
  std::unique_ptr<Query> out(new Query());
  out->query_ = q;
  for (std::uint32_t i = 0, n = ts_query_capture_count(q); i < n; ++i) {
    std::uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(q, i, &len);
    out->captureNames_.emplace_back(name, len);
  }
  auto str = [q](std::uint32_t id) {
    std::uint32_t len = 0;
    const char* s = ts_query_string_value_for_id(q, id, &len);
    return std::string(s, len);
  };
  for (std::uint32_t p = 0, n = ts_query_pattern_count(q); p < n; ++p) {
    std::uint32_t count = 0;
    const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(q, p, &count);
    std::vector<Predicate> preds;
    for (std::uint32_t i = 0; i < count;) {
      std::uint32_t end = i;
      while (end < count && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
      if (end > i && steps[i].type == TSQueryPredicateStepTypeString && end - i >= 3 &&
          steps[i + 1].type == TSQueryPredicateStepTypeCapture) {
        const std::string op = str(steps[i].value_id);
        Predicate pr{Predicate::Kind::Eq, steps[i + 1].value_id, {}, -1, nullptr};
        for (std::uint32_t k = i + 2; k < end; ++k) {
          if (steps[k].type == TSQueryPredicateStepTypeCapture)
            pr.otherCapture = steps[k].value_id;
          else
            pr.values.push_back(str(steps[k].value_id));
        }
        bool known = true;
        if (op == "eq?")
          pr.kind = Predicate::Kind::Eq;
        else if (op == "not-eq?")
          pr.kind = Predicate::Kind::NotEq;
        else if (op == "match?" || op == "not-match?") {
          pr.kind = op == "match?" ? Predicate::Kind::Match : Predicate::Kind::NotMatch;
          pr.regex = std::make_shared<re2::RE2>(pr.values.empty() ? std::string() : pr.values.front());
          if (!pr.regex->ok()) {
            error = fmt::format("pattern {}: bad regular expression: {}", p, pr.regex->error());
            return nullptr;
          }
        } else if (op == "any-of?")
          pr.kind = Predicate::Kind::AnyOf;
        else
          known = false;
        if (!known) {
          error = fmt::format("pattern {}: unknown predicate #{}", p, op);
          return nullptr;
        }
        preds.push_back(std::move(pr));
      }
      i = end + 1;
    }
    out->predicates_.push_back(std::move(preds));
  }
  return out;
}

Query::~Query() {
  if (query_) ts_query_delete(query_);
}

bool Query::holds(const TSQueryMatch& m, std::string_view source) const {
  auto captured = [&](std::uint32_t id) -> std::string_view {
    for (std::uint16_t i = 0; i < m.capture_count; ++i)
      if (m.captures[i].index == id) return text(m.captures[i].node, source);
    return {};
  };
  for (const auto& p : predicates_[m.pattern_index]) {
    const std::string_view v = captured(p.capture);
    switch (p.kind) {
      case Predicate::Kind::Eq:
      case Predicate::Kind::NotEq: {
        const bool eq =
            p.otherCapture >= 0 ? v == captured(static_cast<std::uint32_t>(p.otherCapture)) : !p.values.empty() && v == p.values.front();
        if (eq != (p.kind == Predicate::Kind::Eq)) return false;
        break;
      }
      case Predicate::Kind::Match:
      case Predicate::Kind::NotMatch:
        if (re2::RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), *p.regex) != (p.kind == Predicate::Kind::Match)) return false;
        break;
      case Predicate::Kind::AnyOf: {
        bool any = false;
        for (const auto& value : p.values) any |= v == value;
        if (!any) return false;
        break;
      }
    }
  }
  return true;
}

void Query::run(TSNode root, std::string_view source, const std::function<void(const Match&)>& visit) const {
  std::unique_ptr<TSQueryCursor, void (*)(TSQueryCursor*)> cursor(ts_query_cursor_new(), &ts_query_cursor_delete);
  ts_query_cursor_set_match_limit(cursor.get(), 4096);
  ts_query_cursor_exec(cursor.get(), query_, root);
  TSQueryMatch m;
  Match out;
  while (ts_query_cursor_next_match(cursor.get(), &m)) {
    if (!holds(m, source)) continue;
    out.pattern = m.pattern_index;
    out.captures.clear();
    for (std::uint16_t i = 0; i < m.capture_count; ++i) out.captures.push_back({captureNames_[m.captures[i].index], m.captures[i].node});
    visit(out);
  }
}

}  // namespace faaslint::languages::ts
