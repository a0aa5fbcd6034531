import ssl
import requests
import httpx


def handler(event, context):
    requests.get("https://internal.example.com", verify=False)  # expect: SEC015 "verify=False is passed to requests.get"
    httpx.post("https://internal.example.com", verify=False)  # expect: SEC015 "httpx.post"
    ctx = ssl._create_unverified_context()  # expect: SEC015 "ssl._create_unverified_context()"
    requests.get("https://internal.example.com", verify="/etc/ssl/ca.pem")  # ok: SEC015
    requests.get("https://internal.example.com", timeout=5)  # ok: SEC015
    return ctx
