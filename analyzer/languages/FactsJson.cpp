#include "languages/FactsJson.h"

#include <nlohmann/json.hpp>

namespace faaslint::languages {
namespace {

using nlohmann::json;

json range(const core::Range& r) { return json::array({r.begin, r.end, r.file != core::kNoFile}); }
core::Range range(const json& j, core::FileId file) {
  if (!j.is_array() || j.size() != 3 || !j[2].get<bool>()) return {};
  return {file, j[0].get<std::uint32_t>(), j[1].get<std::uint32_t>()};
}

}  // namespace

json factsToJson(const model::SourceFacts& f) {
  json j = {{"language", f.language},
            {"errors", f.errors},
            {"missingIncludes", f.missingIncludes},
            {"unknownNameErrors", f.unknownNameErrors},
            {"firstError", range(f.firstError)}};
  json includes = json::array(), calls = json::array(), loops = json::array(), strings = json::array(), names = json::array(),
       allocations = json::array(), handlers = json::array(), graph = json::array();
  for (const auto& i : f.includes) includes.push_back({i.name, i.resolved, range(i.range)});
  const auto callJson = [](const model::CallFact& c) {
    return json{{"callee", c.callee},
                {"args", c.args},
                {"fromEvent", c.argFromEvent},
                {"params", c.argParams},
                {"function", c.function},
                {"range", range(c.range)},
                {"resolved", c.resolved},
                {"discarded", c.resultDiscarded},
                {"names", c.argNames},
                {"awaited", c.awaited},
                {"env", c.argEnv},
                {"fields", c.argFields},
                {"bindings", c.argBindings},
                {"starts", c.argStarts},
                {"clean", c.argClean},
                {"errors", c.argErrors}};
  };
  json returns = json::array();
  for (const auto& c : f.calls) calls.push_back(callJson(c));
  for (const auto& c : f.returns) returns.push_back(callJson(c));
  for (const auto& l : f.loops)
    loops.push_back({range(l.range), range(l.extent), l.function, l.boundedExit, l.countFromEvent, l.countParams});
  for (const auto& s : f.strings) strings.push_back({s.text, range(s.range), s.function});
  for (const auto& n : f.names) names.push_back({n.name, range(n.range), n.function});
  for (const auto& a : f.allocations) allocations.push_back({a.bytes, a.what, range(a.range), a.function});
  for (const auto& h : f.handlers)
    handlers.push_back({h.name, h.framework, h.eventParam, range(h.range), range(h.registeredAt), h.eventIndex});
  json functions = json::array();
  for (const auto& fn : f.functions) functions.push_back({fn.name, fn.params, fn.exportedAs, range(fn.range)});
  j["functions"] = std::move(functions);
  json reads = json::array();
  for (const auto& r : f.fieldReads) reads.push_back({r.function, r.param, r.field, r.text, range(r.range)});
  j["fieldReads"] = std::move(reads);
  for (const auto& [a, b] : f.callGraph) graph.push_back({a, b});
  j["includes"] = std::move(includes);
  j["calls"] = std::move(calls);
  j["returns"] = std::move(returns);
  j["loops"] = std::move(loops);
  j["strings"] = std::move(strings);
  j["names"] = std::move(names);
  j["allocations"] = std::move(allocations);
  j["handlers"] = std::move(handlers);
  j["callGraph"] = std::move(graph);
  return j;
}

std::optional<model::SourceFacts> factsFromJson(const json& j, core::FileId file) {
  if (!j.is_object()) return std::nullopt;
  try {
    model::SourceFacts f;
    f.file = file;
    f.language = j.at("language").get<std::string>();
    for (const auto& i : j.at("includes")) f.includes.push_back({i.at(0).get<std::string>(), i.at(1).get<bool>(), range(i.at(2), file)});
    const auto readCall = [&](const json& c) {
      model::CallFact call;
      call.callee = c.at("callee").get<std::string>();
      call.args = c.at("args").get<std::vector<std::string>>();
      call.argFromEvent = c.at("fromEvent").get<std::vector<bool>>();
      call.argParams = c.at("params").get<std::vector<std::uint32_t>>();
      call.function = c.at("function").get<std::string>();
      call.range = range(c.at("range"), file);
      call.resolved = c.at("resolved").get<bool>();
      call.resultDiscarded = c.at("discarded").get<bool>();
      call.argNames = c.at("names").get<std::vector<std::string>>();
      call.awaited = c.at("awaited").get<bool>();
      call.argEnv = c.at("env").get<std::vector<std::string>>();
      call.argFields = c.at("fields").get<std::vector<std::string>>();
      call.argBindings = c.at("bindings").get<std::vector<std::string>>();
      call.argStarts = c.at("starts").get<std::vector<std::string>>();
      call.argClean = c.at("clean").get<std::vector<std::uint8_t>>();
      call.argErrors = c.at("errors").get<std::vector<std::uint8_t>>();
      return call;
    };
    for (const auto& c : j.at("calls")) {
      f.calls.push_back(readCall(c));
      if (!f.calls.back().aligned()) return std::nullopt;
    }
    for (const auto& c : j.at("returns")) {
      f.returns.push_back(readCall(c));
      if (!f.returns.back().aligned()) return std::nullopt;
    }
    for (const auto& l : j.at("loops"))
      f.loops.push_back({range(l.at(0), file), range(l.at(1), file), l.at(2).get<std::string>(), l.at(3).get<bool>(), l.at(4).get<bool>(),
                         l.at(5).get<std::uint32_t>()});
    for (const auto& s : j.at("strings"))
      f.strings.push_back({s.at(0).get<std::string>(), range(s.at(1), file), s.at(2).get<std::string>()});
    for (const auto& a : j.at("allocations"))
      f.allocations.push_back({a.at(0).get<std::uint64_t>(), a.at(1).get<std::string>(), range(a.at(2), file), a.at(3).get<std::string>()});
    for (const auto& n : j.at("names")) f.names.push_back({n.at(0).get<std::string>(), range(n.at(1), file), n.at(2).get<std::string>()});
    for (const auto& h : j.at("handlers"))
      f.handlers.push_back({h.at(0).get<std::string>(), h.at(1).get<std::string>(), h.at(2).get<std::string>(), range(h.at(3), file),
                            range(h.at(4), file), h.at(5).get<int>()});
    for (const auto& fn : j.at("functions"))
      f.functions.push_back({fn.at(0).get<std::string>(), fn.at(1).get<std::vector<std::string>>(),
                             fn.at(2).get<std::vector<std::string>>(), range(fn.at(3), file)});
    for (const auto& r : j.at("fieldReads"))
      f.fieldReads.push_back({r.at(0).get<std::string>(), r.at(1).get<unsigned>(), r.at(2).get<std::string>(), r.at(3).get<std::string>(),
                              range(r.at(4), file)});
    for (const auto& e : j.at("callGraph")) f.callGraph.emplace_back(e.at(0).get<std::string>(), e.at(1).get<std::string>());
    f.errors = j.at("errors").get<unsigned>();
    f.missingIncludes = j.at("missingIncludes").get<unsigned>();
    f.unknownNameErrors = j.at("unknownNameErrors").get<unsigned>();
    if (j.contains("firstError")) f.firstError = range(j.at("firstError"), file);
    return f;
  } catch (const json::exception&) { return std::nullopt; }
}

}  // namespace faaslint::languages
