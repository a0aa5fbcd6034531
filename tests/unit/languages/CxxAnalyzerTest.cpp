#include <gtest/gtest.h>
#include <sys/stat.h>

#include "../TestSupport.h"
#include "languages/FactsCache.h"
#include "languages/Language.h"
#include "languages/cxx/CompileCommands.h"
#include "languages/cxx/CxxAnalyzer.h"

#include <any>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace faaslint;

namespace {

model::SourceFacts analyze(const std::string& text, const std::string& path = "handler.cpp") {
  std::string error;
  languages::CxxAnalyzer* a = languages::cxxAnalyzer(error);
  EXPECT_NE(a, nullptr) << error;
  languages::CxxRequest req;
  req.path = path;
  req.text = text;
  req.file = 7;
  return a ? a->analyze(req) : model::SourceFacts{};
}

/// The handler path of a file seen on its own.
std::set<std::string> pathOf(const model::SourceFacts& f) { return model::SourceProgram({&f}).handlerPath(); }

const model::CallFact* call(const model::SourceFacts& f, std::string_view callee) {
  for (const auto& c : f.calls)
    if (c.callee == callee) return &c;
  return nullptr;
}

}  // namespace

// Clang's library, once opened, stays open, and other tests of this binary open it: the check
// runs in a new process of its own (the "threadsafe" death-test style executes the binary again
// for this test alone), so it holds however the tests are run (ctest runs each alone; running
// build/tests/faaslint_tests runs them all in one process).
TEST(CxxAnalyzer, AManifestOnlyScanNeverLoadsClang) {
  ::testing::GTEST_FLAG(death_test_style) = "threadsafe";
  EXPECT_EXIT(
      {
        core::InMemoryFileSystem fs;
        fs.add("template.yaml", "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13}\n");
        auto r = test::scanMemory(fs);
        const bool manifestOnly = r.manifests == 1u && !languages::cxxAnalyzerLoaded();
        fs.add("src/main.cpp", "int main() { return 0; }\n");
        test::scanMemory(fs);
        const bool cxxLoads = languages::cxxAnalyzerLoaded();  // and a C++ file does load it
        std::_Exit(manifestOnly ? (cxxLoads ? 0 : 2) : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(CxxAnalyzer, WorksWithoutTheSdkHeaders) {
  auto f = analyze(R"(#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
using namespace aws::lambda_runtime;
static invocation_response my_handler(invocation_request const& req) {
  std::string key = req.payload;
  Aws::S3::Model::GetObjectRequest request;
  client.GetObject(request);
  system(key.c_str());
  return invocation_response::success("ok", "text/plain");
}
int main() { run_handler(my_handler); }
)");
  ASSERT_EQ(f.includes.size(), 3u);
  EXPECT_FALSE(f.includes[0].resolved);  // served by a stand-in: the real SDK header is missing
  EXPECT_FALSE(f.includes[1].resolved);
  EXPECT_TRUE(f.includes[2].resolved);
  EXPECT_EQ(f.missingIncludes, 2u);
  EXPECT_GT(f.errors, 0u);  // the confidence signal: Aws:: is undeclared
  ASSERT_EQ(f.handlers.size(), 1u);
  EXPECT_EQ(f.handlers[0].name, "my_handler");
  EXPECT_EQ(f.handlers[0].framework, "aws-lambda-cpp");
  EXPECT_EQ(f.handlers[0].eventParam, "req");
  const auto* sys = call(f, "system");
  ASSERT_NE(sys, nullptr);
  EXPECT_TRUE(sys->resolved);
  EXPECT_EQ(sys->function, "my_handler");
  ASSERT_EQ(sys->argFromEvent.size(), 1u);
  EXPECT_TRUE(sys->argFromEvent[0]);  // req.payload -> key -> system
  const auto* get = call(f, "GetObject");  // lost by the AST, recovered from the tokens
  ASSERT_NE(get, nullptr);
  EXPECT_FALSE(get->resolved);
  EXPECT_EQ(get->function, "my_handler");
  EXPECT_TRUE(pathOf(f).count("my_handler"));
  EXPECT_FALSE(pathOf(f).count("main"));  // main registers the handler; it is not on its path
}

TEST(CxxAnalyzer, MainIsTheHandlerOfACustomRuntime) {
  auto f = analyze("#include <unistd.h>\nstatic void poll() { while (1) { sleep(1); } }\nint main() { poll(); }\n", "bootstrap.c");
  EXPECT_EQ(f.language, "c");
  ASSERT_EQ(f.handlers.size(), 1u);
  EXPECT_EQ(f.handlers[0].name, "main");
  EXPECT_TRUE(pathOf(f).count("poll"));
  ASSERT_EQ(f.loops.size(), 1u);
  EXPECT_FALSE(f.loops[0].boundedExit);
  EXPECT_EQ(f.loops[0].function, "poll");
}

TEST(CxxAnalyzer, HostileInputGivesPartialFactsNotACrash) {
  std::string deep(2000, '(');
  auto f = analyze("int main() { return " + deep + "0; }\n\x01\xff\xfe garbage }}}{{{ #include <nothing.h>\n");
  EXPECT_GT(f.errors, 0u);
  ASSERT_EQ(f.handlers.size(), 1u);
}

TEST(CxxAnalyzer, FunctionsFrameworkHandlersAreFoundByTheirSignature) {
  auto f = analyze(R"(#include <google/cloud/functions/framework.h>
namespace gcf = ::google::cloud::functions;
gcf::HttpResponse http(gcf::HttpRequest request) { return gcf::HttpResponse{}; }
void event(gcf::CloudEvent e) {}
void helper(int) {}
)");
  ASSERT_EQ(f.handlers.size(), 2u);  // no main: the buildpack generates it
  EXPECT_EQ(f.handlers[0].name, "http");
  EXPECT_EQ(f.handlers[0].framework, "functions-framework-cpp");
  EXPECT_EQ(f.handlers[0].eventParam, "request");
  EXPECT_EQ(f.handlers[1].name, "event");
  EXPECT_FALSE(pathOf(f).count("helper"));
}

TEST(FactsCache, UnchangedFilesHitChangedFilesMiss) {
  const std::string dir = ::testing::TempDir() + "faaslint-facts-cache";
  std::filesystem::remove_all(dir);
  languages::FactsCache cache(dir);
  const auto& cxx = *languages::findLanguage("cxx");
  const std::string text = "#include <unistd.h>\nint main() { while (1) sleep(1); }\n";
  auto facts = analyze(text);
  const std::string key = languages::FactsCache::key(cxx, text, {});
  EXPECT_FALSE(cache.load(key, 3, text.size()).has_value());
  cache.store(key, facts);
  auto hit = cache.load(key, 3, text.size());
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->file, 3u);  // re-homed to this run's file id
  ASSERT_EQ(hit->calls.size(), facts.calls.size());
  EXPECT_EQ(hit->calls[0].callee, facts.calls[0].callee);
  EXPECT_EQ(hit->calls[0].range.begin, facts.calls[0].range.begin);
  ASSERT_EQ(hit->loops.size(), 1u);
  EXPECT_FALSE(hit->loops[0].boundedExit);
  ASSERT_EQ(hit->handlers.size(), 1u);
  EXPECT_EQ(hit->handlers[0].name, "main");
  // Other bytes or other flags: another key.
  EXPECT_NE(languages::FactsCache::key(cxx, text + " ", {}), key);
  EXPECT_NE(languages::FactsCache::key(cxx, text, {"-DNDEBUG"}), key);
  // Facts whose ranges do not fit the file are not this file's: a miss.
  EXPECT_FALSE(cache.load(key, 3, 10).has_value());
  // A damaged entry is a miss, not an error.
  const std::string entry = dir + "/" + key + ".facts";
  std::ofstream(entry) << "damaged";
  EXPECT_FALSE(cache.load(key, 3, text.size()).has_value());
  // So is an entry that is not a regular file: a FIFO used to hang the scan, a link to
  // /dev/zero to read without end.
  std::filesystem::remove(entry);
  ASSERT_EQ(::mkfifo(entry.c_str(), 0600), 0);
  EXPECT_FALSE(cache.load(key, 3, text.size()).has_value());
  std::filesystem::remove(entry);
  std::filesystem::create_symlink("/dev/zero", entry);
  EXPECT_FALSE(cache.load(key, 3, text.size()).has_value());
  std::filesystem::remove_all(dir);
}

TEST(CompileCommands, TheNearestDatabaseGivesTheFileItsFlags) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(::testing::TempDir()) / "faaslint-compile-commands";
  fs::remove_all(root);
  fs::create_directories(root / "src" / "inc");
  std::ofstream(root / "src" / "inc" / "config.h") << "#define WAIT_SECONDS 3\n";
  std::ofstream(root / "src" / "main.cpp")
      << "#include <unistd.h>\n#include \"config.h\"\nint main() {\n#ifdef SLEEPY\n  sleep(WAIT_SECONDS);\n#endif\n}\n";
  auto scanRoot = [&] {
    core::RealFileSystem real;
    // The database is found above the file, inside the scanned tree.
    return test::scanWith(real, [&](engine::ScanRequest& req) { req.paths = {root.string()}; });
  };
  auto without = scanRoot();
  EXPECT_TRUE(std::none_of(without.diagnostics.begin(), without.diagnostics.end(), [](const auto& d) { return d.code == "DUR004"; }));
  // Relative -I against "directory", -D from "command": the build's view of the file.
  std::ofstream(root / "compile_commands.json")
      << R"([{"directory": ")" << root.string()
      << R"(", "file": "src/main.cpp", "command": "c++ -DSLEEPY -Isrc/inc -c src/main.cpp -o main.o"}])";
  auto with = scanRoot();
  auto it = std::find_if(with.diagnostics.begin(), with.diagnostics.end(), [](const auto& d) { return d.code == "DUR004"; });
  ASSERT_NE(it, with.diagnostics.end());
  EXPECT_EQ(with.sources.begin(it->range).line, 5u);
  fs::remove_all(root);
}

