#include <gtest/gtest.h>

#include "formats/cloudformation/CloudFormationLoader.h"

using namespace faaslint;

namespace {
struct Loaded {
  core::SourceManager sm;
  core::FileId id;
  document::Document doc;
  formats::LoadResult r;
  explicit Loaded(std::string text)
      : id(sm.add("template.yaml", std::move(text))), doc(document::parseYaml(id, sm.file(id).text())),
        r(formats::loadCloudFormation(doc)) {}
  const model::Function& fn(std::string_view name) const {
    for (const auto& f : r.project.functions)
      if (f.name == name) return f;
    throw std::runtime_error("no function");
  }
};
}  // namespace

TEST(CloudFormationLoader, GlobalsAreInheritedWithTheirOrigin) {
  Loaded l(R"(Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    MemorySize: 512
    Environment: {Variables: {A: "1", B: "2"}}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 5
      Environment: {Variables: {B: "3"}}
)");
  const auto& f = l.fn("Fn");
  ASSERT_TRUE(f.memoryMb.known());
  EXPECT_EQ(f.memoryMb.value, 512);
  EXPECT_EQ(f.memoryMb.path, "Globals.Function.MemorySize");
  ASSERT_TRUE(f.memoryMb.origin.has_value());
  EXPECT_EQ(l.sm.begin(f.memoryMb.range).line, 4u);
  EXPECT_FALSE(f.timeoutS.origin.has_value());
  ASSERT_EQ(f.environment.size(), 2u);  // B overridden by the function
  EXPECT_EQ(f.environment[1].value.value, "3");
  EXPECT_EQ(l.r.project.dialect, "sam");
}

TEST(CloudFormationLoader, IntrinsicsAreUnknownParametersWithDefaultsResolve) {
  Loaded l(R"(Parameters:
  Mem: {Type: Number, Default: 2048}
  NoDefault: {Type: Number}
Resources:
  A:
    Type: AWS::Lambda::Function
    Properties: {MemorySize: !Ref Mem, Timeout: !Ref NoDefault, Runtime: !If [C, python3.12, python3.9]}
)");
  const auto& f = l.fn("A");
  EXPECT_TRUE(f.memoryMb.known());
  EXPECT_EQ(f.memoryMb.value, 2048);
  ASSERT_TRUE(f.memoryMb.origin.has_value());
  EXPECT_EQ(f.timeoutS.state, core::ValueState::Unknown);
  EXPECT_EQ(f.runtime.state, core::ValueState::Unknown);
}

TEST(CloudFormationLoader, WrongTypesAreLocatedFl002) {
  Loaded l("Resources:\n  A:\n    Type: AWS::Lambda::Function\n    Properties:\n      MemorySize: big\n      Timeout: "
           "99999999999999999999999\n");
  ASSERT_EQ(l.r.diagnostics.size(), 2u);
  EXPECT_EQ(l.r.diagnostics[0].code, "FL002");
  EXPECT_EQ(l.sm.begin(l.r.diagnostics[0].range).line, 5u);
  EXPECT_NE(l.r.diagnostics[1].message.find("out of range"), std::string::npos);
}

TEST(CloudFormationLoader, RolesPoliciesPermissionsAndUrlsAreLinked) {
  Loaded l(R"(Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      Roles: [!Ref Role]
      PolicyDocument: {Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Role: !GetAtt Role.Arn, Runtime: python3.12}
  Url:
    Type: AWS::Lambda::Url
    Properties: {TargetFunctionArn: !GetAtt Fn.Arn, AuthType: NONE}
  Perm:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !Ref Fn, Principal: s3.amazonaws.com, Action: lambda:InvokeFunction}
  Queue:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties: {FunctionName: !Ref Fn, EventSourceArn: !GetAtt Queue.Arn}
)");
  const auto& f = l.fn("Fn");
  ASSERT_TRUE(f.role.has_value());
  const auto& role = l.r.project.roles[*f.role];
  EXPECT_EQ(role.managedPolicies[0].name.value, "AdministratorAccess");
  EXPECT_EQ(role.statements.size(), 1u);
  ASSERT_TRUE(f.aws.url.has_value());
  EXPECT_EQ(f.aws.url->authType.value, "NONE");
  ASSERT_EQ(f.aws.permissions.size(), 1u);
  EXPECT_FALSE(f.aws.permissions[0].hasSourceArn);
  ASSERT_EQ(f.triggers.size(), 1u);
  EXPECT_EQ(f.triggers[0].kind, model::TriggerKind::Sqs);
  // No VisibilityTimeout on the queue: absent but located there; rules apply the catalog default.
  EXPECT_TRUE(f.triggers[0].visibilityTimeoutS.absent());
  EXPECT_EQ(f.triggers[0].sourceId, "Queue");
  EXPECT_TRUE(f.triggers[0].visibilityTimeoutS.range.valid());
}

TEST(CloudFormationLoader, ApiDefaultAuthorizerAppliesToEvents) {
  Loaded l(R"(Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: {Auth: {DefaultAuthorizer: Cognito}}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /, Method: get}}
        Open: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /o, Method: get, Auth: {Authorizer: NONE}}}
)");
  const auto& f = l.fn("Fn");
  ASSERT_EQ(f.triggers.size(), 2u);
  EXPECT_EQ(f.triggers[0].authorizer.value, "Cognito");
  EXPECT_EQ(f.triggers[1].authorizer.value, "NONE");
}

TEST(CloudFormationLoader, NullParametersAndNonMapResourcesDoNotCrash) {
  Loaded l("Parameters:\nResources:\n  A: 5\n  B:\n    Type: AWS::Lambda::Function\n    Properties:\n");
  EXPECT_EQ(l.r.project.functions.size(), 1u);
  ASSERT_EQ(l.r.diagnostics.size(), 1u);
  EXPECT_EQ(l.r.diagnostics[0].code, "FL002");
}

TEST(CloudFormationLoader, DeployTimeValuesAreUnknownAndSaidOnce) {
  Loaded l(R"(Parameters:
  Timeout: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /fn/timeout}
  NoDefault: {Type: Number}
Globals:
  Function: {MemorySize: !Ref NoDefault}
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties: {Timeout: !Ref Timeout, Runtime: '{{resolve:ssm:/fn/runtime}}'}
  B:
    Type: AWS::Serverless::Function
)");
  const auto& a = l.fn("A");
  EXPECT_EQ(a.timeoutS.state, core::ValueState::Unknown);  // the default names the SSM parameter; it is not the value
  EXPECT_EQ(a.runtime.state, core::ValueState::Unknown);
  std::vector<std::string> notes;
  for (const auto& d : l.r.diagnostics) {
    EXPECT_NE(d.code, "FL002") << d.message;
    if (d.code == "FL003") notes.push_back(d.message);
  }
  // Timeout and runtime of A, and the Globals memory size once for both functions.
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_NE(notes[0].find("'{{resolve:ssm:/fn/runtime}}'"), std::string::npos);
}
