#pragma once
#include <optional>
#include <vector>

#include "formats/Intrinsics.h"
#include "model/Model.h"

namespace faaslint::formats {
/// Reads an IAM policy document ({Version, Statement}) into located statements. A document or
/// statement that is an intrinsic is skipped: its content is unknown.
std::vector<model::IamStatement> readPolicyDocument(const Node* doc, const std::string& path, const ValueReader& values);
/// Reads a statement or a list of statements (serverless.yml `provider.iam.role.statements`);
/// `path` names the list ("provider.iam.role.statements").
std::vector<model::IamStatement> readStatements(const Node* statements, const std::string& path, const ValueReader& values);
/// "arn:aws:iam::aws:policy/AdministratorAccess" -> "AdministratorAccess"; names pass through.
std::string managedPolicyName(const std::string& nameOrArn);
/// The AWS managed policy an ARN written with intrinsics names:
/// !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, or the
/// !Join of 'arn:', !Ref AWS::Partition and ':iam::aws:policy/...' that CDK writes.
std::optional<std::string> awsManagedPolicyName(const Node* n);
/// One attached managed policy as written: a name or ARN (also built with intrinsics), located.
model::ManagedPolicy readManagedPolicy(const Node* n, const std::string& path, const ValueReader& values);
}  // namespace faaslint::formats
