import json


def lambda_handler(event, context):
    records = event.get("Records", [])
    for record in records:
        bucket = record["s3"]["bucket"]["name"]  # expect: LCK003 "Handler 'handler.lambda_handler' reads record["
        key = record["s3"]["object"]["key"]
        print(bucket, key)
    body = json.loads(event["body"])  # ok: LCK003 (every HTTP request has a body)
    user = event["requestContext"]["authorizer"]["claims"]["sub"]  # expect: LCK003 "], a field of the API Gateway request context"
    qs = event.get("queryStringParameters") or {}  # expect: LCK003 "the API Gateway proxy event"
    path = event["pathParameters"]["id"]  # ok: LCK003 (one finding per shape: the proxy event was reported above)
    return respond(event, body, user, qs, path)


def respond(evt, *rest):
    return {"statusCode": 200, "body": json.dumps({"stage": evt["stageVariables"]})}  # expect: LCK003 "Function 'handler.respond', called from handler 'handler.lambda_handler', reads evt[" (each function that reads the shape)


def helper(data):
    return data["requestContext"]  # ok: LCK003 (no event reaches this parameter)
