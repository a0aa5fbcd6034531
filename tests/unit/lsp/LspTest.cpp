// The language server: framing, positions in the client's encoding, the overlay of unsaved
// buffers, and the protocol as a client drives it (synchronously, so no test waits on a clock).
#include <gtest/gtest.h>
#include <sstream>

#include "../TestSupport.h"
#include "lsp/Positions.h"
#include "lsp/Server.h"
#include "lsp/Transport.h"

using namespace faaslint;
using json = nlohmann::json;

namespace {

std::string framed(const std::string& body) { return lsp::frame(body); }

// ---- transport ----------------------------------------------------------------------------

TEST(LspTransport, ReadsFramedMessagesWhateverTheHeaderCaseAndExtraHeaders) {
  std::istringstream in(framed(R"({"a":1})") +
                        "content-length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"b\":2}");
  lsp::Transport t(in, [](std::string_view) { return true; });
  auto first = t.read();
  ASSERT_EQ(first.kind, lsp::Incoming::Kind::Message);
  EXPECT_EQ(first.body, R"({"a":1})");
  auto second = t.read();
  ASSERT_EQ(second.kind, lsp::Incoming::Kind::Message);
  EXPECT_EQ(second.body, R"({"b":2})");
  EXPECT_EQ(t.read().kind, lsp::Incoming::Kind::End);
}

TEST(LspTransport, BrokenFramingIsReportedNotGuessed) {
  struct Case {
    std::string input, error;
  };
  for (const auto& c : std::vector<Case>{{"Content-Type: x\r\n\r\n{}", "no Content-Length"},
                                         {"Content-Length: ten\r\n\r\n{}", "not a number"},
                                         {"Content-Length: 99\r\n\r\n{}", "ended after 2 of a message's 99 bytes"},
                                         {"Content-Length: 999999999999\r\n\r\n", "larger than"},
                                         {"hello\r\n\r\n", "is not a header"},
                                         {"Content-Length: 2\r\n", "ended inside a message's headers"}}) {
    std::istringstream in(c.input);
    lsp::Transport t(in, [](std::string_view) { return true; });
    auto m = t.read();
    EXPECT_EQ(m.kind, lsp::Incoming::Kind::Broken) << c.input;
    EXPECT_NE(m.error.find(c.error), std::string::npos) << m.error;
  }
}

TEST(LspTransport, WritesOneFrameWithTheBodyLengthInBytes) {
  std::istringstream in;
  std::string out;
  lsp::Transport t(in, [&](std::string_view f) {
    out += f;
    return true;
  });
  ASSERT_TRUE(t.write(json{{"m", "é"}}));
  EXPECT_EQ(out, "Content-Length: 10\r\n\r\n{\"m\":\"é\"}");
  // Bytes that are not UTF-8 (from a scanned file) are replaced, never a failed reply.
  out.clear();
  ASSERT_TRUE(t.write(json{{"m", std::string("a\xff")}}));
  EXPECT_NE(out.find("a\xEF\xBF\xBD"), std::string::npos);
}

// ---- positions ----------------------------------------------------------------------------

TEST(LspPositions, ColumnsCountUtf16UnitsOrBytesAsNegotiated) {
  // "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
  const core::SourceFile file("a.yaml", "x: 1\nname: é😀 # Timeout\n");
  const auto at = static_cast<std::uint32_t>(file.text().find("Timeout"));
  EXPECT_EQ(lsp::toPosition(file, at, lsp::Encoding::Utf16), (lsp::Position{1, 12}));
  EXPECT_EQ(lsp::toPosition(file, at, lsp::Encoding::Utf8), (lsp::Position{1, 15}));
  // And back.
  EXPECT_EQ(lsp::offsetOf(file.text(), {1, 12}, lsp::Encoding::Utf16), at);
  EXPECT_EQ(lsp::offsetOf(file.text(), {1, 15}, lsp::Encoding::Utf8), at);
}

TEST(LspPositions, BufferOffsetsAndPositionsAreInverse) {
  const std::string text = "a: 1\nname: é😀 x\n\nlast";
  for (const auto encoding : {lsp::Encoding::Utf16, lsp::Encoding::Utf8})
    for (std::size_t at : {std::size_t{0}, std::size_t{4}, std::size_t{5}, text.find('x'), text.find("last"), text.size()})
      EXPECT_EQ(lsp::offsetOf(text, lsp::positionIn(text, at, encoding), encoding), at) << at;
  EXPECT_EQ(lsp::positionIn(text, text.find('x'), lsp::Encoding::Utf16), (lsp::Position{1, 10}));
  EXPECT_EQ(lsp::positionIn(text, text.size() + 5, lsp::Encoding::Utf16), (lsp::Position{3, 4}));
}

TEST(LspPositions, OffsetsClampAsTheProtocolSays) {
  const std::string text = "ab\r\ncd😀e\n";
  EXPECT_EQ(lsp::offsetOf(text, {0, 99}, lsp::Encoding::Utf16), 2u);  // end of the line, before \r\n
  EXPECT_EQ(lsp::offsetOf(text, {9, 0}, lsp::Encoding::Utf16), text.size());  // past the last line
  EXPECT_EQ(lsp::offsetOf(text, {1, 3}, lsp::Encoding::Utf16), 6u);  // between the emoji's two units: its start
  EXPECT_EQ(lsp::offsetOf(text, {1, 4}, lsp::Encoding::Utf16), 10u);
  EXPECT_EQ(lsp::offsetOf(text, {1, 4}, lsp::Encoding::Utf8), 6u);  // inside the emoji's bytes: its start
}

TEST(LspPositions, FileUrisRoundTrip) {
  EXPECT_EQ(lsp::uriToPath("file:///home/me/my%20project/t%C3%A9mplate.yaml"), "/home/me/my project/témplate.yaml");
  EXPECT_EQ(lsp::uriToPath("FILE://localhost/a/b"), "/a/b");
  EXPECT_EQ(lsp::uriToPath("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(lsp::uriToPath("file://server/share/x"), std::nullopt);
  EXPECT_EQ(lsp::uriToPath("file:///a%00b"), std::nullopt);
  EXPECT_EQ(lsp::pathToUri("/home/me/my project/témplate.yaml"), "file:///home/me/my%20project/t%C3%A9mplate.yaml");
  EXPECT_EQ(lsp::uriToPath(lsp::pathToUri("/a/#b?c%d")), "/a/#b?c%d");
}

// ---- overlay --------------------------------------------------------------------------------

TEST(OverlayFileSystem, BuffersReplaceAndAddFilesAsTheScanSeesThem) {
  core::InMemoryFileSystem disk;
  disk.add("app/template.yaml", "on disk");
  disk.add("app/src/a.py", "a");
  core::OverlayFileSystem fs(disk);
  fs.add("./app/template.yaml", "edited");
  fs.add("app/src/new.py", "not saved yet");
  fs.add("app/docs/new/x.py", "in a folder not on disk");
  EXPECT_EQ(*fs.read("app/template.yaml", 100).text, "edited");
  EXPECT_EQ(*fs.read("app/src/a.py", 100).text, "a");
  EXPECT_FALSE(fs.read("app/template.yaml", 3).text);  // the limit holds for buffers too
  EXPECT_EQ(fs.kind("app/src/new.py"), core::FileKind::Regular);
  EXPECT_EQ(fs.kind("app/docs"), core::FileKind::Directory);
  std::vector<std::string> names;
  for (const auto& e : fs.list("app/src")) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"a.py", "new.py"}));
  names.clear();
  for (const auto& e : fs.list("app")) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"docs", "src", "template.yaml"}));
  EXPECT_EQ(fs.realPath("app/src/new.py"), "/app/src/new.py");
}

