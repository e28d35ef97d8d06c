"""MiniAurora's Lambda Runtime API client for plain Python 3 handlers (def handler(event, context)).

Started by the local endpoint as a long-lived process with AWS_LAMBDA_RUNTIME_API, _HANDLER (module.function),
LAMBDA_TASK_ROOT and MINIAURORA_WORKER_TOKEN set. Loops GET /next -> handler -> POST /response or /error,
as https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html describes. Standard library only.
"""
import http.client
import importlib
import json
import os
import sys
import time
import traceback

API = os.environ["AWS_LAMBDA_RUNTIME_API"]
TOKEN = os.environ.get("MINIAURORA_WORKER_TOKEN", "")
BASE = "/2018-06-01/runtime"


class Context:
    def __init__(self, headers):
        self.aws_request_id = headers.get("Lambda-Runtime-Aws-Request-Id", "")
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn", "")
        self._deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms", "0") or 0)
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
        self.log_group_name = "/aws/lambda/" + self.function_name
        self.log_stream_name = "miniaurora"
        self.identity = None
        cc = headers.get("Lambda-Runtime-Client-Context")
        self.client_context = json.loads(cc) if cc else None

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


class Api:
    def __init__(self):
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        for attempt in range(2):
            if self.conn is None:
                host, _, port = API.partition(":")
                self.conn = http.client.HTTPConnection(host, int(port or 80))
            try:
                h = {"X-MiniAurora-Worker": TOKEN}
                if headers:
                    h.update(headers)
                self.conn.request(method, BASE + path, body=body, headers=h)
                resp = self.conn.getresponse()
                data = resp.read()
                return resp.status, {k: v for k, v in resp.getheaders()}, data
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    raise
        raise RuntimeError("unreachable")


def error_doc(exc):
    return {
        "errorMessage": str(exc),
        "errorType": type(exc).__name__,
        "stackTrace": traceback.format_tb(exc.__traceback__),
    }


def main():
    api = Api()
    sys.path.insert(0, os.environ.get("LAMBDA_TASK_ROOT", "."))
    module_name, _, func_name = os.environ["_HANDLER"].rpartition(".")
    try:
        handler = getattr(importlib.import_module(module_name), func_name)
    except Exception as exc:  # noqa: BLE001 - reported to the endpoint as Lambda does
        doc = error_doc(exc)
        doc["errorType"] = "Runtime.ImportModuleError" if isinstance(exc, (ImportError, SyntaxError)) else "Runtime.HandlerNotFound"
        doc["errorMessage"] = "Unable to import module '%s': %s" % (module_name, exc) if isinstance(exc, (ImportError, SyntaxError)) \
            else "Handler '%s' missing on module '%s'" % (func_name, module_name)
        api.request("POST", "/init/error", json.dumps(doc).encode(),
                    {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": "Runtime.ImportModuleError"})
        sys.exit(1)
    while True:
        status, headers, body = api.request("GET", "/invocation/next")
        if status != 200:
            time.sleep(0.05)
            continue
        ctx = Context(headers)
        try:
            event = json.loads(body) if body else {}
            result = handler(event, ctx)
            out = json.dumps(result).encode()
            api.request("POST", "/invocation/%s/response" % ctx.aws_request_id, out, {"Content-Type": "application/json"})
        except Exception as exc:  # noqa: BLE001 - a handler error is an invocation error, not a runtime crash
            api.request("POST", "/invocation/%s/error" % ctx.aws_request_id, json.dumps(error_doc(exc)).encode(),
                        {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": type(exc).__name__})


if __name__ == "__main__":
    main()
