import time

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    while not s3.list_objects_v2(Bucket="exports", Prefix="ready/").get("KeyCount"):
        time.sleep(30)
    return {"done": True}
