import json
import logging
import traceback

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger()
table = boto3.resource("dynamodb").Table("orders")


class OrderError(Exception):
    pass


def lambda_handler(event, context):
    try:
        order = json.loads(event["body"])
        if "id" not in order:
            raise OrderError("an order needs an id")
        table.put_item(Item=order)
    except OrderError as e:
        return {"statusCode": 400, "body": json.dumps({"message": str(e)})}  # ok: SEC020 (its own error, meant for the caller)
    except ValueError as e:
        return {"statusCode": 400, "body": f"bad JSON: {e}"}  # ok: SEC020 (a parse error of the caller's own input)
    except ClientError as e:
        logger.exception("put_item failed")  # ok: SEC020 (logged, not returned)
        return {"statusCode": 500, "body": json.dumps({"error": e.response["Error"]["Message"]})}  # expect: SEC020:note "Handler 'handler.lambda_handler' returns the text of a caught error to its caller"
    except Exception:
        return {"statusCode": 500, "body": traceback.format_exc()}  # expect: SEC020:warning "returns the stack trace of a caught error"
    return {"statusCode": 200, "body": json.dumps({"id": order["id"]})}


def other_handler(event, context):
    try:
        return {"statusCode": 200, "body": json.dumps(table.scan())}
    except Exception as err:
        logger.error("scan failed: %s", err)  # ok: SEC020
        message = "scan failed: " + str(err)
        return {"statusCode": 500, "debug": "x", "body": message}  # expect: SEC020 "returns the text"
    finally:
        logger.info("done")


def helper_handler(event, context):
    try:
        return {"statusCode": 200}
    except Exception as err:
        return {"statusCode": 500, "body": json.dumps({"error": type(err).__name__})}  # ok: SEC020 (the class's name only)


def delegating_handler(event, context):
    return load_report(event)


def load_report(event):
    try:
        return {"statusCode": 200, "body": json.dumps(table.get_item(Key={"id": event["id"]}))}
    except Exception as e:
        return {"statusCode": 500, "body": json.dumps({"error": str(e)})}  # expect: SEC020 "Function 'handler.load_report', called from handler 'handler.delegating_handler', returns the text"


def describe(e):
    return str(e)  # ok: SEC020 (a helper's return no handler answers with)
