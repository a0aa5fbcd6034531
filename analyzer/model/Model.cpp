#include "model/Model.h"

namespace faaslint::model {

const char* providerName(Provider p) {
  switch (p) {
    case Provider::Aws: return "aws";
    case Provider::Azure: return "azure";
    case Provider::Gcp: return "gcp";
    case Provider::Knative: return "knative";
    case Provider::OpenFaas: return "openfaas";
  }
  return "aws";
}

const char* triggerKindName(TriggerKind k) {
  switch (k) {
    case TriggerKind::RestApi: return "API Gateway REST API";
    case TriggerKind::HttpApi: return "API Gateway HTTP API";
    case TriggerKind::FunctionUrl: return "function URL";
    case TriggerKind::Alb: return "Application Load Balancer";
    case TriggerKind::AppSync: return "AppSync";
    case TriggerKind::Sqs: return "SQS queue";
    case TriggerKind::S3: return "S3 notification";
    case TriggerKind::Sns: return "SNS topic";
    case TriggerKind::Schedule: return "schedule";
    case TriggerKind::EventBridge: return "EventBridge rule";
    case TriggerKind::DynamoDbStream: return "DynamoDB stream";
    case TriggerKind::KinesisStream: return "Kinesis stream";
    case TriggerKind::Kafka: return "Kafka";
    case TriggerKind::CloudWatchLogs: return "CloudWatch Logs subscription";
    case TriggerKind::IoT: return "IoT rule";
    case TriggerKind::Cognito: return "Cognito trigger";
    case TriggerKind::Other: return "event";
  }
  return "event";
}

Invocation invocationOf(TriggerKind k) {
  switch (k) {
    case TriggerKind::RestApi:
    case TriggerKind::HttpApi:
    case TriggerKind::FunctionUrl:
    case TriggerKind::Alb:
    case TriggerKind::AppSync:
    case TriggerKind::Cognito: return Invocation::Synchronous;
    case TriggerKind::Sqs:
    case TriggerKind::DynamoDbStream:
    case TriggerKind::KinesisStream:
    case TriggerKind::Kafka: return Invocation::Poll;
    default: return Invocation::Asynchronous;
  }
}

}  // namespace faaslint::model