// ---- the server -------------------------------------------------------------------------------

const std::string kTemplate = R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Hook:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Tracing: Active
      FunctionUrlConfig:
        AuthType: NONE
)";

/// A client that talks to a synchronous server over memory and keeps what it is sent.
class Client {
 public:
  explicit Client(core::InMemoryFileSystem& fs) : fs_(fs) {}

  void send(const json& m) { server_.handle(m.dump()); }
  void sendRaw(const std::string& body) { server_.handle(body); }
  json request(const std::string& method, json params) {
    const int id = next_++;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
    for (auto it = out_.rbegin(); it != out_.rend(); ++it)
      if (it->contains("id") && (*it)["id"] == id) return *it;
    ADD_FAILURE() << "no reply to " << method;
    return {};
  }
  void notify(const std::string& method, json params) { send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}); }
  json initialize(json capabilities = json::object()) {
    auto r = request("initialize", {{"rootUri", "file:///proj"}, {"capabilities", std::move(capabilities)}});
    notify("initialized", json::object());
    return r;
  }
  void open(const std::string& path, const std::string& text, int version = 1) {
    notify("textDocument/didOpen", {{"textDocument", {{"uri", uri(path)}, {"languageId", "yaml"}, {"version", version}, {"text", text}}}});
  }
  /// The code actions offered on a published diagnostic's range (the whole reply).
  json codeActions(const std::string& path, const json& diagnostic) {
    return request("textDocument/codeAction",
                   {{"textDocument", {{"uri", uri(path)}}}, {"range", diagnostic["range"]}, {"context", {{"diagnostics", json::array()}}}});
  }
  /// A change that replaces the whole buffer, as an editor without incremental sync sends it.
  void replaceText(const std::string& path, int version, const std::string& text) {
    notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri(path)}, {"version", version}}}, {"contentChanges", {{{"text", text}}}}});
  }
  /// The last diagnostics published for a file; fails when none were.
  json diagnostics(const std::string& path) const {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it)
      if (it->value("method", "") == "textDocument/publishDiagnostics" && (*it)["params"]["uri"] == uri(path))
        return (*it)["params"]["diagnostics"];
    ADD_FAILURE() << "nothing published for " << path;
    return json::array();
  }
  std::vector<std::string> codes(const std::string& path) const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics(path)) out.push_back(d["code"]);
    return out;
  }
  json find(const std::string& path, const std::string& code) const {
    for (const auto& d : diagnostics(path))
      if (d["code"] == code) return d;
    ADD_FAILURE() << code << " not published for " << path;
    return {};
  }
  static std::string uri(const std::string& path) { return "file:///proj/" + path; }
  std::vector<json>& sent() { return out_; }

 private:
  static engine::RuleTable const& table() { return rules::table(); }
  core::InMemoryFileSystem& fs_;
  core::FixedClock clock_{{2026, 11, 27}};
  std::istringstream in_;
  std::vector<json> out_;
  lsp::Transport transport_{in_, [this](std::string_view f) {
                              out_.push_back(json::parse(f.substr(f.find("\r\n\r\n") + 4)));
                              return true;
                            }};
  lsp::Server server_{table(), fs_, clock_, transport_, [] {
                        lsp::ServerOptions o;
                        o.synchronous = true;
                        o.jobs = 1;
                        return o;
                      }()};
  int next_ = 1;

 public:
  lsp::Server& server() { return server_; }
};

