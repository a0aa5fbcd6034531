import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";
import { S3Client, waitUntilObjectExists } from "@aws-sdk/client-s3";
import { execSync } from "child_process";
import AWS from "aws-sdk";

const lambda = new LambdaClient({});
const s3 = new S3Client({});
const v2 = new AWS.Lambda();

export const handler = async (event) => {
  await lambda.send(new InvokeCommand({ FunctionName: "worker", Payload: event.body })); // expect: DUR006 "calls aws.lambda.Invoke"
  await lambda.send(new InvokeCommand({ FunctionName: "worker", InvocationType: "Event" })); // ok: DUR006
  await v2.invoke({ FunctionName: "worker" }).promise(); // expect: DUR006 "aws.lambda.Invoke"
  await waitUntilObjectExists({ client: s3, maxWaitTime: 60 }, { Bucket: "b", Key: "k" }); // expect: DUR006 "@aws-sdk/client-s3.waitUntilObjectExists"
  execSync("sleep 1"); // expect: DUR006 "child_process.execSync"
};
