import json
import urllib.request

import requests

API = "https://api.example.com"


def fetch_preview(url):
    return requests.get(url, timeout=5).text  # expect: SEC019 "In 'handler.fetch_preview', called from handler 'handler.lambda_handler', data from the event chooses the host of the request that requests.get() sends"


def lambda_handler(event, context):
    body = json.loads(event["body"])
    preview = fetch_preview(body["link"])
    hook = urllib.request.urlopen("https://" + body["tenant"] + ".hooks.example.com/notify")  # expect: SEC019 "urllib.request.urlopen() sends (the URL starts 'https://')"
    item = requests.get(API + "/items/" + body["id"], timeout=5)  # ok: SEC019 (a fixed host, the event chooses the path)
    search = requests.get(f"https://api.example.com/search?q={body['q']}", timeout=5)  # ok: SEC019 (a fixed host, the event chooses the query)
    proxied = requests.request("GET", body["target"], timeout=5)  # expect: SEC019 "requests.request() sends"
    return {"statusCode": 200, "body": json.dumps([preview, hook.status, item.status_code, search.status_code, proxied.status_code])}
