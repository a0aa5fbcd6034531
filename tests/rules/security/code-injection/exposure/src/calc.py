def public_handler(event, context):
    return eval(event["body"])  # expect: SEC013:error "crafted input runs code in the function; the function's public URL (AuthType NONE) takes requests from anyone"


def queue_handler(event, context):
    return [eval(r["body"]) for r in event["Records"]]  # expect: SEC013:note "its event comes from SQS queue 'Jobs', so only those who can write there can craft it"


def api_handler(event, context):
    return eval(event["body"])  # expect: SEC013:warning "requires authentication (AWS_IAM)"


def open_handler(event, context):
    return eval(event["body"])  # expect: SEC013:error "its API Gateway HTTP API trigger 'Calc' takes requests from anyone (no authentication)"


def defined_handler(event, context):
    return eval(event["body"])  # expect: SEC013:error "its API Gateway REST API trigger 'Calc' may take requests from anyone: its authentication is set where faaslint cannot see it"
