import time
import boto3

sqs = boto3.client("sqs")


def lambda_handler(event, context):
    while True:  # expect: DUR005 "polls: it sleeps (time.sleep)"
        r = sqs.receive_message(QueueUrl="q")
        if r.get("Messages"):
            break
        time.sleep(5)
    while True:  # expect: DUR005 "has no bounded exit"
        sqs.receive_message(QueueUrl="q")
    for i in range(int(event["count"])):  # expect: DUR005 "as many times as a number in the event says"
        pass
    for i in range(min(int(event["count"]), 10)):  # ok: DUR005 (capped)
        pass
    for record in event["Records"]:  # ok: DUR005 (the batch is bounded by its trigger)
        pass
    for i in range(len(event["Records"])):  # ok: DUR005
        pass
    while True:  # ok: DUR005 (returns)
        return 1
