"""The seed document's BasicTestLambda: answers {"operation": "ping"} with {"operation": "pong", ...}; any
other operation is an error (so lambda_sync's function-error path can be seen too)."""


def handler(event, context):
    op = event.get("operation") if isinstance(event, dict) else None
    if op == "ping":
        return {"operation": "pong", "status": "ok", "request_id": context.aws_request_id}
    raise ValueError("unsupported operation: %r" % (op,))