/// The code action whose title starts with `prefix`, or null.
json titled(const json& actions, const std::string& prefix) {
  for (const auto& a : actions)
    if (a["title"].get<std::string>().starts_with(prefix)) return a;
  return nullptr;
}

/// Applies a code action's edits for one file to its text, as an editor does.
std::string applyEdits(std::string text, const json& edits) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::vector<std::string> texts;
  for (const auto& e : edits) {
    spans.emplace_back(lsp::offsetOf(text, {e["range"]["start"]["line"], e["range"]["start"]["character"]}, lsp::Encoding::Utf16),
                       lsp::offsetOf(text, {e["range"]["end"]["line"], e["range"]["end"]["character"]}, lsp::Encoding::Utf16));
    texts.push_back(e["newText"]);
  }
  for (std::size_t i = spans.size(); i-- > 0;) text.replace(spans[i].first, spans[i].second - spans[i].first, texts[i]);
  return text;
}

TEST(LspServer, LifecycleAndErrorsFollowTheProtocol) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  // Before initialize: requests are refused, notifications dropped.
  EXPECT_EQ(c.request("textDocument/hover", json::object())["error"]["code"], -32002);
  c.open("template.yaml", kTemplate);
  EXPECT_EQ(c.sent().size(), 1u);
  auto init = c.initialize();
  EXPECT_EQ(init["result"]["capabilities"]["positionEncoding"], "utf-16");
  EXPECT_EQ(init["result"]["capabilities"]["textDocumentSync"]["change"], 2);
  EXPECT_EQ(c.request("initialize", json::object())["error"]["code"], -32600);
  EXPECT_EQ(c.request("workspace/symbol", json::object())["error"]["code"], -32601);
  // Malformed input is answered, and the server goes on.
  c.sendRaw("{not json");
  EXPECT_EQ(c.sent().back()["error"]["code"], -32700);
  EXPECT_TRUE(c.sent().back()["id"].is_null());
  c.sendRaw("[1,2]");
  EXPECT_EQ(c.sent().back()["error"]["code"], -32600);
  EXPECT_EQ(c.request("textDocument/hover", {{"textDocument", 5}})["error"]["code"], -32602);
  const auto before = c.sent().size();
  c.notify("$/setTrace", {{"value", "verbose"}});
  c.notify("$/cancelRequest", {{"id", 3}});
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", Client::uri("never-opened.yaml")}, {"version", 2}}}, {"contentChanges", json::array()}});
  EXPECT_EQ(c.sent().size(), before);  // notifications are never answered
  EXPECT_TRUE(c.request("shutdown", nullptr)["result"].is_null());
  EXPECT_EQ(c.request("textDocument/hover", json::object())["error"]["code"], -32600);
  EXPECT_FALSE(c.server().exited());
  c.notify("exit", nullptr);
  EXPECT_TRUE(c.server().exited());
  EXPECT_EQ(c.server().exitCode(), 0);
}