TEST(CompileCommands, FlagsAreFilteredAndPathsMadeAbsolute) {
  std::string error;
  auto db = languages::CompileCommands::parse(
      R"([{"directory": "/b", "file": "x.cc", "arguments": ["g++", "-I", "inc", "-isystem", "/usr/x", "-DA=1", "-O2", "-std=c++20", "-o", "x.o", "-c", "x.cc"]}])",
      "/ignored", error);
  ASSERT_TRUE(db.has_value()) << error;
  auto flags = db->flagsFor("/b/x.cc");
  ASSERT_TRUE(flags.has_value());
  EXPECT_EQ(*flags, (std::vector<std::string>{"-I", "/b/inc", "-isystem", "/usr/x", "-DA=1", "-std=c++20"}));
  EXPECT_FALSE(db->flagsFor("/b/y.cc").has_value());
  EXPECT_FALSE(languages::CompileCommands::parse("{}", "/", error).has_value());
}

TEST(CompileCommands, NoFlagThatWritesFilesOrLoadsCodeReachesTheAnalyzer) {
  // A database inside the scanned tree is a stranger's input: -fmodules-cache-path made the worker
  // write files wherever it named, -fplugin and -Xclang -load would load code.
  std::string error;
  auto db = languages::CompileCommands::parse(
      R"([{"directory": "/b", "file": "x.cc", "arguments": ["g++", "-fmodules-cache-path=/tmp/anywhere", "-fmodules", "-fplugin=/x.so",
           "-Xclang", "-load", "-Xclang", "/y.so", "-MF", "/tmp/deps", "-save-temps", "--config", "/z.cfg", "-mllvm", "-debug",
           "-fno-exceptions", "-frtti", "-m64", "-march=x86-64", "--target=x86_64-linux-gnu", "-pthread", "-fcrash-diagnostics-dir=/t",
           "-c", "x.cc"]}])",
      "/ignored", error);
  ASSERT_TRUE(db.has_value()) << error;
  EXPECT_EQ(*db->flagsFor("/b/x.cc"),
            (std::vector<std::string>{"-fno-exceptions", "-frtti", "-m64", "-march=x86-64", "--target=x86_64-linux-gnu", "-pthread"}));
}

