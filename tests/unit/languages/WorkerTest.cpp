// The analysis worker processes (here with the C/C++ language, the one that runs isolated): same
// facts as in-process analysis, a time limit that really stops a runaway file, and a crashed or
// confused worker costing only its file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "../TestSupport.h"
#include "languages/FactsJson.h"
#include "languages/Language.h"
#include "languages/Worker.h"

using namespace faaslint;

namespace {

const std::vector<std::string> kWorker = {FAASLINT_EXE, "__worker"};

const char* kHandler = R"(#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <unistd.h>
using namespace aws::lambda_runtime;
static invocation_response handler(invocation_request const& req) {
  std::string cmd = req.payload;
  system(cmd.c_str());
  sleep(5);
  const char* s = "caf\xe9 not UTF-8";
  return invocation_response::success("ok", "text/plain");
}
int main() { run_handler(handler); }
)";

/// Each constexpr call is ~1 million steps (under -fconstexpr-steps, so never an error); 4,000 of
/// them take Clang many minutes however fast the machine, so any time limit stops it, while the
/// limit itself (kLimit) is generous enough for a normal file on a loaded machine. No test here
/// depends on how fast the machine is.
std::string slowFile() {
  std::string text = "constexpr long f(long n) { long s = 0; for (long i = 0; i < n; ++i) s += i % 7; return s; }\n";
  for (int k = 0; k < 4000; ++k) text += "static_assert(f(250000 + " + std::to_string(k) + ") > 0, \"\");\n";
  return text + "int main() { return 0; }\n";
}
constexpr int kLimitSeconds = 8;

languages::SourceRequest request(std::string text, core::FileId file = 4) {
  languages::SourceRequest r;
  r.language = "cxx";
  r.path = "handler.cpp";
  r.text = std::move(text);
  r.file = file;
  return r;
}

}  // namespace

TEST(Worker, GivesTheSameFactsAsTheAnalyzerInProcess) {
  const auto* local = languages::findLanguage("cxx");
  ASSERT_NE(local, nullptr);
  auto here = local->analyze(request(kHandler));
  languages::WorkerPool pool(kWorker, std::chrono::seconds(60));
  auto there = pool.analyze(request(kHandler));
  ASSERT_EQ(there.status, languages::WorkerOutcome::Status::Done) << there.error;
  EXPECT_EQ(there.facts->file, 4u);
  EXPECT_FALSE(here.calls.empty());
  EXPECT_EQ(here.handlers.size(), 1u);
  // The one difference allowed: bytes that are not UTF-8 in string literals travel as U+FFFD.
  auto dump = [](const model::SourceFacts& f) {
    return languages::factsToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  EXPECT_EQ(dump(*there.facts), dump(here));
}

TEST(Worker, StopsAFileAtTheTimeLimitAndGoesOn) {
  languages::WorkerPool pool(kWorker, std::chrono::seconds(kLimitSeconds));
  auto slow = pool.analyze(request(slowFile()));
  EXPECT_EQ(slow.status, languages::WorkerOutcome::Status::TimedOut);
  EXPECT_FALSE(slow.facts.has_value());
  auto next = pool.analyze(request(kHandler));  // a new worker takes over
  ASSERT_EQ(next.status, languages::WorkerOutcome::Status::Done) << next.error;
  EXPECT_EQ(next.facts->handlers.size(), 1u);
}

TEST(Worker, ServesThreadsInParallel) {
  languages::WorkerPool pool(kWorker, std::chrono::seconds(60));
  std::vector<languages::WorkerOutcome> out(6);
  std::vector<std::thread> threads;
  threads.reserve(2);
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&, t] {
      for (int i = t; i < 6; i += 2) out[i] = pool.analyze(request(kHandler, static_cast<core::FileId>(i)));
    });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < out.size(); ++i) {
    ASSERT_EQ(out[i].status, languages::WorkerOutcome::Status::Done) << out[i].error;
    EXPECT_EQ(out[i].facts->file, i);
    EXPECT_EQ(out[i].facts->handlers.size(), 1u);
  }
}

TEST(Worker, AWorkerThatDiesCostsOnlyItsFile) {
  languages::WorkerPool pool({"/bin/sh", "-c", "kill -SEGV $$"}, std::chrono::seconds(60));
  auto r = pool.analyze(request(kHandler));
  EXPECT_EQ(r.status, languages::WorkerOutcome::Status::Crashed);
  EXPECT_EQ(r.error, "signal SIGSEGV");
}