TEST(LspServer, ExitWithoutShutdownIsAnError) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  c.notify("exit", nullptr);
  EXPECT_TRUE(c.server().exited());
  EXPECT_EQ(c.server().exitCode(), 1);
}

TEST(LspServer, PublishesTheBufferFindingsAndFollowsIncrementalEdits) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", "Resources: {}\n");  // the disk says nothing; the buffer counts
  fs.add("app.py", "def handler(event, context):\n    return {}\n");
  Client c(fs);
  c.initialize();
  c.open("template.yaml", kTemplate);
  auto d = c.find("template.yaml", "SEC005");
  EXPECT_EQ(d["range"]["start"], (json{{"line", 9}, {"character", 18}}));
  EXPECT_EQ(d["severity"], 1);
  EXPECT_EQ(d["source"], "faaslint");
  EXPECT_NE(d["codeDescription"]["href"].get<std::string>().find("public-function-url.md"), std::string::npos);
  EXPECT_NE(d["message"].get<std::string>().find("AuthType NONE"), std::string::npos);
  EXPECT_EQ(c.sent().back()["params"]["version"], 1);

  // NONE -> AWS_IAM, as an editor sends a keystroke's change.
  c.notify(
      "textDocument/didChange",
      {{"textDocument", {{"uri", Client::uri("template.yaml")}, {"version", 2}}},
       {"contentChanges",
        {{{"range", {{"start", {{"line", 9}, {"character", 18}}}, {"end", {{"line", 9}, {"character", 22}}}}}, {"text", "AWS_IAM"}}}}});
  auto codes = c.codes("template.yaml");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "SEC005"), 0);
  EXPECT_EQ(c.sent().back()["params"]["version"], 2);

  // Closing clears what was published.
  c.notify("textDocument/didClose", {{"textDocument", {{"uri", Client::uri("template.yaml")}}}});
  EXPECT_TRUE(c.diagnostics("template.yaml").empty());
}

