import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])


def create_order(event, context):
    order = json.loads(event["body"])
    table.put_item(Item=order)
    return {"statusCode": 201, "body": json.dumps(order)}


def get_order(event, context):
    item = table.get_item(Key={"id": event["pathParameters"]["id"]}).get("Item")
    if item is None:
        return {"statusCode": 404, "body": "{}"}
    return {"statusCode": 200, "body": json.dumps(item)}
