using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MiniAurora.Lambda.Aws;

/// <summary>
/// Reads AWS's restJson1 error shape: the code from <c>x-amzn-ErrorType</c> (namespace before '#' and anything
/// after ':' stripped) or the body's <c>__type</c>/<c>code</c>; the message from <c>message</c> or <c>Message</c>;
/// Retry-After from the header or the body's <c>retryAfterSeconds</c>.
/// </summary>
internal static class AwsErrorReader
{
    public static LambdaApiException ToException(int status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        string? code = headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.FirstOrDefault() : null;
        string? message = null;
        TimeSpan? retryAfter = headers.RetryAfter?.Delta;
        if (retryAfter is null && headers.TryGetValues("Retry-After", out var ra)
            && double.TryParse(ra.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out double raSeconds))
        {
            retryAfter = TimeSpan.FromSeconds(raSeconds);
        }
        ReadBody(body, ref code, ref message, ref retryAfter);
        code = NormalizeCode(code);
        var kind = status switch
        {
            429 => LambdaFailureKind.Throttled,
            404 => LambdaFailureKind.NotFound,
            401 or 403 => LambdaFailureKind.AccessDenied,
            >= 500 when code is "EC2ThrottledException" => LambdaFailureKind.Throttled,
            >= 500 => LambdaFailureKind.ServiceError,
            _ => code is "TooManyRequestsException" ? LambdaFailureKind.Throttled : LambdaFailureKind.ClientError,
        };
        string text = (code ?? $"HTTP {status}") + (string.IsNullOrEmpty(message) ? "" : ": " + message);
        return new LambdaApiException(kind, text, code, status, retryAfter);
    }

    public static string? NormalizeCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }
        int hash = code.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    private static void ReadBody(ReadOnlySpan<byte> body, ref string? code, ref string? message, ref TimeSpan? retryAfter)
    {
        if (body.IsEmpty)
        {
            return;
        }
        try
        {
            var r = new Utf8JsonReader(body);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
            {
                return;
            }
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                string name = r.GetString()!;
                r.Read();
                if (r.TokenType == JsonTokenType.String)
                {
                    string v = r.GetString()!;
                    if (name is "message" or "Message" or "errorMessage")
                    {
                        message ??= v;
                    }
                    else if (name is "__type" or "code" or "Code")
                    {
                        code ??= v;
                    }
                    else if (name == "retryAfterSeconds" && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double s))
                    {
                        retryAfter ??= TimeSpan.FromSeconds(s);
                    }
                }
                else if (r.TokenType == JsonTokenType.Number && name == "retryAfterSeconds")
                {
                    retryAfter ??= TimeSpan.FromSeconds(r.GetDouble());
                }
                else
                {
                    r.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the status and header still classify the failure.
        }
    }
}