TEST(LspServer, AFindingThatNeedsBothSidesFollowsEitherEdit) {
  // The handler is one only because the manifest names it (`Handler: thumbnails.make`): its
  // command injection is reported in the handler's buffer, and goes when the manifest names
  // another function.
  core::InMemoryFileSystem fs;
  const std::string manifest = R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Thumbnails:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/
      Handler: thumbnails.make
      Runtime: python3.12
      Tracing: Active
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: uploads
            Events: s3:ObjectCreated:*
)";
  const std::string handler = R"(import os


def make(notification, _):
    key = notification["Records"][0]["s3"]["object"]["key"]
    os.system("convert /tmp/{} /tmp/thumb.png".format(key))
)";
  fs.add("template.yaml", manifest);
  fs.add("functions/thumbnails.py", handler);
  Client c(fs);
  c.initialize();
  c.open("functions/thumbnails.py", handler);
  auto d = c.find("functions/thumbnails.py", "SEC012");
  EXPECT_EQ(d["range"]["start"]["line"], 5);
  c.open("template.yaml", manifest);
  // The manifest's buffer names another function: the handler's finding goes.
  std::string edited = manifest;
  edited.replace(edited.find("thumbnails.make"), 15, "thumbnails.other");
  c.replaceText("template.yaml", 2, edited);
  auto codes = c.codes("functions/thumbnails.py");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "SEC012"), 0);
  // And back, by editing the handler's buffer instead: `other` now runs the command.
  std::string renamed = handler;
  renamed.replace(renamed.find("def make"), 8, "def other");
  c.notify("textDocument/didChange", {{"textDocument", {{"uri", Client::uri("functions/thumbnails.py")}, {"version", 2}}},
                                      {"contentChanges", {{{"text", renamed}}}}});
  c.find("functions/thumbnails.py", "SEC012");
}

TEST(LspServer, ColumnsFollowTheNegotiatedEncoding) {
  core::InMemoryFileSystem fs;
  std::string text = kTemplate;
  const std::string block = "FunctionUrlConfig:\n        AuthType: NONE";
  text.replace(text.find(block), block.size(), "FunctionUrlConfig: {Note: \"é😀\", AuthType: NONE}");
  for (const bool utf8 : {false, true}) {
    Client c(fs);
    auto init = c.initialize(utf8 ? json{{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}} : json::object());
    EXPECT_EQ(init["result"]["capabilities"]["positionEncoding"], utf8 ? "utf-8" : "utf-16");
    c.open("template.yaml", text);
    // `      FunctionUrlConfig: {Note: "é😀", AuthType: NONE}`: NONE starts after 52 bytes, 49 units.
    EXPECT_EQ(c.find("template.yaml", "SEC005")["range"]["start"], (json{{"line", 8}, {"character", utf8 ? 52 : 49}})) << text;
  }
}

TEST(LspServer, QuickFixAddsASuppressionCommentThatClearsTheFinding) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  c.open("template.yaml", kTemplate);
  auto d = c.find("template.yaml", "SEC005");
  auto actions = c.codeActions("template.yaml", d);
  json suppress;
  for (const auto& a : actions["result"])
    if (a["title"].get<std::string>().find("Suppress SEC005") != std::string::npos) suppress = a;
  ASSERT_FALSE(suppress.is_null()) << actions.dump();
  EXPECT_EQ(suppress["kind"], "quickfix");
  const std::string fixed = applyEdits(kTemplate, suppress["edit"]["changes"][Client::uri("template.yaml")]);
  EXPECT_NE(fixed.find("      FunctionUrlConfig:\n        # faaslint: ignore[SEC005] TODO say why this finding is acceptable here\n        "
                       "AuthType: NONE\n"),
            std::string::npos)
      << fixed;
  c.replaceText("template.yaml", 2, fixed);
  auto codes = c.codes("template.yaml");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "SEC005"), 0);
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "FL007"), 0);
}

