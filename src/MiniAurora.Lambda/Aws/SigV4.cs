using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MiniAurora.Lambda.Aws;

/// <summary>
/// AWS Signature Version 4 (header form), written from the public spec ("Create a signed AWS API request")
/// and checked against the public SigV4 test suite. Both the client (<see cref="AwsLambdaTransport"/>) and the
/// local endpoint's verifier use these pieces, so a request is canonicalised the same way on both sides.
/// </summary>
internal static class SigV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>x-amz-date format, e.g. 20150830T123600Z.</summary>
    public static string FormatAmzDate(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseAmzDate(string? s, out DateTimeOffset t) =>
        DateTimeOffset.TryParseExact(s, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out t);

    /// <summary>RFC 3986 encoding as SigV4 wants it: unreserved characters kept, all else %XX (upper case) of UTF-8.</summary>
    public static string UriEncode(string value, bool keepSlash)
    {
        var sb = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                sb.Append(c);
                continue;
            }
            int len = char.IsHighSurrogate(c) && i + 1 < value.Length
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            for (int b = 0; b < len; b++)
            {
                sb.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Canonical URI of a non-S3 service: the path <em>as sent on the wire</em>, URI-encoded once more per
    /// segment (so an ARN's %3A becomes %253A, as every SDK signs it).
    /// </summary>
    public static string CanonicalUri(string wirePath) =>
        string.IsNullOrEmpty(wirePath) ? "/" : UriEncode(wirePath, keepSlash: true);

    /// <summary>Canonical query string: pairs decoded, re-encoded, sorted by name then value.</summary>
    public static string CanonicalQuery(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return "";
        }
        string q = rawQuery[0] == '?' ? rawQuery[1..] : rawQuery;
        var pairs = new List<(string Key, string Value)>();
        foreach (string part in q.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string k = eq < 0 ? part : part[..eq];
            string v = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(k), false), UriEncode(Uri.UnescapeDataString(v), false)));
        }
        pairs.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>Header value canonical form: trimmed, inner runs of spaces collapsed to one.</summary>
    public static string CanonicalHeaderValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value.AsSpan().Trim())
        {
            if (c is ' ' or '\t')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <param name="headers">Signed headers: lower-case name → values (several values are joined with a comma).</param>
    public static string CanonicalRequest(string method, string wirePath, string? rawQuery,
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> headers, string payloadHash)
    {
        var sorted = headers.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder(256);
        sb.Append(method).Append('\n')
          .Append(CanonicalUri(wirePath)).Append('\n')
          .Append(CanonicalQuery(rawQuery)).Append('\n');
        foreach (var (name, values) in sorted)
        {
            sb.Append(name).Append(':').AppendJoin(',', values.Select(CanonicalHeaderValue)).Append('\n');
        }
        sb.Append('\n').AppendJoin(';', sorted.Select(h => h.Key)).Append('\n').Append(payloadHash);
        return sb.ToString();
    }

    public static string Scope(string date, string region, string service) => $"{date}/{region}/{service}/aws4_request";

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, string, string), byte[]> s_keys = new();

    /// <summary>The derived key, cached per (secret, day, region, service): four HMACs saved on every request.</summary>
    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var k = (secret, date, region, service);
        if (s_keys.TryGetValue(k, out byte[]? key))
        {
            return key;
        }
        if (s_keys.Count > 1024)
        {
            s_keys.Clear();
        }
        return s_keys[k] = DeriveSigningKey(secret, date, region, service);
    }

    private static byte[] DeriveSigningKey(string secret, string date, string region, string service)
    {
        byte[] k = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        k = HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(region));
        k = HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(k, "aws4_request"u8);
    }

    public static string Signature(byte[] signingKey, string stringToSign) =>
        Hex(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(stringToSign)));

    public static string PayloadHash(ReadOnlySpan<byte> body) => body.IsEmpty ? EmptyPayloadHash : Hex(SHA256.HashData(body));

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Computes the Authorization header value for the given canonical pieces.</summary>
    public static string Authorization(AwsCredentials creds, DateTimeOffset now, string region, string service,
        string method, string wirePath, string? rawQuery, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> headers, string payloadHash)
    {
        string amzDate = FormatAmzDate(now);
        string date = amzDate[..8];
        string scope = Scope(date, region, service);
        string canonical = CanonicalRequest(method, wirePath, rawQuery, headers, payloadHash);
        string signature = Signature(SigningKey(creds.SecretAccessKey, date, region, service), StringToSign(amzDate, scope, canonical));
        string signedHeaders = string.Join(';', headers.Select(h => h.Key).Order(StringComparer.Ordinal));
        return $"{Algorithm} Credential={creds.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    /// <summary>
    /// Signs an outgoing request in place: sets Host, X-Amz-Date, X-Amz-Content-Sha256, X-Amz-Security-Token and
    /// Authorization. <paramref name="signedHeaders"/> are the (lower-case name, value) pairs the caller already put on
    /// the request and wants signed (e.g. content-type, x-amz-invocation-type); passing them avoids re-reading
    /// HttpHeaders, which costs more than the cryptography.
    /// </summary>
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, AwsCredentials creds, string region, string service,
        DateTimeOffset now, IReadOnlyList<KeyValuePair<string, string>> signedHeaders)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("request has no URI");
        string payloadHash = PayloadHash(body);
        string amzDate = FormatAmzDate(now);
        var headers = new List<KeyValuePair<string, IReadOnlyList<string>>>(signedHeaders.Count + 4)
        {
            new("host", [uri.Authority]),
            new("x-amz-date", [amzDate]),
            new("x-amz-content-sha256", [payloadHash]),
        };
        request.Headers.Host = uri.Authority;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Content-Sha256", payloadHash);
        if (creds.SessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", creds.SessionToken);
            headers.Add(new("x-amz-security-token", [creds.SessionToken]));
        }
        foreach (var (name, value) in signedHeaders)
        {
            headers.Add(new(name, [value]));
        }
        request.Headers.TryAddWithoutValidation("Authorization",
            Authorization(creds, now, region, service, request.Method.Method, uri.AbsolutePath, uri.Query, headers, payloadHash));
    }
}
