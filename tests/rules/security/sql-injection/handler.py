import json
import logging
import os
import shlex

import boto3
import pymysql
from boto3.dynamodb.conditions import Key

log = logging.getLogger()
conn = pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASSWORD"], database="shop")
table = boto3.resource("dynamodb").Table(os.environ["TABLE"])
rds = boto3.client("rds-data")


def find_orders(cursor, user):
    cursor.execute(f"SELECT * FROM orders WHERE user = '{user}'")  # expect: SEC014 "In 'handler.find_orders', called from handler 'handler.handler', data from the event is built into the SQL query that cursor.execute() runs"
    return cursor.fetchall()


def handler(event, context):
    body = json.loads(event["body"])
    cur = conn.cursor()
    cur.execute("SELECT * FROM items WHERE id = " + body["id"])  # expect: SEC014:error "built into the SQL query that pymysql.connect.cursor.execute() runs"
    cur.execute("SELECT * FROM items WHERE id = %s", (body["id"],))  # ok: SEC014 (a parameter)
    cur.execute("SELECT * FROM items WHERE id = " + str(int(body["id"])))  # ok: SEC014 (a number)
    cur.execute("SELECT * FROM items WHERE name = '" + shlex.quote(body["name"]) + "'")  # expect: SEC014 "built into the SQL query" (quoted for a shell, not for SQL)
    query = "DELETE FROM carts WHERE owner = '%s'" % body["owner"]
    cur.execute(query)  # expect: SEC014 "pymysql.connect.cursor.execute()"
    log.info("SELECT requested for %s" % body["id"])  # ok: SEC014 (a log line with SQL words is no query)
    rows = find_orders(cur, body["user"])
    rds.execute_statement(resourceArn="arn", secretArn="arn", sql="SELECT * FROM t WHERE a = '" + body["a"] + "'")  # expect: SEC014 "aws.rds-data.ExecuteStatement()"
    rds.execute_statement(resourceArn="arn", secretArn="arn", sql="SELECT * FROM t WHERE a = :a", parameters=[{"name": "a", "value": {"stringValue": body["a"]}}])  # ok: SEC014 (a parameter)
    table.scan(FilterExpression="contains(title, " + body["q"] + ")")  # expect: SEC014 "built into the FilterExpression of aws.dynamodb.Scan"
    table.query(KeyConditionExpression=Key("user").eq(body["user"]))  # ok: SEC014 (boto3's condition builder)
    table.scan(ScanFilter=body["filter"])  # expect: SEC014 "the event's own object is the ScanFilter of aws.dynamodb.Scan"
    table.scan(ScanFilter={"user": {"AttributeValueList": [body["user"]], "ComparisonOperator": "EQ"}})  # ok: SEC014 (built in the code)
    table.query(KeyConditionExpression="user = :u", ExpressionAttributeValues={":u": body["user"]})  # ok: SEC014 (a value)
    return {"statusCode": 200, "body": json.dumps(rows)}