TEST(LspServer, ARuleFixIsOfferedFirstAndApplies) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  std::string text = kTemplate;
  text.replace(text.find("Tracing: Active"), 15, "Tracing: PassThrough");
  c.open("template.yaml", text);
  auto d = c.find("template.yaml", "OPS002");
  auto actions = c.codeActions("template.yaml", d);
  ASSERT_EQ(actions["result"].size(), 2u) << actions.dump();
  const auto& fix = actions["result"][0];
  EXPECT_EQ(fix["title"], "Set tracing to Active (was PassThrough)");
  EXPECT_TRUE(fix["isPreferred"]);
  const std::string fixed = applyEdits(text, fix["edit"]["changes"][Client::uri("template.yaml")]);
  EXPECT_EQ(fixed, kTemplate);
  c.replaceText("template.yaml", 2, fixed);
  auto codes = c.codes("template.yaml");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "OPS002"), 0);
}

TEST(LspServer, ASecondSuppressionJoinsTheCommentAbove) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  std::string text = kTemplate;
  text.replace(text.find("      Runtime: python3.12"), 25, "      # faaslint: ignore[DUR001] reason\n      Runtime: python3.7");
  c.open("template.yaml", text);
  auto d = c.find("template.yaml", "SEC011");
  auto actions = c.codeActions("template.yaml", d);
  ASSERT_EQ(actions["result"].size(), 1u) << actions.dump();
  const std::string fixed = applyEdits(text, actions["result"][0]["edit"]["changes"][Client::uri("template.yaml")]);
  EXPECT_NE(fixed.find("# faaslint: ignore[DUR001,SEC011] reason\n      Runtime: python3.7"), std::string::npos) << fixed;
  EXPECT_EQ(d["tags"], json({2}));  // deprecated
}

TEST(LspServer, JsonTemplatesAreSuppressedInTheConfiguration) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "# team settings\nignore:\n  - path: \"old/*\"\n    codes: [SEC011]\n    reason: retired\n");
  const std::string json_template =
      R"({"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.12", "ReservedConcurrentExecutions": 5}},
  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"TargetFunctionArn": {"Ref": "Fn"}, "AuthType": "NONE"}}}})";
  Client c(fs);
  c.initialize();
  c.open("template.json", json_template);
  auto d = c.find("template.json", "SEC005");
  auto actions = c.codeActions("template.json", d);
  ASSERT_EQ(actions["result"].size(), 1u) << actions.dump();
  const auto& edits = actions["result"][0]["edit"]["changes"][Client::uri(".faaslint.yaml")];
  const std::string config = applyEdits(*fs.read(".faaslint.yaml", 1000).text, edits);
  EXPECT_EQ(config, "# team settings\nignore:\n  - path: \"template.json\"\n    codes: [SEC005]\n    reason: TODO say why this finding is "
                    "acceptable here\n"
                    "  - path: \"old/*\"\n    codes: [SEC011]\n    reason: retired\n");
  // Saved, the configuration is read again and the finding goes.
  fs.add(".faaslint.yaml", config);
  c.notify("textDocument/didSave", {{"textDocument", {{"uri", Client::uri(".faaslint.yaml")}}}});
  auto codes = c.codes("template.json");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "SEC005"), 0);
}

TEST(LspServer, WithoutAConfigurationTheEntryCreatesOneWhenTheClientCan) {
  core::InMemoryFileSystem fs;
  const std::string json_template =
      R"({"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.12", "ReservedConcurrentExecutions": 5}},
  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"TargetFunctionArn": {"Ref": "Fn"}, "AuthType": "NONE"}}}})";
  for (const bool canCreate : {false, true}) {
    Client c(fs);
    c.initialize(canCreate ? json{{"workspace", {{"workspaceEdit", {{"resourceOperations", {"create"}}}}}}} : json::object());
    c.open("template.json", json_template);
    auto d = c.find("template.json", "SEC005");
    auto actions = c.codeActions("template.json", d);
    ASSERT_EQ(actions["result"].size(), canCreate ? 1u : 0u) << actions.dump();
    if (!canCreate) continue;
    const auto& changes = actions["result"][0]["edit"]["documentChanges"];
    EXPECT_EQ(changes[0]["kind"], "create");
    EXPECT_EQ(applyEdits("", changes[1]["edits"]),
              "ignore:\n  - path: \"template.json\"\n    codes: [SEC005]\n    reason: TODO say why this finding is acceptable here\n");
  }
}

