import json

import boto3
import pandas as pd
import requests

s3 = boto3.client("s3")
session = requests.Session()


def lambda_handler(event, context):
    body = s3.get_object(Bucket="b", Key=event["key"])["Body"].read()  # expect: MEM004 "reads a whole object into memory (aws.s3.GetObject.Body.read)"
    head = s3.get_object(Bucket="b", Key="k")["Body"].read(1024)  # ok: MEM004 (a size)
    obj = s3.get_object(Bucket="b", Key="k", Range="bytes=0-1023")
    part = obj["Body"].read()  # ok: MEM004 (a byte range)
    report = s3.get_object(Bucket="b", Key=event["report"])
    frame = pd.read_csv(report["Body"])  # expect: MEM004 "pandas.read_csv reads the whole of aws.s3.GetObject.Body into memory"
    stream = s3.get_object(Bucket="b", Key="big.csv")["Body"]
    for chunk in pd.read_csv(stream, chunksize=10000):  # ok: MEM004 (read in chunks)
        pass
    small = pd.read_csv("lookup.csv")  # ok: MEM004 (a file of the package, not an object body)
    config = json.load(s3.get_object(Bucket="b", Key="c.json")["Body"])  # expect: MEM004 "json.load reads the whole of aws.s3.GetObject.Body"
    page = requests.get(event["url"], timeout=5)  # expect: MEM004 "requests.get downloads a URL taken from the event"
    more = session.get(event["queryStringParameters"]["next"])  # expect: MEM004 "requests.Session.get downloads a URL taken from the event"
    streamed = requests.get(event["url"], stream=True, timeout=5)  # ok: MEM004 (streamed)
    other = requests.request("GET", event["url"], timeout=5)  # expect: MEM004 "requests.request downloads a URL taken from the event"
    posted = requests.request("POST", "https://api.example.com/hooks", data=event["body"], timeout=5)  # ok: MEM004 (the event is the body sent)
    status = requests.get("https://status.example.com/health", timeout=5)  # ok: MEM004 (a fixed URL)
    sent = requests.post("https://api.example.com/hooks", json=event, timeout=5)  # ok: MEM004 (the event is the body sent, not the URL)
    label = str("large" if len(body) > 1024 else "small")  # a conditional expression as an argument (it crashed the analyzer)
    del other, posted
    return len(label) + len(body) + len(head) + len(part) + len(frame) + len(small) + len(config) + len(page.content) + len(more.content) + streamed.status_code + status.status_code + sent.status_code