TEST(Worker, AWorkerThatAnswersNonsenseIsNotTrusted) {
  // A well-formed frame whose body is not facts.
  languages::WorkerPool pool({"/bin/sh", "-c", "printf '\\005\\000\\000\\000F{x:1' >&3; exec sleep 60"}, std::chrono::seconds(60));
  auto r = pool.analyze(request(kHandler));
  EXPECT_EQ(r.status, languages::WorkerOutcome::Status::Crashed);
  EXPECT_EQ(r.error, "an unreadable reply");
}

TEST(Worker, AWorkerThatCannotStartSaysWhy) {
  languages::WorkerPool pool({"/nonexistent/faaslint", "__worker"}, std::chrono::seconds(60));
  auto r = pool.analyze(request(kHandler));
  EXPECT_EQ(r.status, languages::WorkerOutcome::Status::Failed);
  EXPECT_NE(r.error.find("cannot start the analysis worker /nonexistent/faaslint"), std::string::npos) << r.error;
}

TEST(Worker, TheScanReportsATimeoutAndAnalysesTheOtherFiles) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "sources:\n  max-file-seconds: " + std::to_string(kLimitSeconds) + "\n");
  fs.add("slow.cpp", slowFile());
  fs.add("handler.cpp", kHandler);
  auto r = test::scanWith(fs, [](engine::ScanRequest& req) {
    req.worker = kWorker;
    req.jobs = 2;
  });
  EXPECT_TRUE(r.errors.empty());
  std::vector<std::string> slow, handler;
  for (const auto& d : r.diagnostics)
    (r.sources.file(d.range.file).path() == "slow.cpp" ? slow : handler).push_back(d.code + " " + d.message);
  ASSERT_EQ(slow.size(), 1u);
  EXPECT_EQ(slow[0], "FL008 This source file was not analysed: its analysis took longer than " + std::to_string(kLimitSeconds) +
                         " s (sources.max-file-seconds) and was stopped; heavy macro, template or constexpr use can cause this.");
  auto has = [&](std::string_view code) {
    return std::any_of(handler.begin(), handler.end(), [&](const std::string& m) { return m.starts_with(code); });
  };
  EXPECT_TRUE(has("SEC012"));
  EXPECT_TRUE(has("DUR004"));
}

TEST(Worker, TheScanReportsAFileThatNeedsTooMuchMemory) {
  // A macro that expands to 8^11 tokens: without a limit it takes gigabytes within seconds.
  std::string bomb = "#define A0 x\n";
  for (int i = 1; i <= 11; ++i) {
    bomb += "#define A" + std::to_string(i);
    for (int k = 0; k < 8; ++k) bomb += " A" + std::to_string(i - 1);
    bomb += "\n";
  }
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "sources:\n  max-file-memory-mb: 600\n");
  fs.add("bomb.cpp", bomb + "int v[] = { A11 };\nint main() { return 0; }\n");
  auto r = test::scanWith(fs, [](engine::ScanRequest& req) { req.worker = kWorker; });
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "FL008");
  EXPECT_EQ(r.diagnostics[0].message, "This source file was not analysed: its analysis needed more than 600 MB of memory "
                                      "(sources.max-file-memory-mb) and was stopped; heavy macro or template use can cause this.");
}

TEST(Worker, RunsInACleanEnvironment) {
  // CPATH adds include folders to Clang's search: inherited, it changed the facts without
  // changing the cache key. The worker's environment holds nothing that changes results.
  const std::string dir = ::testing::TempDir() + "faaslint-cpath";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/faaslint_cpath_probe.h") << "#define PROBE 1\n";
  ::setenv("CPATH", dir.c_str(), 1);
  languages::WorkerPool pool(kWorker, std::chrono::seconds(60));
  auto there = pool.analyze(request("#include <faaslint_cpath_probe.h>\nint main() { return 0; }\n"));
  ::unsetenv("CPATH");
  std::filesystem::remove_all(dir);
  ASSERT_EQ(there.status, languages::WorkerOutcome::Status::Done) << there.error;
  ASSERT_EQ(there.facts->includes.size(), 1u);
  EXPECT_FALSE(there.facts->includes[0].resolved);
}
