using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MiniAurora.Lambda.Emulator;

public sealed partial class LocalLambdaEndpoint
{
    private const string InvokePrefix = "/2015-03-31/functions/";
    private const string RuntimePrefix = "/2018-06-01/runtime/";

    private async Task HandleAsync(HttpContext ctx)
    {
        string rawTarget = ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
        int q = rawTarget.IndexOf('?', StringComparison.Ordinal);
        string wirePath = q < 0 ? rawTarget : rawTarget[..q];
        string? rawQuery = q < 0 ? null : rawTarget[(q + 1)..];
        string requestId = Guid.NewGuid().ToString("D");
        ctx.Response.Headers["x-amzn-RequestId"] = requestId;

        if (wirePath.StartsWith(RuntimePrefix, StringComparison.Ordinal))
        {
            await HandleRuntimeAsync(ctx, wirePath[RuntimePrefix.Length..]).ConfigureAwait(false);
            return;
        }
        byte[] body = await ReadBodyAsync(ctx.Request).ConfigureAwait(false);
        if (HttpMethods.IsPost(ctx.Request.Method) && wirePath.StartsWith(InvokePrefix, StringComparison.Ordinal)
            && wirePath.EndsWith("/invocations", StringComparison.Ordinal))
        {
            string encodedName = wirePath[InvokePrefix.Length..^"/invocations".Length];
            await HandleInvokeAsync(ctx, wirePath, rawQuery, Uri.UnescapeDataString(encodedName), body, requestId).ConfigureAwait(false);
            return;
        }
        if (HttpMethods.IsPost(ctx.Request.Method) && wirePath == "/")
        {
            await HandleStsAsync(ctx, wirePath, rawQuery, body, requestId).ConfigureAwait(false);
            return;
        }
        await WriteErrorAsync(ctx, 404, "UnknownOperationException", $"Unknown operation {ctx.Request.Method} {wirePath}").ConfigureAwait(false);
    }

    private SigV4Verifier.Verdict Verify(HttpContext ctx, string wirePath, string? rawQuery, byte[] body, string service)
    {
        if (!_options.VerifySignatures)
        {
            return new SigV4Verifier.Verdict(true, 200, null, null, "anonymous", _options.Region);
        }
        var headers = ctx.Request.Headers;
        return _verifier.Verify(ctx.Request.Method, wirePath, rawQuery,
            name => headers.TryGetValue(name, out var v) ? (IReadOnlyList<string>)v.Select(s => s ?? "").ToList() : [],
            body, service);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var ms = new MemoryStream(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength.Value : 256);
        await request.Body.CopyToAsync(ms).ConfigureAwait(false);
        return ms.ToArray();
    }

    /// <summary>AWS's restJson1 error: the code in <c>x-amzn-ErrorType</c> and in the body, with <c>Type</c> and <c>message</c>.</summary>
    private static Task WriteErrorAsync(HttpContext ctx, int status, string code, string message, int? retryAfterSeconds = null,
        string? reason = null)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers["x-amzn-ErrorType"] = code;
        ctx.Response.ContentType = "application/json";
        var doc = new Dictionary<string, object> { ["Type"] = status >= 500 ? "Service" : "User", ["message"] = message };
        if (retryAfterSeconds is { } ra)
        {
            ctx.Response.Headers["Retry-After"] = ra.ToString(System.Globalization.CultureInfo.InvariantCulture);
            doc["retryAfterSeconds"] = ra.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (reason is not null)
        {
            doc["Reason"] = reason;
        }
        return ctx.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(doc)).AsTask();
    }

    private static string? DecodeClientContext(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }
        try
        {
            string json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
            if (json.Any(c => c > 0x7e))
            {
                // Passed on as an HTTP header (Lambda-Runtime-Client-Context), which must be ASCII: re-serialise with \u escapes.
                using var doc = JsonDocument.Parse(json);
                json = JsonSerializer.Serialize(doc.RootElement);
            }
            return json;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
