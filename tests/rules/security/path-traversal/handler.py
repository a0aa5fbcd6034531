import os
import urllib.parse

import boto3
from werkzeug.utils import secure_filename

s3 = boto3.client("s3")
BASE = "/var/task/templates"


def read_template(name):
    with open(os.path.join(BASE, name)) as f:  # expect: SEC018 "In 'handler.read_template', called from handler 'handler.lambda_handler', data from the event chooses the file path that open() uses (under '/var/task/templates/')"
        return f.read()


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    page = read_template(params["template"])
    with open("/tmp/" + params["file"], "w") as out:  # expect: SEC018 "open() uses (under '/tmp/')"
        out.write(page)
    with open(os.path.join("/tmp", os.path.basename(params["file"])), "w") as out:  # ok: SEC018 (only the name)
        out.write(page)
    upload = secure_filename(params["upload"])
    with open(f"/tmp/{upload}", "w") as out:  # ok: SEC018 (werkzeug's secure_filename)
        out.write(page)
    with open(os.path.join(BASE, "index.html")) as f:  # ok: SEC018 (a constant path)
        index = f.read()
    return {"statusCode": 200, "body": page + index}


def on_upload(event, context):
    record = event["Records"][0]["s3"]
    key = urllib.parse.unquote_plus(record["object"]["key"])
    s3.download_file(record["bucket"]["name"], key, "/tmp/" + key)  # expect: SEC018 "chooses the file path that aws.s3.DownloadFile() uses (under '/tmp/')"
    s3.download_file(record["bucket"]["name"], key, "/tmp/input.bin")  # ok: SEC018 (a fixed path)
    return key
