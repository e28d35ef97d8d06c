"""Local stand-in for the seed document's SNS_publish_message function: instead of calling SNS it appends
the message it would publish (one JSON line) to $MINIAURORA_EXAMPLE_OUTPUT (default: sent-messages.jsonl
beside the functions folder)."""
import json
import os


def _append(record):
    path = os.environ.get("MINIAURORA_EXAMPLE_OUTPUT") or os.path.join(
        os.environ.get("LAMBDA_TASK_ROOT", "."), "..", "sent-messages.jsonl")
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, sort_keys=True) + "\n")


def SNS_publish_message(event, context):
    publish = {
        "TopicArn": "arn:aws:sns:us-west-2:123456789012:Sample_Topic",
        "Message": event["message"],
        "Subject": event["subject"],
        "MessageStructure": "string",
    }
    _append({"function": "SNS_publish_message", "request_id": context.aws_request_id,
             "client_context": context.client_context, "event": event, "sns_publish": publish})
    return {"MessageId": context.aws_request_id}
