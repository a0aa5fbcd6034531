import json
import os

import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
UPLOADS = os.environ["UPLOADS"]


def lambda_handler(event, context):
    for record in event["Records"]:
        key = record["s3"]["object"]["key"]
        s3.put_object(Bucket=UPLOADS, Key="copy/" + key, Body=b"")  # expect: DUR007 "writes to 'Uploads' (aws.s3.PutObject, Bucket from environment variable UPLOADS = !Ref Uploads), which invokes function 'Thumbnail' again through its S3 notification trigger 'Upload'"
        s3.put_object(Bucket=os.environ["THUMBS"], Key=key, Body=b"")  # ok: DUR007 (another bucket)
        s3.upload_file("/tmp/x", UPLOADS, key)  # expect: DUR007 "aws.s3.UploadFile"
        bucket = record["s3"]["bucket"]["name"]
        s3.copy_object(Bucket=bucket, Key="backup/" + key, CopySource={"Bucket": bucket, "Key": key})  # expect: DUR007 "(aws.s3.CopyObject, Bucket from the event's Records[].s3.bucket.name, the resource that sent it)"
        forward(key)
    boto3.client("lambda").invoke(FunctionName=context.function_name, InvocationType="Event")  # expect: DUR007 "invokes function 'Thumbnail' itself (aws.lambda.Invoke, FunctionName from the handler's context)"
    boto3.client("lambda").invoke(FunctionName="other-function")  # ok: DUR007 (another function)


def forward(key):
    queue = os.environ.get("JOBS_URL")
    sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({"key": key}))  # expect: DUR007 "Function 'app.forward', called from handler 'app.lambda_handler', writes to 'Jobs'"


def unused(key):
    sqs.send_message(QueueUrl=os.environ["JOBS_URL"], MessageBody=key)  # ok: DUR007 (not on the handler's path)
