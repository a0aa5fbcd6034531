"""Order search: a public endpoint over the orders database."""
import base64
import json
import os
import pickle

import pymysql

db = pymysql.connect(host=os.environ["DB_HOST"], user="search", database="orders", read_default_file="/opt/my.cnf")


def handler(event, context):
    params = event.get("queryStringParameters") or {}
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
    return {"statusCode": 200, "body": json.dumps({"rows": rows, "next": position + len(rows)})}
