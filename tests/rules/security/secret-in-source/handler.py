import boto3

AWS_KEY = "AKIAQWERTYUIOPASDFGH"  # expect: SEC009 "AWS access key id"
SIGNING_KEY = "-----BEGIN RSA PRIVATE KEY-----\npU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9c\nfCmZ/a/lkyU81lSvTfrXFCegrrP+6SMvivIhH57kkcWxC+y1Vjv8Hm+TQn7LyP4p\n-----END RSA PRIVATE KEY-----"  # expect: SEC009 "PEM private key"
KEY_HELP = "PEM format, for example: -----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"  # ok: SEC009 (a placeholder)


def handler(event, context):
    """Docstrings are documentation: AKIAQWERTYUIOPASDFGH is not reported here."""
    client = boto3.client("s3", aws_access_key_id=AWS_KEY)
    name = "just a string"  # ok: SEC009
    return client, name
