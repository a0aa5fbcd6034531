# A decoder that never verifies, in a program that verifies no token anywhere.
from jose import jwt


def handler(event, context):
    claims = jwt.get_unverified_claims(event["headers"]["Authorization"])  # expect: SEC021 "jose.jwt.get_unverified_claims() reads the claims without checking the signature"
    return {"statusCode": 200, "body": claims["sub"]}


def service_handler(event, context):
    claims = jwt.get_unverified_claims(fetch_own_token())  # ok: SEC021 (a token the function fetched itself)
    return {"statusCode": 200, "body": claims["exp"]}


def fetch_own_token():
    return "token-from-the-function's-own-login"
