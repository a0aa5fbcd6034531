import functions_framework


@functions_framework.http
def hello(request):
    return "hello " + request.args.get("name", "world")


def plain(x):  # ok: LCK005 (the summary is at the function in the manifest)
    return x
