def handler(event, context):
    return f(a if b else c, (x if y else "z"))
