import os
import shlex
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
    os.system("ls " + shlex.quote(name))  # ok: SEC012 (quoted for the shell)
    safe = shlex.quote(body)
    os.system(f"wc -c {safe}")  # ok: SEC012 (quoted, through a variable)
    os.system("head -n %d /tmp/log" % int(event["lines"]))  # ok: SEC012 (a number)
    convert(shlex.quote(name))  # ok: SEC012 (quoted before the helper builds the command)
    return {"statusCode": 200}