TEST(LspServer, HoverShowsTheRulePage) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  c.open("template.yaml", kTemplate);
  auto d = c.find("template.yaml", "SEC005");
  auto hover =
      c.request("textDocument/hover", {{"textDocument", {{"uri", Client::uri("template.yaml")}}}, {"position", d["range"]["start"]}});
  EXPECT_EQ(hover["result"]["contents"]["kind"], "markdown");
  // Every finding there has its page: the URL is also COST002's (denial of wallet).
  const std::string pages = hover["result"]["contents"]["value"];
  EXPECT_NE(pages.find(engine::findRule(rules::table(), "SEC005")->documentation()), std::string::npos);
  EXPECT_NE(pages.find(engine::findRule(rules::table(), "COST002")->documentation()), std::string::npos);
  EXPECT_NE(pages.find("\n\n---\n\n"), std::string::npos);
  EXPECT_EQ(hover["result"]["range"], d["range"]);
  auto nothing = c.request("textDocument/hover",
                           {{"textDocument", {{"uri", Client::uri("template.yaml")}}}, {"position", {{"line", 0}, {"character", 0}}}});
  EXPECT_TRUE(nothing["result"].is_null());
}

TEST(LspServer, ADocumentThatDoesNotParseIsADiagnostic) {
  core::InMemoryFileSystem fs;
  Client c(fs);
  c.initialize();
  c.open("template.yaml", "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: [1, \n");
  auto d = c.find("template.yaml", "FL000");
  EXPECT_EQ(d["severity"], 1);
  // And a burst of edits to it leaves the server answering.
  for (int v = 2; v < 200; ++v)
    c.notify("textDocument/didChange",
             {{"textDocument", {{"uri", Client::uri("template.yaml")}, {"version", v}}},
              {"contentChanges",
               {{{"range", {{"start", {{"line", 3}, {"character", 0}}}, {"end", {{"line", 3}, {"character", 0}}}}}, {"text", "#"}}}}});
  EXPECT_EQ(c.sent().back()["params"]["version"], 199);
  EXPECT_TRUE(c.request("shutdown", nullptr)["result"].is_null());
}

TEST(LspServer, ConfigurationProblemsAppearInItsBufferAndReloadOnSave) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "rules:\n  SEC005: off\n  NOPE01: off\n");
  Client c(fs);
  c.initialize();
  c.open("template.yaml", kTemplate);
  auto codes = c.codes("template.yaml");
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "SEC005"), 0);
  // Not open yet: the bad key is logged (once), not silent.
  auto logged = std::count_if(c.sent().begin(), c.sent().end(), [](const json& m) {
    return m.value("method", "") == "window/logMessage" &&
           m["params"]["message"].get<std::string>().find(".faaslint.yaml:3: ") != std::string::npos;
  });
  EXPECT_EQ(logged, 1);
  c.open(".faaslint.yaml", *fs.read(".faaslint.yaml", 1000).text);
  EXPECT_EQ(c.find(".faaslint.yaml", "FL001")["range"]["start"]["line"], 2);
  fs.add(".faaslint.yaml", "rules:\n  SEC010: off\n");
  c.notify("textDocument/didSave", {{"textDocument", {{"uri", Client::uri(".faaslint.yaml")}}}});
  c.find("template.yaml", "SEC005");
  EXPECT_TRUE(c.diagnostics(".faaslint.yaml").empty());
}

}  // namespace
