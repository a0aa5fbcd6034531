import os

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    for record in event["Records"]:
        key = record["s3"]["object"]["key"]
        s3.put_object(Bucket=os.environ["UPLOADS"], Key="done/" + key, Body=b"")  # ok: DUR007 (the trigger only fires for incoming/)
        s3.put_object(Bucket=record["s3"]["bucket"]["name"], Key="done/" + key, Body=b"")  # ok: DUR007 (filtered trigger)