TEST(CxxAnalyzer, HostileFilesAreBoundedAndSaySo) {
  core::InMemoryFileSystem fs;
  // Deep template recursion and runaway constexpr: stopped by the depth and step limits.
  fs.add("deep.cpp", "template <int N> struct F { static constexpr int v = F<N - 1>::v + 1; };\n"
                     "constexpr int spin(int n) { while (true) { ++n; } return n; }\n"
                     "int a = F<100000>::v;\nconstexpr int b = spin(0);\nint main() { return a; }\n");
  // Hundreds of errors: partial facts, and a note that says so.
  std::string broken = "int main() {\n";
  for (int i = 0; i < 60; ++i) broken += "  undeclared_" + std::to_string(i) + " = ;\n";
  fs.add("broken.cpp", broken + "}\n");
  // Too big to analyse: skipped with a note.
  fs.add("generated.cpp", "int table[] = {" + std::string(3u << 20, '1') + "};\n");
  auto r = test::scanMemory(fs);
  std::map<std::string, std::string> fl008;
  for (const auto& d : r.diagnostics)
    if (d.code == "FL008") fl008[r.sources.file(d.range.file).path()] = d.message;
  EXPECT_NE(fl008["broken.cpp"].find("partial"), std::string::npos);
  EXPECT_NE(fl008["generated.cpp"].find("above the limit"), std::string::npos);
  EXPECT_TRUE(r.errors.empty());
}

