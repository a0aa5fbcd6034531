import traceback


def build():
    return "report"


def public_handler(event, context):
    try:
        return {"statusCode": 200, "body": build()}
    except Exception:
        return {"statusCode": 500, "body": traceback.format_exc()}  # expect: SEC020:warning "takes requests from anyone"


def private_handler(event, context):
    try:
        return {"statusCode": 200, "body": build()}
    except Exception:
        return {"statusCode": 500, "body": traceback.format_exc()}  # expect: SEC020:note "requires authentication (AWS_IAM)"


def worker_handler(event, context):
    try:
        return {"ok": build()}
    except Exception:
        return {"error": traceback.format_exc()}  # ok: SEC020 (a queue's function answers no one)
