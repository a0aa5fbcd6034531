import json

import boto3


def main(payload, ctx):
    return json.dumps(boto3.session.Session().region_name)
