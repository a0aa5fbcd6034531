#include <cstdlib>
#include <gtest/gtest.h>
#include <map>

#include "formats/Intrinsics.h"
#include "formats/serverless/ServerlessLoader.h"
#include "tests/unit/TestSupport.h"

using namespace faaslint;

namespace {

struct Loaded {
  core::SourceManager sm;
  core::FileId id;
  document::Document doc;
  formats::LoadResult r;
  explicit Loaded(std::string text, formats::VariableValues vars = {})
      : id(sm.add("serverless.yml", std::move(text))), doc(document::parseYaml(id, sm.file(id).text())), r(load(doc, std::move(vars))) {}
  static formats::LoadResult load(const document::Document& d, formats::VariableValues vars) {
    formats::ServerlessOptions o;
    o.variables = std::move(vars);
    return formats::loadServerless(d, o);
  }
  const model::Function& fn(std::string_view name) const {
    for (const auto& f : r.project.functions)
      if (f.name == name) return f;
    throw std::runtime_error("no function " + std::string(name));
  }
  std::string lineOf(const core::Range& range) const { return std::to_string(sm.begin(range).line); }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(d.code);
    return out;
  }
};

/// Resolves one string against a file, for the variable tests.
struct Resolver {
  core::SourceManager sm;
  core::FileId id;
  document::Document doc;
  std::vector<core::Diagnostic> diags;
  formats::VariableValues vars;
  explicit Resolver(std::string text, formats::VariableValues v = {})
      : id(sm.add("serverless.yml", std::move(text))), doc(document::parseYaml(id, sm.file(id).text())), vars(std::move(v)) {}
  std::string operator()(const std::string& s) {
    formats::VariableResolver r(doc.root(), vars, diags);
    std::string out, unresolved;
    if (!r.resolveString(s, out, unresolved)) return "<unknown " + unresolved + ">";
    return out;
  }
};

}  // namespace

TEST(ServerlessVariables, SelfOptSlsParamNestedAndFallbacks) {
  Resolver r(R"(service: shop
params:
  default: {memory: 1024, domain: example.com}
  prod: {memory: 4096}
custom:
  timeouts: {dev: 30, prod: 120}
  name: ${self:service}-api
provider: {name: aws, stage: "${opt:stage, 'dev'}"}
)");
  EXPECT_EQ(r("${self:service}"), "shop");
  EXPECT_EQ(r("${self:custom.name}"), "shop-api");  // a value that is itself a variable
  EXPECT_EQ(r("${sls:stage}"), "dev");  // provider.stage falls back to 'dev'
  EXPECT_EQ(r("${self:custom.timeouts.${sls:stage}}"), "30");  // nested
  EXPECT_EQ(r("${param:memory}"), "1024");  // params.default when the stage has none
  EXPECT_EQ(r("${opt:region, self:custom.missing, 'eu-west-1'}"), "eu-west-1");  // fallback chain
  EXPECT_EQ(r("https://${param:domain}/${sls:stage}"), "https://example.com/dev");  // inside a string
  EXPECT_EQ(r("${opt:nothing}"), "<unknown opt:nothing>");

  Resolver prod(r.sm.file(r.id).text().data(), {{"stage", "prod"}});
  EXPECT_EQ(prod("${sls:stage}"), "prod");
  EXPECT_EQ(prod("${param:memory}"), "4096");  // params.prod wins over params.default
  EXPECT_EQ(prod("${self:custom.timeouts.${sls:stage}}"), "120");
  EXPECT_TRUE(r.diags.empty());
}

TEST(ServerlessVariables, EnvironmentAndRemoteSourcesAreNeverRead) {
  ::setenv("FAASLINT_PLANTED_SECRET", "s3cr3t-from-ci", 1);
  Resolver r("service: x\n");
  EXPECT_EQ(r("${env:FAASLINT_PLANTED_SECRET}"), "<unknown env:FAASLINT_PLANTED_SECRET>");
  // Even with a fallback: whether the variable is set where you deploy is unknown.
  EXPECT_EQ(r("${env:FAASLINT_PLANTED_SECRET, 'fallback'}"), "<unknown env:FAASLINT_PLANTED_SECRET>");
  EXPECT_EQ(r("${ssm:/prod/db/password}"), "<unknown ssm:/prod/db/password>");
  EXPECT_EQ(r("${cf:other-stack.Output}"), "<unknown cf:other-stack.Output>");
  EXPECT_EQ(r("${file(../../etc/passwd):root}"), "<unknown file(../../etc/passwd):root>");
  EXPECT_EQ(r("${s3:bucket/key}"), "<unknown s3:bucket/key>");
  ::unsetenv("FAASLINT_PLANTED_SECRET");
}

