import json  # ok: LCK004
import azure.functions as func  # expect: LCK004 "Azure Functions Python library"


def main(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse("ok")


def handler(event, context):
    left = context.get_remaining_time_in_millis()  # expect: LCK004 "Lambda context object"
    return json.dumps({"left": left, "name": context.function_name})  # ok: LCK004 (an attribute, not a runtime call)