TEST(CxxAnalyzer, AHandlerRegisteredThroughALambdaVariable) {
  // The shape of aws-lambda-cpp's own examples: the lambda captures a client and calls the handler.
  auto f = analyze(R"(#include <aws/lambda-runtime/runtime.h>
#include <unistd.h>
using namespace aws::lambda_runtime;
static invocation_response my_handler(invocation_request const& req, int client) { sleep(1); return invocation_response::success("", ""); }
int main() {
  int client = 0;
  auto handler_fn = [&client](invocation_request const& req) { return my_handler(req, client); };
  run_handler(handler_fn);
}
)");
  ASSERT_EQ(f.handlers.size(), 1u);
  EXPECT_EQ(f.handlers[0].eventParam, "req");
  EXPECT_TRUE(pathOf(f).count("my_handler"));  // reached through the lambda's call
}

TEST(Linking, CustomRuntimesAndNativeBuildsOwnTheSourcesUnderTheirCode) {
  core::InMemoryFileSystem fs;
  fs.add("app/template.yaml", R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Native:
    Type: AWS::Serverless::Function
    Metadata: {BuildMethod: makefile}
    Properties: {Runtime: provided.al2, CodeUri: ./native/, Handler: bootstrap, Tracing: Active}
  Python:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.13, CodeUri: ./py/, Handler: app.h, Tracing: Active}
)");
  const char* sleepy = "#include <unistd.h>\nint main() { sleep(5); }\n";
  fs.add("app/native/main.cpp", sleepy);
  fs.add("app/py/helper.c", sleepy);  // C under a Python function: not its code, analysed on its own
  auto r = test::scanMemory(fs);
  std::map<std::string, const core::Diagnostic*> dur004;
  for (const auto& d : r.diagnostics)
    if (d.code == "DUR004") dur004[r.sources.file(d.range.file).path()] = &d;
  ASSERT_EQ(dur004.size(), 2u);
  const auto* native = dur004["app/native/main.cpp"];
  ASSERT_EQ(native->notes.size(), 1u);  // the function in the manifest is the second place
  EXPECT_EQ(r.sources.file(native->notes[0].range.file).path(), "app/template.yaml");
  EXPECT_NE(native->message.find("lets function 'Native' run for 3 s"), std::string::npos) << native->message;
  EXPECT_TRUE(dur004["app/py/helper.c"]->notes.empty());
}

