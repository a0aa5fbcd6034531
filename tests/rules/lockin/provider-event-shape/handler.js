export const handler = async (event, context) => {
  const { requestContext, body } = event; // expect: LCK003 "Handler 'handler.handler' reads requestContext (and 1 more read of it), a field of the API Gateway request context"
  const method = requestContext.http.method;
  for (const record of event.Records ?? []) {
    await drop(record.receiptHandle); // expect: LCK003 "reads record.receiptHandle, a field of an SQS message record"
  }
  event.Records.forEach((r) => console.log(r.dynamodb.NewImage)); // expect: LCK003 "reads r.dynamodb, a field of a DynamoDB stream record"
  if (event['detail-type'] === 'Order Placed') return method; // expect: LCK003 "an EventBridge event"
  return audit(event);
};

function audit(evt) {
  return evt.awslogs ? 'logs' : evt.headers; // expect: LCK003 "Function 'handler.audit', called from handler 'handler.handler', reads evt.awslogs, a field of a CloudWatch Logs subscription event"
}

async function drop(handle) {
  return handle;
}

function unrelated(options) {
  return options.requestContext; // ok: LCK003 (not the event)
}
