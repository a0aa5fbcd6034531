import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const sqs = new SQSClient({});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  await sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: event.body })); // expect: LCK002 "Amazon SQS (1 API of AWS, e.g. aws.sqs.SendMessage)"
  await doc.send(new PutCommand({ TableName: "t", Item: { id: "1" } })); // expect: LCK002 "aws.dynamodb.PutItem"
};