TEST(ServerlessVariables, CycleIsALocatedErrorNamingTheChain) {
  Loaded l(R"(service: x
custom:
  a: ${self:custom.b}
  b: ${self:custom.a}
provider:
  name: aws
  memorySize: ${self:custom.a}
functions:
  f: {handler: h.f}
)");
  ASSERT_FALSE(l.r.diagnostics.empty());
  bool found = false;
  for (const auto& d : l.r.diagnostics)
    if (d.code == "FL004") {
      found = true;
      // Named from wherever resolution entered the cycle: "custom.b -> custom.a -> custom.b".
      EXPECT_NE(d.message.find("Variable cycle: custom."), std::string::npos) << d.message;
      EXPECT_NE(d.message.find("custom.a -> custom.b"), std::string::npos) << d.message;
      EXPECT_TRUE(d.range.valid());
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(l.fn("f").memoryMb.state, core::ValueState::Unknown);
}

TEST(ServerlessVariables, RunawayExpansionStopsWithOneError) {
  // Each level refers to the one below ten times: 10^12 substitutions if nothing stopped it.
  std::string text = "service: x\ncustom:\n  l0: [x]\n";
  for (int i = 1; i <= 12; ++i) {
    text += "  l" + std::to_string(i) + ": [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + std::string("\"${self:custom.l") + std::to_string(i - 1) + "}\"";
    text += "]\n";
  }
  text += "provider:\n  name: aws\n  tags: ${self:custom.l12}\nfunctions:\n  f: {handler: h.f}\n";
  Loaded l(text);
  ASSERT_TRUE(l.doc.errors().empty());
  int errors = 0;
  for (const auto& d : l.r.diagnostics) errors += d.code == "FL004";
  EXPECT_EQ(errors, 1);
  EXPECT_EQ(l.r.project.functions.size(), 1u);  // the rest of the file is still loaded
}

TEST(ServerlessLoader, ProviderDefaultsAreInheritedWithTheirOrigin) {
  Loaded l(R"(service: shop
provider:
  name: aws
  runtime: nodejs20.x
  memorySize: 512
  environment: {TABLE: orders, STAGE: dev}
functions:
  a:
    handler: a.handler
    environment: {STAGE: prod}
  b:
    handler: b.handler
    memorySize: 2048
    timeout: 20
)");
  const auto& a = l.fn("a");
  EXPECT_EQ(a.runtime.value, "nodejs20.x");
  EXPECT_EQ(a.memoryMb.value, 512);
  ASSERT_TRUE(a.memoryMb.origin.has_value());
  EXPECT_NE(a.memoryMb.origin->what.find("provider.memorySize"), std::string::npos);
  EXPECT_EQ(l.lineOf(a.memoryMb.range), "5");  // points at the provider value
  EXPECT_EQ(a.timeoutS.value, 6);  // the framework default, not AWS's 3 s
  ASSERT_EQ(a.environment.size(), 2u);
  EXPECT_EQ(a.environment[1].key.value, "STAGE");
  EXPECT_EQ(a.environment[1].value.value, "prod");  // the function's own value wins
  EXPECT_FALSE(a.environment[1].value.origin.has_value());
  EXPECT_TRUE(a.environment[0].value.origin.has_value());
  const auto& b = l.fn("b");
  EXPECT_EQ(b.memoryMb.value, 2048);
  EXPECT_FALSE(b.memoryMb.origin.has_value());
  EXPECT_EQ(b.timeoutS.value, 20);
}

