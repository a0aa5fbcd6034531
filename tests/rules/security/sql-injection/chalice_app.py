import json
import os

import pymysql
from chalice import Chalice

app = Chalice(app_name="orders")
db = pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASSWORD"], database="shop")


def request_body():
    return app.current_request.json_body


@app.route("/orders/{order_id}", methods=["GET"])
def get_order(order_id):
    with db.cursor() as cur:
        cur.execute("SELECT * FROM orders WHERE id = '%s'" % order_id)  # expect: SEC014 "In handler 'chalice_app.get_order', data from the event is built into the SQL query"
        return cur.fetchone()


@app.route("/orders", methods=["POST"])
def add_order():
    body = request_body()
    with db.cursor() as cur:
        cur.execute("INSERT INTO orders (item) VALUES ('" + body["item"] + "')")  # expect: SEC014 "In handler 'chalice_app.add_order'"
        cur.execute("INSERT INTO audit (item) VALUES (%s)", (body["item"],))  # ok: SEC014 (a parameter)
    return {"ok": True}


@app.on_sns_message(topic="orders")
def on_order(event):
    order = json.loads(event.message)
    with db.cursor() as cur:
        cur.execute(f"UPDATE orders SET state = 'paid' WHERE id = {order['id']}")  # expect: SEC014 "In handler 'chalice_app.on_order'"


@app.route("/health")
def health():
    with db.cursor() as cur:
        cur.execute("SELECT 1")  # ok: SEC014 (a constant)
    return {"ok": True}
