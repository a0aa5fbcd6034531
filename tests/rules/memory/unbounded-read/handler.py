import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    body = s3.get_object(Bucket="b", Key=event["key"])["Body"].read()  # expect: MEM004 "reads a whole object into memory (aws.s3.GetObject.Body.read)"
    head = s3.get_object(Bucket="b", Key="k")["Body"].read(1024)  # ok: MEM004 (a size)
    obj = s3.get_object(Bucket="b", Key="k", Range="bytes=0-1023")
    part = obj["Body"].read()  # ok: MEM004 (a byte range)
    return len(body) + len(head) + len(part)
