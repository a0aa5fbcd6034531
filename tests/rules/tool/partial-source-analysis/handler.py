import os


def helper(event):
    return os.system(event["cmd"])  # ok: SEC012 (the handler below cannot be read, so nothing links it)


def lambda_handler(event, context)  # expect: FL008 "the parser reported 1 error (the first at line 8), so findings may be missing"
    return helper(event)
