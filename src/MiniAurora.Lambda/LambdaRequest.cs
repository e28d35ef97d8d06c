using System.Text;
using System.Text.Json;

namespace MiniAurora.Lambda;

/// <summary>
/// One Invoke call. Build it with <see cref="Create(string, ReadOnlyMemory{byte}, LambdaInvocationType, string?)"/>,
/// which validates the name and the payload as Aurora/Lambda do and throws 1873 with a clear text otherwise.
/// The payload memory is owned by the request and must not change while the call runs.
/// </summary>
/// <param name="Target">The parsed function name/ARN.</param>
/// <param name="Payload">The event, UTF-8 JSON.</param>
/// <param name="InvocationType">RequestResponse (lambda_sync), Event (lambda_async) or DryRun.</param>
/// <param name="InvocationId">A stable id sent in the client context (<c>custom.invocation_id</c>) so handlers can de-duplicate at-least-once deliveries.</param>
/// <param name="ClientContextCustom">Extra <c>custom</c> entries for the client context, or null.</param>
public sealed record LambdaRequest(
    LambdaFunctionTarget Target,
    ReadOnlyMemory<byte> Payload,
    LambdaInvocationType InvocationType,
    string InvocationId,
    IReadOnlyDictionary<string, string>? ClientContextCustom = null)
{
    /// <summary>Lambda's synchronous payload limit (API_Invoke): 6 MB.</summary>
    public const int MaxSyncPayloadBytes = 6 * 1024 * 1024;

    /// <summary>Lambda's asynchronous (Event) payload limit, raised from 256 KB to 1 MB (API_Invoke).</summary>
    public const int MaxAsyncPayloadBytes = 1024 * 1024;

    /// <summary>The client context's limit after base64 (API_Invoke).</summary>
    public const int MaxClientContextBytes = 3583;

    /// <summary>Validates and builds a request; a null <paramref name="invocationId"/> gets a fresh GUID.</summary>
    public static LambdaRequest Create(string functionName, ReadOnlyMemory<byte> payload, LambdaInvocationType type, string? invocationId = null)
    {
        var target = LambdaFunctionTarget.Parse(functionName);
        ValidatePayload(payload.Span, type);
        return new LambdaRequest(target, payload, type, invocationId ?? Guid.NewGuid().ToString("D"));
    }

    /// <summary>Same as the other overload for a string payload (encoded as UTF-8).</summary>
    public static LambdaRequest Create(string functionName, string payload, LambdaInvocationType type, string? invocationId = null) =>
        Create(functionName, Encoding.UTF8.GetBytes(payload), type, invocationId);

    /// <summary>Throws 1873 unless the payload is one JSON value within the size limit of <paramref name="type"/>.</summary>
    public static void ValidatePayload(ReadOnlySpan<byte> payload, LambdaInvocationType type)
    {
        if (TryValidatePayload(payload, type, out string? error))
        {
            return;
        }
        throw LambdaApiException.InvalidRequest(error).ToMySqlException();
    }

    public static bool TryValidatePayload(ReadOnlySpan<byte> payload, LambdaInvocationType type, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        int limit = type == LambdaInvocationType.Event ? MaxAsyncPayloadBytes : MaxSyncPayloadBytes;
        if (payload.Length > limit)
        {
            // Lambda's RequestTooLargeException text, with the operation's limit.
            error = $"RequestTooLargeException: Request must be smaller than {limit} bytes for the " +
                $"{(type == LambdaInvocationType.Event ? "asynchronous (Event)" : "synchronous (RequestResponse)")} Invoke operation (payload is {payload.Length} bytes)";
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 512 });
            if (!reader.Read())
            {
                error = "InvalidRequestContentException: Could not parse request body into json: the payload is empty";
                return false;
            }
            reader.Skip();
            if (reader.Read())
            {
                error = "InvalidRequestContentException: Could not parse request body into json: unexpected data after the JSON value";
                return false;
            }
        }
        catch (JsonException ex)
        {
            error = "InvalidRequestContentException: Could not parse request body into json: " + ex.Message;
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>The base64 JSON client context (<c>X-Amz-Client-Context</c>) carrying the invocation id.</summary>
    public string BuildClientContextHeader()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("custom");
            w.WriteString("invocation_id", InvocationId);
            if (ClientContextCustom is not null)
            {
                foreach (var (k, v) in ClientContextCustom)
                {
                    w.WriteString(k, v);
                }
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        string header = Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (header.Length > MaxClientContextBytes)
        {
            throw LambdaApiException.InvalidRequest(
                $"InvalidParameterValueException: client context is longer than {MaxClientContextBytes} bytes").ToMySqlException();
        }
        return header;
    }
}