TEST(ServerlessLoader, IamFromV3LegacyAndPerFunctionRoles) {
  Loaded l(R"(service: shop
provider:
  name: aws
  iam:
    role:
      statements:
        - {Effect: Allow, Action: 's3:*', Resource: '*'}
      managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess']
  iamRoleStatements:
    - {Effect: Allow, Action: ['sqs:SendMessage'], Resource: '*'}
functions:
  shared: {handler: a.h}
  own: {handler: b.h, role: OwnRole}
  byArn: {handler: c.h, role: !GetAtt OwnRole.Arn}
resources:
  Resources:
    OwnRole:
      Type: AWS::IAM::Role
      Properties:
        Policies:
          - PolicyName: p
            PolicyDocument: {Statement: [{Effect: Allow, Action: 'dynamodb:GetItem', Resource: '*'}]}
)");
  const auto& shared = l.fn("shared");
  ASSERT_TRUE(shared.role.has_value());
  const auto& role = l.r.project.roles[*shared.role];
  EXPECT_EQ(role.id, "IamRoleLambdaExecution");
  ASSERT_EQ(role.statements.size(), 2u);  // v3 statements and the legacy key
  EXPECT_EQ(role.statements[0].path, "provider.iam.role.statements[0]");
  EXPECT_EQ(role.statements[1].path, "provider.iamRoleStatements[0]");
  ASSERT_EQ(role.managedPolicies.size(), 1u);
  EXPECT_EQ(role.managedPolicies[0].name.value, "AdministratorAccess");
  const auto& own = l.fn("own");
  ASSERT_TRUE(own.role.has_value());
  EXPECT_EQ(l.r.project.roles[*own.role].id, "OwnRole");
  ASSERT_TRUE(l.fn("byArn").role.has_value());
  EXPECT_EQ(*l.fn("byArn").role, *own.role);
}

TEST(ServerlessLoader, EventsUrlsAndDestinations) {
  Loaded l(R"(service: shop
provider:
  name: aws
  httpApi: {cors: true}
functions:
  api:
    handler: h.api
    url: {authorizer: aws_iam}
    events:
      - http: {path: orders, method: post, authorizer: {type: aws_iam}}
      - http: GET orders
      - httpApi: 'GET /items'
      - sqs: {arn: !GetAtt Jobs.Arn}
      - sqs: arn:aws:sqs:eu-west-1:123456789012:external
      - stream: {type: kinesis, arn: arn:aws:kinesis:eu-west-1:123456789012:stream/s}
      - schedule: rate(5 minutes)
      - eventBridge: {pattern: {source: [shop]}}
      - alb: {listenerArn: arn, priority: 1, conditions: {path: /}}
    destinations: {onFailure: arn:aws:sqs:eu-west-1:123456789012:dlq}
  open:
    handler: h.open
    url: true
    onError: arn:aws:sns:eu-west-1:123456789012:errors
resources:
  Resources:
    Jobs: {Type: AWS::SQS::Queue}
)");
  const auto& api = l.fn("api");
  ASSERT_EQ(api.triggers.size(), 9u);
  EXPECT_EQ(api.triggers[0].kind, model::TriggerKind::RestApi);
  EXPECT_EQ(api.triggers[0].authorizer.value, "AWS_IAM");
  EXPECT_EQ(api.triggers[0].name, "POST orders");
  EXPECT_TRUE(api.triggers[1].authorizer.absent());
  EXPECT_EQ(api.triggers[1].name, "GET orders");
  EXPECT_EQ(api.triggers[2].kind, model::TriggerKind::HttpApi);
  ASSERT_EQ(api.triggers[2].corsOrigins.size(), 1u);  // provider.httpApi.cors: true
  EXPECT_EQ(api.triggers[2].corsOrigins[0].value, "*");
  EXPECT_EQ(api.triggers[3].sourceId, "Jobs");
  EXPECT_TRUE(api.triggers[3].visibilityTimeoutS.absent());  // the SQS default applies
  EXPECT_EQ(api.triggers[4].visibilityTimeoutS.state, core::ValueState::Unknown);  // not in this file
  EXPECT_EQ(api.triggers[5].kind, model::TriggerKind::KinesisStream);
  EXPECT_EQ(api.triggers[6].kind, model::TriggerKind::Schedule);
  EXPECT_EQ(api.triggers[7].kind, model::TriggerKind::EventBridge);
  EXPECT_EQ(api.triggers[8].kind, model::TriggerKind::Alb);
  ASSERT_TRUE(api.aws.url.has_value());
  EXPECT_EQ(api.aws.url->authType.value, "AWS_IAM");
  EXPECT_TRUE(api.onFailureDestination.known());
  const auto& open = l.fn("open");
  ASSERT_TRUE(open.aws.url.has_value());
  EXPECT_EQ(open.aws.url->authType.value, "NONE");
  EXPECT_EQ(l.lineOf(open.aws.url->authType.range), "22");  // the `url` key
  EXPECT_TRUE(open.deadLetterTarget.known());
}

