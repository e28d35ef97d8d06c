using Microsoft.AspNetCore.Http;

namespace MiniAurora.Lambda.Emulator;

public sealed partial class LocalLambdaEndpoint
{
    private async Task HandleInvokeAsync(HttpContext ctx, string wirePath, string? rawQuery, string name, byte[] body, string requestId)
    {
        var verdict = Verify(ctx, wirePath, rawQuery, body, "lambda");
        if (!verdict.Ok)
        {
            await WriteErrorAsync(ctx, verdict.Status, verdict.ErrorCode!, verdict.Message!).ConfigureAwait(false);
            return;
        }
        if (!LambdaFunctionTarget.TryParse(name, out var target, out string? nameError))
        {
            await WriteErrorAsync(ctx, 400, "ValidationException", nameError).ConfigureAwait(false);
            return;
        }
        string? qualifier = ctx.Request.Query.TryGetValue("Qualifier", out var qv) ? qv.ToString() : null;
        if (qualifier is not null && target.Qualifier is not null && qualifier != target.Qualifier)
        {
            await WriteErrorAsync(ctx, 400, "InvalidParameterValueException",
                "The derived qualifier from the function name does not match the specified qualifier.").ConfigureAwait(false);
            return;
        }
        qualifier ??= target.Qualifier;
        string arn = (target with { Qualifier = qualifier }).ToArn(verdict.Region ?? _options.Region, _options.AccountId);
        if (!_functions.TryGetValue(target.Name, out var function))
        {
            await WriteErrorAsync(ctx, 404, "ResourceNotFoundException", "Function not found: " + arn).ConfigureAwait(false);
            return;
        }
        string typeHeader = ctx.Request.Headers["X-Amz-Invocation-Type"].ToString();
        LambdaInvocationType type;
        if (typeHeader.Length == 0)
        {
            type = LambdaInvocationType.RequestResponse;
        }
        else if (!char.IsAsciiLetter(typeHeader[0]) || !Enum.TryParse(typeHeader, ignoreCase: false, out type) || !Enum.IsDefined(type))
        {
            await WriteErrorAsync(ctx, 400, "InvalidParameterValueException", $"Unsupported invocation type {typeHeader}").ConfigureAwait(false);
            return;
        }
        if (type != LambdaInvocationType.DryRun)
        {
            ReadOnlySpan<byte> payload = body.Length == 0 ? "{}"u8 : body;
            if (!LambdaRequest.TryValidatePayload(payload, type, out string? payloadError))
            {
                bool tooLarge = payloadError.StartsWith("RequestTooLarge", StringComparison.Ordinal);
                int colon = payloadError.IndexOf(": ", StringComparison.Ordinal);
                await WriteErrorAsync(ctx, tooLarge ? 413 : 400, tooLarge ? "RequestTooLargeException" : "InvalidRequestContentException",
                    payloadError[(colon + 2)..]).ConfigureAwait(false);
                return;
            }
        }
        if (_faults.TryGetValue(target.Name, out var faults) && faults.TryDequeue(out var fault))
        {
            await WriteErrorAsync(ctx, fault.Status, fault.ErrorCode, fault.Message, fault.RetryAfterSeconds,
                fault.Status == 429 ? "ConcurrentInvocationLimitExceeded" : null).ConfigureAwait(false);
            return;
        }
        if (type == LambdaInvocationType.DryRun)
        {
            ctx.Response.StatusCode = 204;
            return;
        }
        var invocation = new LocalInvocation(requestId, arn, body.Length == 0 ? "{}"u8.ToArray() : body,
            DecodeClientContext(ctx.Request.Headers["X-Amz-Client-Context"].ToString()), _time.GetUtcNow() + function.Timeout);
        if (type == LambdaInvocationType.Event)
        {
            Interlocked.Increment(ref _eventsPending);
            _events.Writer.TryWrite((function, invocation, 1));
            ctx.Response.StatusCode = 202;
            return;
        }
        var outcome = await RunAsync(function, invocation, ctx.RequestAborted).ConfigureAwait(false);
        Record(function.Name, invocation, type, outcome);
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "application/json";
        ctx.Response.Headers["X-Amz-Executed-Version"] = "$LATEST";
        if (outcome.FunctionError is not null)
        {
            ctx.Response.Headers["X-Amz-Function-Error"] = outcome.FunctionError;
        }
        await ctx.Response.Body.WriteAsync(outcome.Payload).ConfigureAwait(false);
    }
}
