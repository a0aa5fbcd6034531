import json
import threading
from concurrent.futures import ThreadPoolExecutor
import boto3

lam = boto3.client("lambda")
sfn = boto3.client("stepfunctions")
s3 = boto3.client("s3")


def work():
    return 1


def lambda_handler(event, context):
    lam.invoke(FunctionName="worker", Payload=json.dumps(event))  # expect: DUR006 "calls aws.lambda.Invoke"
    lam.invoke(FunctionName="worker", InvocationType="Event", Payload="{}")  # ok: DUR006 (asynchronous)
    sfn.start_sync_execution(stateMachineArn="arn", input="{}")  # expect: DUR006 "aws.stepfunctions.StartSyncExecution"
    s3.get_waiter("object_exists").wait(Bucket="b", Key="k")  # expect: DUR006 "blocks on aws.s3.GetWaiter.wait"
    with ThreadPoolExecutor() as pool:
        future = pool.submit(work)
        future.result()  # expect: DUR006 "concurrent.futures.ThreadPoolExecutor.submit.result"
    t = threading.Thread(target=work)
    t.start()
    t.join()  # expect: DUR006 "threading.Thread.join"
