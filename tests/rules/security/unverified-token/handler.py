import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def authorizer(event, context):
    token = event["authorizationToken"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: SEC021 "jwt.decode() is called with options.verify_signature False"
    return policy(claims["sub"], "Allow" if "admin" in claims.get("groups", []) else "Deny")


def legacy_handler(event, context):
    claims = jwt.decode(event["headers"]["Authorization"], SECRET, verify=False)  # expect: SEC021 "with verify False"
    return {"statusCode": 200, "body": claims["sub"]}


def none_handler(event, context):
    claims = jwt.decode(event["headers"]["Authorization"], SECRET, algorithms=["HS256", "none"])  # expect: SEC021 "accepts algorithm 'none'"
    return {"statusCode": 200, "body": claims["sub"]}


def verified_handler(event, context):
    claims = jwt.decode(event["headers"]["Authorization"], SECRET, algorithms=["HS256"])  # ok: SEC021 (verified)
    header = jwt.get_unverified_header(event["headers"]["Authorization"])  # ok: SEC021 (the header names the key to verify with)
    return {"statusCode": 200, "body": claims["sub"] + header["kid"]}


def own_token_handler(event, context):
    token = fetch_service_token()
    claims = jwt.decode(token, options={"verify_signature": False})  # ok: SEC021 (a token the function fetched itself)
    return {"statusCode": 200, "body": str(claims["exp"])}


def policy(principal, effect):
    return {"principalId": principal, "policyDocument": {"Statement": [{"Effect": effect}]}}


def fetch_service_token():
    return os.environ.get("SERVICE_TOKEN", "")
