import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ElastiCacheClient, DescribeCacheClustersCommand } from "@aws-sdk/client-elasticache";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const sqs = new SQSClient({});
const cache = new ElastiCacheClient({});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  await sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: event.body })); // expect: LCK002 "Amazon SQS (1 API of AWS, e.g. aws.sqs.SendMessage)"
  await doc.send(new PutCommand({ TableName: "t", Item: { id: "1" } })); // expect: LCK002 "aws.dynamodb.PutItem"
  await cache.send(new DescribeCacheClustersCommand({})); // ok: LCK002 (not in the catalog)
};
