"""boto3 as an independent client of MiniAurora's local Lambda endpoint.

usage: /usr/bin/python3 boto3_client.py ENDPOINT_URL ACCESS_KEY SECRET ROLE_ARN
Prints one JSON object: case name -> what boto3 returned or raised.
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions

endpoint, key, secret, role = sys.argv[1:5]
cfg = botocore.config.Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=20)


def client(service, k=key, s=secret, token=None):
    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=k,
                        aws_secret_access_key=s, aws_session_token=token, config=cfg)


def invoke(c, **kw):
    try:
        r = c.invoke(**kw)
        return {"StatusCode": r["StatusCode"], "FunctionError": r.get("FunctionError"),
                "ExecutedVersion": r.get("ExecutedVersion"), "Payload": r["Payload"].read().decode("utf-8")}
    except botocore.exceptions.ClientError as e:
        return {"Error": e.response["Error"]["Code"], "Message": e.response["Error"].get("Message"),
                "HTTPStatus": e.response["ResponseMetadata"]["HTTPStatusCode"]}


lam = client("lambda")
out = {
    "request_response": invoke(lam, FunctionName="echo", Payload=b'{"a": 1}'),
    "explicit_request_response": invoke(lam, FunctionName="echo", InvocationType="RequestResponse", Payload=b'[1,2]'),
    "event": invoke(lam, FunctionName="echo", InvocationType="Event", Payload=b'{"e": 1}'),
    "dry_run": invoke(lam, FunctionName="echo", InvocationType="DryRun"),
    "function_error": invoke(lam, FunctionName="fail", Payload=b'{"errorType": "Boom", "errorMessage": "bad"}'),
    "unknown_function": invoke(lam, FunctionName="no_such_function", Payload=b"{}"),
    "arn_qualifier": invoke(lam, FunctionName="arn:aws:lambda:us-east-1:123456789012:function:echo", Qualifier="prod", Payload=b'"q"'),
    "python_handler": invoke(lam, FunctionName="BasicTestLambda", Payload=b'{"operation": "ping"}'),
    "wrong_signature": invoke(client("lambda", s="not-the-secret"), FunctionName="echo", Payload=b"{}"),
}
try:
    creds = client("sts").assume_role(RoleArn=role, RoleSessionName="boto3")["Credentials"]
    temp = client("lambda", creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    out["assume_role_invoke"] = invoke(temp, FunctionName="echo", Payload=b'{"via": "sts"}')
except botocore.exceptions.ClientError as e:
    out["assume_role_invoke"] = {"Error": e.response["Error"]["Code"], "Message": e.response["Error"].get("Message")}
try:
    client("sts").assume_role(RoleArn="arn:aws:iam::123456789012:role/not-associated", RoleSessionName="xx")
    out["assume_unknown_role"] = {"Error": None}
except botocore.exceptions.ClientError as e:
    out["assume_unknown_role"] = {"Error": e.response["Error"]["Code"]}
print(json.dumps(out))
