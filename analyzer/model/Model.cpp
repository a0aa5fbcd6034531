#include "model/Model.h"

namespace faaslint::model {

const char* triggerKindName(TriggerKind k) {
  switch (k) {
    case TriggerKind::Http: return "HTTP";
    case TriggerKind::Queue: return "queue";
    case TriggerKind::Storage: return "storage";
    case TriggerKind::Topic: return "topic";
    case TriggerKind::Stream: return "stream";
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
    case TriggerKind::Mq: return "Amazon MQ queue";
    case TriggerKind::DocumentDb: return "DocumentDB change stream";
    case TriggerKind::WebSocket: return "API Gateway WebSocket";
    case TriggerKind::AlexaSkill: return "Alexa skill";
    case TriggerKind::Other: return "event";
  }
  return "event";
}

const char* triggerKindId(TriggerKind k) {
  switch (k) {
    case TriggerKind::Http: return "http";
    case TriggerKind::Queue: return "queue";
    case TriggerKind::Storage: return "storage";
    case TriggerKind::Topic: return "topic";
    case TriggerKind::Stream: return "stream";
    case TriggerKind::RestApi: return "rest-api";
    case TriggerKind::HttpApi: return "http-api";
    case TriggerKind::FunctionUrl: return "function-url";
    case TriggerKind::Alb: return "alb";
    case TriggerKind::AppSync: return "appsync";
    case TriggerKind::Sqs: return "sqs";
    case TriggerKind::S3: return "s3";
    case TriggerKind::Sns: return "sns";
    case TriggerKind::Schedule: return "schedule";
    case TriggerKind::EventBridge: return "eventbridge";
    case TriggerKind::DynamoDbStream: return "dynamodb-stream";
    case TriggerKind::KinesisStream: return "kinesis-stream";
    case TriggerKind::Kafka: return "kafka";
    case TriggerKind::CloudWatchLogs: return "cloudwatch-logs";
    case TriggerKind::IoT: return "iot";
    case TriggerKind::Cognito: return "cognito";
    case TriggerKind::Mq: return "mq";
    case TriggerKind::DocumentDb: return "documentdb";
    case TriggerKind::WebSocket: return "websocket";
    case TriggerKind::AlexaSkill: return "alexa";
    case TriggerKind::Other: return "other";
  }
  return "other";
}

bool isHttp(TriggerKind k) { return k == TriggerKind::Http || k == TriggerKind::RestApi || k == TriggerKind::HttpApi; }

void buildPrograms(Project& p) {
  for (auto& f : p.functions) {
    std::vector<const SourceFacts*> files;
    files.reserve(f.sourceFacts.size());
    for (const auto& s : f.sourceFacts) files.push_back(s.get());
    f.program = std::make_shared<const SourceProgram>(std::move(files), f.codeHandlers);
  }
  p.sourcePrograms.clear();
  for (const auto& s : p.sources)
    p.sourcePrograms.push_back(std::make_shared<const SourceProgram>(std::vector<const SourceFacts*>{s.get()}));
}

}  // namespace faaslint::model
