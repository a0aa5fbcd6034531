"""Order search: a public endpoint over the orders database."""
import base64
import json
import os
import pickle
import traceback

import jwt
import pymysql

db = pymysql.connect(host=os.environ["DB_HOST"], user="search", database="orders", read_default_file="/opt/my.cnf")


def handler(event, context):
    try:
        return search(event)
    except Exception:
        # The stack trace goes back to whoever asked: SEC020.
        return {"statusCode": 500, "body": traceback.format_exc()}


def search(event):
    params = event.get("queryStringParameters") or {}
    # The caller's name is read from a token nobody verified: SEC021.
    caller = jwt.decode(event["headers"]["authorization"], options={"verify_signature": False})["sub"]
    customer = params.get("customer", "")
    with db.cursor() as cur:
        # The customer is bound as a parameter: fine.
        cur.execute("SELECT id, total FROM orders WHERE customer = %s LIMIT 50", (customer,))
        rows = cur.fetchall()
        # The sort column is pasted into the query: SEC014.
        cur.execute(f"SELECT id, total FROM orders WHERE customer = %s ORDER BY {params.get('sort', 'id')}", (customer,))
        rows = cur.fetchall()
        # A number is safe to paste.
        cur.execute("SELECT id FROM orders LIMIT " + str(int(params.get("limit", "50"))))
    # The paging cursor comes back from the client and is unpickled: SEC013.
    position = pickle.loads(base64.b64decode(params["cursor"])) if "cursor" in params else 0
    # The export's file name is the caller's: SEC018 (basename would keep it in /tmp).
    with open("/tmp/" + params.get("export", "orders.json"), "w") as out:
        json.dump(rows, out)
    if params.get("view") == "html":
        # The search term is echoed into the page unescaped: SEC022.
        page = f"<h1>Orders of {customer} for {caller}</h1><p>{len(rows)} found</p>"
        return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}
    return {"statusCode": 200, "body": json.dumps({"rows": rows, "next": position + len(rows)})}