TEST(CxxAnalyzer, TheSizeLimitIsAPolicySetting) {
  core::InMemoryFileSystem fs;
  fs.add("main.cpp", "int main() { return 0; }\n// " + std::string(3000, 'x') + "\n");
  fs.add(".faaslint.yaml", "sources: {max-file-kb: 2}\n");
  auto r = test::scanMemory(fs, {"main.cpp"});
  ASSERT_EQ(test::codes(r), std::vector<std::string>{"FL008"});
  EXPECT_NE(r.diagnostics[0].message.find("above the limit of 2 KB"), std::string::npos);
  fs.add(".faaslint.yaml", "sources: {max-file-kb: lots}\n");
  EXPECT_EQ(test::codes(test::scanMemory(fs, {"main.cpp"})), std::vector<std::string>{"FL001"});
  fs.add(".faaslint.yaml", "sources: {max-file-seconds: 0}\n");  // the time limit (CxxWorkerTest) is checked alike
  EXPECT_EQ(test::codes(test::scanMemory(fs, {"main.cpp"})), std::vector<std::string>{"FL001"});
}

TEST(Linking, HelpersInOtherFilesOfTheFunctionAreOnItsPath) {
  // The handler in one file, its helpers in another: both run under the same function.
  core::InMemoryFileSystem fs;
  fs.add("app/template.yaml", R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Native:
    Type: AWS::Serverless::Function
    Properties: {Runtime: provided.al2023, CodeUri: ./src/, Handler: bootstrap, Tracing: Active}
)");
  fs.add("app/src/handler.cpp", R"(#include <aws/lambda-runtime/runtime.h>
#include <string>
using namespace aws::lambda_runtime;
void retry_with_backoff(int attempts);
int convert(const std::string& file);
static invocation_response my_handler(invocation_request const& req) {
  retry_with_backoff(3);
  convert(req.payload);
  return invocation_response::success("{}", "application/json");
}
int main() { run_handler(my_handler); }
)");
  const char* helpers = R"(#include <cstdlib>
#include <string>
#include <unistd.h>
void retry_with_backoff(int attempts) {
  for (int i = 0; i < attempts; ++i) sleep(1);
}
int convert(const std::string& file) { return std::system(("convert " + file).c_str()); }
void unused() { sleep(9); }
)";
  fs.add("app/src/helpers.cpp", helpers);
  fs.add("lone/helpers.cpp", helpers);  // the same file with no manifest: nothing calls it
  auto r = test::scanMemory(fs);
  std::map<std::string, std::vector<const core::Diagnostic*>> found;
  for (const auto& d : r.diagnostics) found[r.sources.file(d.range.file).path() + " " + d.code].push_back(&d);
  ASSERT_EQ(found["app/src/helpers.cpp DUR004"].size(), 1u);  // retry_with_backoff, not unused
  EXPECT_NE(found["app/src/helpers.cpp DUR004"][0]->message.find("'retry_with_backoff', called from handler 'my_handler'"),
            std::string::npos);
  ASSERT_EQ(found["app/src/helpers.cpp SEC012"].size(), 1u);
  const auto& notes = found["app/src/helpers.cpp SEC012"][0]->notes;
  EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [&](const core::DiagnosticNote& n) {
    return r.sources.file(n.range.file).path() == "app/src/handler.cpp" && n.message == "the event's data is passed to 'convert' here";
  }));
  EXPECT_TRUE(found["lone/helpers.cpp DUR004"].empty());
  EXPECT_TRUE(found["lone/helpers.cpp SEC012"].empty());
}

