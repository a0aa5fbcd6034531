const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');

const sns = new SNSClient({});
const lambda = new LambdaClient({});
const db = new DynamoDBClient({});

exports.notify = async (event) => {
  const { TOPIC_ARN } = process.env;
  await sns.send(new PublishCommand({ TopicArn: TOPIC_ARN, Message: 'again' })); // expect: DUR007 "writes to 'alerts' (aws.sns.Publish, TopicArn from environment variable TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:alerts')"
  await db.send(new PutItemCommand({ TableName: process.env.AUDIT_TABLE, Item: {} })); // ok: DUR007 (no stream triggers the function)
  await lambda.send(new InvokeCommand({ FunctionName: process.env.AWS_LAMBDA_FUNCTION_NAME })); // expect: DUR007 "invokes function 'notify' itself"
};

exports.archive = async (event) => {
  const sqs = new (require('@aws-sdk/client-sqs').SQSClient)({});
  await sqs.send(new (require('@aws-sdk/client-sqs').SendMessageCommand)({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/other', MessageBody: '' })); // ok: DUR007 (another queue)
};
