import time


def backoff():
    time.sleep(5)  # ok: DUR004 (not on the handler's path: nothing calls it)


def handler(event, context):
    time.sleep(30)  # expect: DUR004 "this 30 s wait costs about $0.00050 per invocation at 1,024 MB ($500.00 per million invocations, AWS Lambda list prices)"
    time.sleep(event["seconds"])  # expect: DUR004 "sleeps (time.sleep)"
    return {}
