using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MiniAurora.Lambda.Emulator;

public sealed partial class LocalLambdaEndpoint
{
    /// <summary>
    /// The Runtime API (2018-06-01) for this endpoint's handler processes: <c>invocation/next</c> (long poll),
    /// <c>invocation/{id}/response</c>, <c>invocation/{id}/error</c>, <c>init/error</c>. A process identifies itself
    /// with the <c>X-MiniAurora-Worker</c> token it was started with.
    /// </summary>
    private async Task HandleRuntimeAsync(HttpContext ctx, string rest)
    {
        var worker = _hub.Worker(ctx.Request.Headers["X-MiniAurora-Worker"].ToString());
        if (worker is null)
        {
            await WriteErrorAsync(ctx, 403, "AccessDeniedException", "unknown runtime worker").ConfigureAwait(false);
            return;
        }
        if (rest == "invocation/next" && HttpMethods.IsGet(ctx.Request.Method))
        {
            await NextAsync(ctx, worker).ConfigureAwait(false);
            return;
        }
        byte[] body = await ReadBodyAsync(ctx.Request).ConfigureAwait(false);
        if (rest == "init/error")
        {
            var error = ErrorOutcome(body, "Runtime.InitError");
            worker.Current?.TryComplete(error);
            worker.Owner.OnInitError(error);
            ctx.Response.StatusCode = 202;
            return;
        }
        string[] parts = rest.Split('/');
        if (parts is ["invocation", var id, "response" or "error"] && HttpMethods.IsPost(ctx.Request.Method))
        {
            var ri = _hub.Invocation(id);
            if (ri is null)
            {
                // Late answer for an invocation that already timed out: Lambda answers 400 InvalidRequestID-ish; keep it simple.
                await WriteErrorAsync(ctx, 400, "InvalidRequestID", "unknown or finished request id").ConfigureAwait(false);
                return;
            }
            ri.TryComplete(parts[2] == "response" ? new LocalOutcome(body) : ErrorOutcome(body, "Unhandled"));
            if (worker.Current == ri)
            {
                worker.Current = null;
            }
            ctx.Response.StatusCode = 202;
            await ctx.Response.WriteAsync("{\"status\":\"OK\"}").ConfigureAwait(false);
            return;
        }
        await WriteErrorAsync(ctx, 404, "UnknownOperationException", "unknown runtime API path").ConfigureAwait(false);
    }

    private async Task NextAsync(HttpContext ctx, HandlerProcess worker)
    {
        worker.Owner.OnPolling();
        RuntimeInvocation ri;
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted, _stop.Token);
        try
        {
            do
            {
                ri = await worker.Owner.Queue.ReadAsync(poll.Token).ConfigureAwait(false);
            }
            while (ri.IsDone);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            ctx.Response.StatusCode = 410;
            return;
        }
        worker.Owner.Assign(worker, ri);
        var inv = ri.Invocation;
        var h = ctx.Response.Headers;
        h["Lambda-Runtime-Aws-Request-Id"] = inv.RequestId;
        h["Lambda-Runtime-Deadline-Ms"] = inv.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        h["Lambda-Runtime-Invoked-Function-Arn"] = inv.FunctionArn;
        h["Lambda-Runtime-Trace-Id"] = "Root=1-00000000-000000000000000000000000;Sampled=0";
        if (inv.ClientContext is not null)
        {
            h["Lambda-Runtime-Client-Context"] = inv.ClientContext;
        }
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.Body.WriteAsync(inv.Payload).ConfigureAwait(false);
    }

    private static LocalOutcome ErrorOutcome(byte[] body, string fallbackType)
    {
        var (type, message) = LambdaResult.ReadErrorDocument(body);
        return type is null && message is null
            ? LocalOutcome.Error(fallbackType, Encoding.UTF8.GetString(body))
            : new LocalOutcome(body, "Unhandled");
    }
}
