import base64
import json
import pickle

import yaml


def run_rule(rule, record):
    return eval(rule, {"record": record})  # expect: SEC013 "In 'handler.run_rule', called from handler 'handler.handler', data from the event reaches eval()"


def handler(event, context):
    body = json.loads(event["body"])  # ok: SEC013 (JSON cannot carry code)
    total = eval(event["queryStringParameters"]["expr"])  # expect: SEC013:error "In handler 'handler.handler', data from the event reaches eval(), which runs it as code"
    fixed = eval("1 + 1")  # ok: SEC013 (a constant)
    state = pickle.loads(base64.b64decode(event["headers"]["x-state"]))  # expect: SEC013 "deserialized by pickle.loads(): a crafted payload runs code"
    config = yaml.load(event["body"], Loader=yaml.SafeLoader)  # ok: SEC013 (a safe loader)
    legacy = yaml.load(event["body"], Loader=yaml.Loader)  # expect: SEC013 "deserialized by yaml.load()"
    plain = yaml.safe_load(event["body"])  # ok: SEC013
    local = pickle.loads(open("/var/task/model.pkl", "rb").read())  # ok: SEC013 (the package's own file)
    exec(compile("x = 1", "<string>", "exec"))  # ok: SEC013 (a constant)
    return run_rule(body["rule"], body), total, fixed, state, config, legacy, plain, local