TEST(ServerlessLoader, UnresolvedVariablesAreUnknownWithANote) {
  ::setenv("MEM", "10240", 1);
  Loaded l(R"(service: shop
provider:
  name: aws
  memorySize: ${env:MEM}
  timeout: ${ssm:/shop/timeout, 10}
functions:
  f: {handler: h.f}
)");
  ::unsetenv("MEM");
  const auto& f = l.fn("f");
  EXPECT_EQ(f.memoryMb.state, core::ValueState::Unknown);
  EXPECT_EQ(f.timeoutS.state, core::ValueState::Unknown);
  EXPECT_EQ(f.memoryMb.unresolved, "${env:MEM}");
  int notes = 0;
  for (const auto& d : l.r.diagnostics) {
    if (d.code != "FL003") continue;
    ++notes;
    EXPECT_EQ(d.severity, core::Severity::Note);
  }
  EXPECT_EQ(notes, 2);
}

TEST(ServerlessLoader, ServerlessTsIsReportedNotIgnored) {
  core::InMemoryFileSystem fs;
  fs.add("svc/serverless.ts", "export default { service: 'x' };\n");
  auto r = test::scanMemory(fs);
  ASSERT_EQ(test::codes(r), std::vector<std::string>{"FL005"});
  EXPECT_EQ(r.diagnostics[0].severity, core::Severity::Note);
  EXPECT_EQ(r.manifests, 1u);
}

TEST(ServerlessLoader, BadShapesAreLocatedAndTheRestLoads) {
  Loaded l(R"(service: shop
provider: {name: aws}
functions:
  broken: [1, 2]
  fine: {handler: h.f, memorySize: big}
resources:
  Resources:
    FromAnotherFile: ${file(resources/table.yml):Table}
)");
  EXPECT_EQ(l.r.project.functions.size(), 1u);
  // An unresolved ${file(...)} resource is unknown, not malformed: no third FL002.
  EXPECT_EQ(l.codes(), (std::vector<std::string>{"FL002", "FL002"}));
}

TEST(ServerlessVariables, FileSourcesAreReadOnlyInsideTheProject) {
  core::InMemoryFileSystem fs;
  fs.add("svc/serverless.yml", R"(service: shop
provider:
  name: aws
  runtime: python3.13
  tracing: {lambda: true}
  memorySize: ${file(config/sizes.json):memory}
  timeout: ${file(../secrets/outside.yml):timeout}
  iam:
    role:
      statements: ${file(iam/statements.yml):Statements}
functions:
  f: {handler: h.f}
)");
  fs.add("svc/config/sizes.json", R"({"memory": 4096})");
  fs.add("svc/iam/statements.yml", "Statements:\n  - {Effect: Allow, Action: 's3:*', Resource: arn:aws:s3:::b/*}\n");
  fs.add("secrets/outside.yml", "timeout: 1200\n");
  auto r = test::scanMemory(fs);
  std::map<std::string, unsigned> lines;
  for (const auto& d : r.diagnostics) lines[d.code] = r.sources.begin(d.range).line;
  EXPECT_EQ(lines.count("MEM001"), 1u);  // 4096 MB read from config/sizes.json
  EXPECT_EQ(lines["MEM001"], 6u);  // located at the ${file(...)} reference
  EXPECT_EQ(lines["SEC001"], 10u);  // the statement from iam/statements.yml
  EXPECT_EQ(lines.count("DUR002"), 0u);  // ../secrets is outside the project: never read
  EXPECT_EQ(lines["FL003"], 7u);  // and said so
}
