import boto3

table = boto3.resource("dynamodb").Table("orders")
sfn = boto3.client("stepfunctions")
cache = boto3.client("elasticache")


def handler(event, context):
    table.put_item(Item=event)  # expect: LCK002 "Amazon DynamoDB (2 APIs of AWS, e.g. aws.dynamodb.PutItem)"
    table.get_item(Key={"id": "1"})
    sfn.start_execution(stateMachineArn="arn")  # expect: LCK002 "AWS Step Functions"
    cache.describe_cache_clusters()  # ok: LCK002 (not in the catalog)
