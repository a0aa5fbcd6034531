import os


def make(event, _):
    key = event["queryStringParameters"]["name"]
    os.system("convert /tmp/{} /tmp/thumb.png".format(key))
    return {"statusCode": 200}
