namespace MiniAurora.Lambda;

/// <summary>The Invoke API's <c>X-Amz-Invocation-Type</c>.</summary>
public enum LambdaInvocationType
{
    /// <summary>Synchronous: the caller gets the function's response (HTTP 200). <c>lambda_sync</c>.</summary>
    RequestResponse = 0,

    /// <summary>Asynchronous: Lambda queues the event and answers 202 with no body. <c>lambda_async</c>.</summary>
    Event = 1,

    /// <summary>Validates parameters and permissions only (HTTP 204).</summary>
    DryRun = 2,
}
