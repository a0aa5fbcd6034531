def main(payload, ctx):
    # The manifest names the handler: its first parameter is the event, whatever its name.
    return [r["s3"]["object"]["key"] for r in payload["Records"]], payload["Records"][0]["s3"]  # expect: LCK003 "Handler 'resize.main' reads r["


def other(payload, ctx):
    return payload["Records"][0]["s3"]  # ok: LCK003 (not the function the manifest names, nor called by it)
