import boto3

table = boto3.resource("dynamodb").Table("orders")


def lambda_handler(event, context):
    order_id = event["pathParameters"]["id"]
    return table.get_item(Key={"id": order_id})
