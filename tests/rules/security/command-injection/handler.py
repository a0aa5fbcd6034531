import os
import subprocess
import subprocess as sp
from os import popen as run_shell


def convert(name):
    subprocess.run("convert " + name, shell=True)  # expect: SEC012 "subprocess.run() in 'handler.convert', called from handler"


def lambda_handler(event, context):
    body = event["body"]
    name = event.get("queryStringParameters", {}).get("name")
    os.system(f"ls {name}")  # expect: SEC012 "os.system() in handler 'handler.lambda_handler'"
    run_shell("cat " + body)  # expect: SEC012 "os.popen()"
    convert(name)
    sp.run(["ls", name])  # ok: SEC012 (a list, no shell)
    sp.run("ls " + name, shell=False)  # ok: SEC012 (no shell)
    os.system("ls /tmp")  # ok: SEC012 (a constant command)
    return {"statusCode": 200}
