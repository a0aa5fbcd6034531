import json  # ok: LCK001
import boto3  # expect: LCK001 "Import of 'boto3' and 1 more of its imports binds this code to the AWS SDK for Python (boto3)"
from boto3.dynamodb.conditions import Key
from google.cloud import storage  # expect: LCK001 "Google Cloud client libraries for Python"
import azure.functions as func  # ok: LCK001 (the runtime library: LCK004)


def handler(event, context):
    return json.dumps(event), boto3, Key, storage, func
