import html
import json

from flask import Flask, Response, jsonify, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return f"<h1>Hello {name}</h1>"  # expect: SEC022 "In handler 'handler.hello', data from the event is put into the HTML page it returns, unescaped"


@app.route("/hello-safe")
def hello_safe():
    return f"<h1>Hello {html.escape(request.args.get('name', ''))}</h1>"  # ok: SEC022 (escaped)


@app.route("/hello-json")
def hello_json():
    return jsonify(greeting="Hello " + request.args.get("name", ""))  # ok: SEC022 (JSON)


@app.route("/page")
def page():
    body = "<p>" + request.args["q"] + "</p>"
    return Response(body, mimetype="text/html")  # expect: SEC022 "sends with flask.Response()"


@app.route("/text")
def text():
    return Response("you said " + request.args["q"], mimetype="text/plain")  # ok: SEC022 (plain text)


def lambda_handler(event, context):
    name = event["queryStringParameters"]["name"]
    return {  # expect: SEC022 "In handler 'handler.lambda_handler', data from the event is put into the HTML page it returns"
        "statusCode": 200,
        "headers": {"Content-Type": "text/html; charset=utf-8"},
        "body": "<html><body>Hi " + name + "</body></html>",
    }


def json_handler(event, context):
    name = event["queryStringParameters"]["name"]
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"hi": name})}  # ok: SEC022 (JSON)


def page_handler(event, context):
    headers = {"Content-Type": "text/html"}
    response = {"statusCode": 200, "headers": headers, "body": "<p>" + event["body"] + "</p>"}
    return response  # expect: SEC022 "In handler 'handler.page_handler', data from the event is put into the HTML page it returns"


def two_views_handler(event, context):
    if event.get("view") == "html":
        return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>" + event["q"] + "</p>"}  # expect: SEC022
    return {"statusCode": 200, "body": json.dumps({"q": event["q"]})}  # ok: SEC022 (no headers: JSON)
