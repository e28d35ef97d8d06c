"""Local stand-in for the seed document's SES_send_email function: instead of calling SES it appends the
email it would send (one JSON line) to $MINIAURORA_EXAMPLE_OUTPUT (default: sent-messages.jsonl beside the
functions folder)."""
import json
import os


def _append(record):
    path = os.environ.get("MINIAURORA_EXAMPLE_OUTPUT") or os.path.join(
        os.environ.get("LAMBDA_TASK_ROOT", "."), "..", "sent-messages.jsonl")
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, sort_keys=True) + "\n")


def SES_send_email(event, context):
    message = {
        "Source": event["email_from"],
        "Destination": {"ToAddresses": [event["email_to"]]},
        "Message": {
            "Subject": {"Data": event["email_subject"]},
            "Body": {"Text": {"Data": event["email_body"]}},
        },
    }
    _append({"function": "SES_send_email", "request_id": context.aws_request_id,
             "client_context": context.client_context, "event": event, "ses_send_email": message})
    return {"MessageId": context.aws_request_id}
