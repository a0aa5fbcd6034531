import os


def make(notification, _):
    # Named by the manifest only: neither the function's name nor its parameters say handler.
    key = notification["Records"][0]["s3"]["object"]["key"]
    os.system("convert /tmp/{} /tmp/thumb.png".format(key))  # expect: SEC012 "in handler 'thumbnails.make'"


def cleanup(notification, _):
    os.system("rm -f /tmp/thumb.png")  # ok: SEC012 (a constant command)
