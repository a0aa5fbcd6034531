import boto3

AWS_KEY = "AKIAQWERTYUIOPASDFGH"  # expect: SEC009 "AWS access key id"


def handler(event, context):
    """Docstrings are documentation: AKIAQWERTYUIOPASDFGH is not reported here."""
    client = boto3.client("s3", aws_access_key_id=AWS_KEY)
    name = "just a string"  # ok: SEC009
    return client, name