TEST(CxxAnalyzer, ErrorsFromMissingSdkHeadersDoNotMakeTheAnalysisPartial) {
  // Forty uses of names a missing SDK header would declare: expected, and the calls are still
  // recognised. Twenty-five syntax errors besides: code is lost, and the note says so.
  std::string sdk = "#include <aws/dynamodb/DynamoDBClient.h>\nint main() {\n";
  for (int i = 0; i < 40; ++i) sdk += "  Aws::DynamoDB::Model::Thing" + std::to_string(i) + " v" + std::to_string(i) + ";\n";
  std::string broken = sdk;
  for (int i = 0; i < 25; ++i) broken += "  int x" + std::to_string(i) + " = ;\n";
  core::InMemoryFileSystem fs;
  fs.add("sdk.cpp", sdk + "}\n");
  fs.add("broken.cpp", broken + "}\n");
  auto r = test::scanMemory(fs);
  std::map<std::string, std::string> fl008;
  for (const auto& d : r.diagnostics)
    if (d.code == "FL008") fl008[r.sources.file(d.range.file).path()] = d.message;
  EXPECT_FALSE(fl008.count("sdk.cpp"));
  EXPECT_NE(fl008["broken.cpp"].find("reported 25 errors besides 40 about names that 1 missing include would declare"), std::string::npos)
      << fl008["broken.cpp"];
}

TEST(CxxAnalyzer, IncludesOutsideTheReadableFoldersAreNotOpened) {
  // `#include "/abs/path"` and a link out of the tree were opened: a pull request could make the
  // analysis read any file of the machine. Outside the scan's folders (and the system's), a file
  // is missing, like an SDK header that is not installed.
  namespace fs = std::filesystem;
  const fs::path root = fs::path(::testing::TempDir()) / "faaslint-readable";
  const fs::path outside = fs::path(::testing::TempDir()) / "faaslint-outside";
  fs::remove_all(root);
  fs::remove_all(outside);
  fs::create_directories(root / "src");
  fs::create_directories(outside);
  std::ofstream(outside / "secret.h") << "int leaked();\n";
  std::ofstream(root / "src" / "own.h") << "int own();\n";
  fs::create_symlink(outside / "secret.h", root / "src" / "leak.h");
  const std::string text =
      "#include \"" + (outside / "secret.h").string() +
      "\"\n#include \"leak.h\"\n#include \"own.h\"\n#include <unistd.h>\n#include <vector>\nint main() { return 0; }\n";
  std::string error;
  languages::CxxAnalyzer* a = languages::cxxAnalyzer(error);
  ASSERT_NE(a, nullptr) << error;
  languages::CxxRequest req;
  req.path = (root / "src" / "main.cpp").string();
  req.text = text;
  req.file = 7;
  req.extraArgs = {std::string(languages::kReadableFlag) + root.string()};
  std::map<std::string, bool> resolved;
  for (const auto& inc : a->analyze(req).includes) resolved[inc.name] = inc.resolved;
  EXPECT_FALSE(resolved[(outside / "secret.h").string()]);
  EXPECT_FALSE(resolved["leak.h"]);
  EXPECT_TRUE(resolved["own.h"]);
  EXPECT_TRUE(resolved["unistd.h"]);  // the system's headers stay readable
  EXPECT_TRUE(resolved["vector"]);
  // The scan always gives the folders: the working directory and the scanned paths.
  core::RealFileSystem real;
  std::map<std::string, std::any> memo;
  const std::vector<std::string> paths = {root.string()};
  const std::string noFlagsDir;
  const languages::BuildContext context{real, paths, noFlagsDir, [](const std::string&, const std::string&) {}, memo};
  const auto flags = languages::findLanguage("cxx")->buildFlags(context, req.path);
  EXPECT_NE(std::find(flags.begin(), flags.end(), std::string(languages::kReadableFlag) + root.string()), flags.end());
  fs::remove_all(root);
  fs::remove_all(outside);
}
