using System.Text.Json;

namespace MiniAurora.Lambda;

/// <summary>
/// The answer to one Invoke call. <see cref="Payload"/> holds the response bytes unchanged (the function's
/// JSON result, or its error document when <see cref="FunctionError"/> is set; empty for Event/DryRun).
/// </summary>
/// <param name="StatusCode">200 (RequestResponse), 202 (Event) or 204 (DryRun).</param>
/// <param name="Payload">Response bytes; owned by the result.</param>
/// <param name="FunctionError"><c>X-Amz-Function-Error</c>: <c>Handled</c>, <c>Unhandled</c>, or null.</param>
/// <param name="ErrorType">The error document's <c>errorType</c> when the function failed.</param>
/// <param name="ErrorMessage">The error document's <c>errorMessage</c> when the function failed.</param>
/// <param name="ExecutedVersion"><c>X-Amz-Executed-Version</c>, e.g. <c>$LATEST</c>.</param>
/// <param name="RequestId">The service's request id (<c>x-amzn-RequestId</c>), when sent.</param>
public sealed record LambdaResult(
    int StatusCode,
    ReadOnlyMemory<byte> Payload,
    string? FunctionError,
    string? ErrorType,
    string? ErrorMessage,
    string? ExecutedVersion,
    string? RequestId = null)
{
    public bool IsFunctionError => FunctionError is not null;

    /// <summary>
    /// Aurora's lambda_sync behaviour (MiniAurora's documented choice): a function error becomes
    /// <c>ERROR 1873: Lambda API returned error: Function error (Unhandled) errorType: errorMessage</c>.
    /// </summary>
    public void ThrowIfFunctionError()
    {
        if (FunctionError is null)
        {
            return;
        }
        string text = $"Function error ({FunctionError})";
        if (ErrorType is not null || ErrorMessage is not null)
        {
            text += $" {ErrorType ?? "Error"}: {ErrorMessage}";
        }
        throw new LambdaApiException(LambdaFailureKind.ClientError, text, FunctionError, StatusCode).ToMySqlException();
    }

    /// <summary>Builds a result, reading errorType/errorMessage from the payload when a function error is flagged.</summary>
    public static LambdaResult Create(int statusCode, ReadOnlyMemory<byte> payload, string? functionError, string? executedVersion, string? requestId = null)
    {
        string? type = null, message = null;
        if (functionError is not null)
        {
            (type, message) = ReadErrorDocument(payload.Span);
        }
        return new LambdaResult(statusCode, payload, functionError, type, message, executedVersion, requestId);
    }

    /// <summary>Reads <c>errorType</c>/<c>errorMessage</c> from a Lambda error document; nulls when absent or not JSON.</summary>
    public static (string? Type, string? Message) ReadErrorDocument(ReadOnlySpan<byte> payload)
    {
        string? type = null, message = null;
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("errorType"u8);
                bool isMessage = reader.ValueTextEquals("errorMessage"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && (isType || isMessage))
                {
                    if (isType)
                    {
                        type = reader.GetString();
                    }
                    else
                    {
                        message = reader.GetString();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // A non-JSON error body keeps whatever was read; the raw bytes stay in Payload.
        }
        return (type, message);
    }
}
