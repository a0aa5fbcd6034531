#!/usr/bin/env python3
"""Writes COUNT deterministic Python and COUNT JavaScript Lambda handlers under DIR/python and
DIR/javascript for bench/scripts.sh: several helpers each, SDK clients, loops, string building,
and now and then a sleep, a shell call or a waiter, so every analyzer path runs.
Usage: gen_scripts.py COUNT DIR"""
import pathlib
import sys

PY_HEAD = '''"""Order processing handler {i}: validates the request, stores it and notifies."""
import json
import logging
import os
import subprocess
import time

import boto3
from botocore.config import Config

logger = logging.getLogger(__name__)
TABLE = os.environ.get("TABLE_NAME", "orders-{i}")
dynamodb = boto3.resource("dynamodb", config=Config(retries={{"max_attempts": 3}}))
table = dynamodb.Table(TABLE)
s3 = boto3.client("s3")
sqs = boto3.client("sqs")
'''

PY_STEP = '''

def step_{j}(order, attempt=0):
    """Step {j}: normalise the fields and compute totals."""
    items = order.get("items", [])
    total = 0
    for item in items:
        price = float(item.get("price", 0))
        quantity = int(item.get("quantity", 1))
        if quantity > {limit}:
            raise ValueError(f"too many of {{item.get('sku')}}: {{quantity}}")
        total += price * quantity
    order["total_{j}"] = round(total, 2)
    key = "orders/%s/step-{j}.json" % order.get("id", "unknown")
    s3.put_object(Bucket=os.environ["BUCKET"], Key=key, Body=json.dumps(order).encode("utf-8"))
    logger.info("step {j} stored %s (%d items, total %.2f)", key, len(items), total)
    return order
'''

PY_EXTRA = [
    '''
    time.sleep(0.{j})
''',
    '''
    subprocess.run(["gzip", "-k", "/tmp/order-{j}.json"], check=False)
''',
    '''
    s3.get_waiter("object_exists").wait(Bucket=os.environ["BUCKET"], Key="orders/done-{j}")
''',
    '',
]

PY_HANDLER = '''

def lambda_handler(event, context):
    body = json.loads(event.get("body") or "{{}}")
    order = {{"id": body.get("id"), "items": body.get("items", []), "customer": body.get("customer")}}
{steps}
    table.put_item(Item={{"id": order["id"], "order": json.dumps(order)}})
    sqs.send_message(QueueUrl=os.environ["QUEUE_URL"], MessageBody=json.dumps({{"id": order["id"]}}))
    return {{"statusCode": 200, "body": json.dumps({{"id": order["id"], "steps": {count}}})}}
'''

JS_HEAD = '''// Thumbnail and order handler {i}.
const {{ S3Client, GetObjectCommand, PutObjectCommand }} = require('@aws-sdk/client-s3');
const {{ DynamoDBDocumentClient, PutCommand }} = require('@aws-sdk/lib-dynamodb');
const {{ DynamoDBClient }} = require('@aws-sdk/client-dynamodb');
const {{ execSync }} = require('child_process');

const s3 = new S3Client({{}});
const db = DynamoDBDocumentClient.from(new DynamoDBClient({{}}));
const TABLE = process.env.TABLE_NAME || 'orders-{i}';
'''

JS_STEP = '''
async function step{j}(order) {{
  const items = order.items || [];
  let total = 0;
  for (const item of items) {{
    if ((item.quantity || 1) > {limit}) throw new Error(`too many of ${{item.sku}}`);
    total += Number(item.price || 0) * (item.quantity || 1);
  }}
  order[`total{j}`] = Math.round(total * 100) / 100;
  await s3.send(new PutObjectCommand({{ Bucket: process.env.BUCKET, Key: `orders/${{order.id}}/step-{j}.json`, Body: JSON.stringify(order) }}));
  return order;
}}
'''

JS_EXTRA = [
    "  await new Promise((resolve) => setTimeout(resolve, {j}00));\n",
    "  execSync('gzip -k /tmp/order-{j}.json');\n",
    "",
    "",
]

JS_HANDLER = '''
exports.handler = async (event) => {{
  const body = JSON.parse(event.body || '{{}}');
  let order = {{ id: body.id, items: body.items || [], customer: body.customer }};
{steps}
  await db.send(new PutCommand({{ TableName: TABLE, Item: order }}));
  const obj = await s3.send(new GetObjectCommand({{ Bucket: process.env.BUCKET, Key: `orders/${{order.id}}.json` }}));
  return {{ statusCode: 200, body: JSON.stringify({{ id: order.id, size: obj.ContentLength }}) }};
}};
'''


def main() -> None:
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    (out / "python").mkdir(parents=True, exist_ok=True)
    (out / "javascript").mkdir(parents=True, exist_ok=True)
    for i in range(1, count + 1):
        n = i % 9 + 6
        py = PY_HEAD.format(i=i)
        for j in range(1, n + 1):
            py += PY_STEP.format(j=j, limit=j * 10).replace("    return order\n", PY_EXTRA[(i + j) % 4].format(j=j) + "    return order\n")
        py += PY_HANDLER.format(steps="".join(f"    order = step_{j}(order)\n" for j in range(1, n + 1)), count=n)
        (out / "python" / f"handler_{i}.py").write_text(py)
        m = i % 5 + 2
        js = JS_HEAD.format(i=i)
        for j in range(1, m + 1):
            js += JS_STEP.format(j=j, limit=j * 10).replace("  return order;\n", JS_EXTRA[(i + j) % 4].format(j=j) + "  return order;\n")
        js += JS_HANDLER.format(steps="".join(f"  order = await step{j}(order);\n" for j in range(1, m + 1)))
        (out / "javascript" / f"handler_{i}.js").write_text(js)


if __name__ == "__main__":
    main()
