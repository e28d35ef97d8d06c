using System.Security.Cryptography;
using System.Text;
using MiniAurora.Lambda.Aws;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// Verifies a SigV4 <c>Authorization</c> header the way AWS does, from the request's own <c>SignedHeaders</c>
/// list (clients sign different sets) and the body's SHA-256 computed here (boto3 sends no
/// x-amz-content-sha256). The result names AWS's error on failure.
/// </summary>
internal sealed class SigV4Verifier(LocalCredentialStore store, TimeProvider time)
{
    /// <summary>AWS allows 15 minutes of clock skew.</summary>
    private static readonly TimeSpan s_maxSkew = TimeSpan.FromMinutes(15);

    public readonly record struct Verdict(bool Ok, int Status, string? ErrorCode, string? Message, string? Principal, string? Region)
    {
        public static Verdict Fail(int status, string code, string message) => new(false, status, code, message, null, null);
    }

    /// <param name="headerValues">Looks up a header's values by (case-insensitive) name; empty when absent.</param>
    public Verdict Verify(string method, string wirePath, string? rawQuery, Func<string, IReadOnlyList<string>> headerValues,
        ReadOnlySpan<byte> body, string expectedService)
    {
        string? auth = headerValues("Authorization").FirstOrDefault();
        if (string.IsNullOrEmpty(auth))
        {
            return Verdict.Fail(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        if (!auth.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
        {
            return Verdict.Fail(400, "IncompleteSignatureException", $"Authorization header requires '{SigV4.Algorithm}' signing");
        }
        string? credential = null, signedHeaders = null, signature = null;
        foreach (string part in auth[(SigV4.Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Credential=", StringComparison.Ordinal)) credential = part[11..];
            else if (part.StartsWith("SignedHeaders=", StringComparison.Ordinal)) signedHeaders = part[14..];
            else if (part.StartsWith("Signature=", StringComparison.Ordinal)) signature = part[10..];
        }
        string[]? scope = credential?.Split('/');
        if (scope is not { Length: 5 } || signedHeaders is null || signature is null || scope[4] != "aws4_request")
        {
            return Verdict.Fail(400, "IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters");
        }
        var (accessKey, date, region, service) = (scope[0], scope[1], scope[2], scope[3]);
        if (service != expectedService)
        {
            return Verdict.Fail(403, "InvalidSignatureException", $"Credential should be scoped to correct service: '{expectedService}'.");
        }
        string? amzDate = headerValues("X-Amz-Date").FirstOrDefault();
        if (!SigV4.TryParseAmzDate(amzDate, out var signedAt) || !amzDate!.StartsWith(date, StringComparison.Ordinal))
        {
            return Verdict.Fail(400, "IncompleteSignatureException", "Date must be in ISO-8601 'basic format' and match the credential scope");
        }
        if ((time.GetUtcNow() - signedAt).Duration() > s_maxSkew)
        {
            return Verdict.Fail(403, "InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier or later than the allowed skew of 15 minutes");
        }
        if (!store.TryGet(accessKey, out var creds, out string principal))
        {
            return Verdict.Fail(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        if (creds.SessionToken is not null)
        {
            if (headerValues("X-Amz-Security-Token").FirstOrDefault() != creds.SessionToken)
            {
                return Verdict.Fail(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
            }
            if (store.IsExpired(creds))
            {
                return Verdict.Fail(403, "ExpiredTokenException", "The security token included in the request is expired");
            }
        }
        string payloadHash = SigV4.PayloadHash(body);
        string? claimedHash = headerValues("X-Amz-Content-Sha256").FirstOrDefault();
        if (claimedHash is not null && claimedHash != "UNSIGNED-PAYLOAD" && !string.Equals(claimedHash, payloadHash, StringComparison.OrdinalIgnoreCase))
        {
            return Verdict.Fail(400, "InvalidRequestContentException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        var names = signedHeaders.Split(';');
        if (!names.Contains("host"))
        {
            return Verdict.Fail(403, "InvalidSignatureException", "'Host' must be a signed header");
        }
        var headers = names.Select(n => KeyValuePair.Create(n, headerValues(n))).ToList();
        string canonical = SigV4.CanonicalRequest(method, wirePath, rawQuery, headers, claimedHash == "UNSIGNED-PAYLOAD" ? claimedHash : payloadHash);
        string expected = SigV4.Signature(SigV4.SigningKey(creds.SecretAccessKey, date, region, service),
            SigV4.StringToSign(amzDate!, SigV4.Scope(date, region, service), canonical));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return Verdict.Fail(403, "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
        return new Verdict(true, 200, null, null, principal, region);
    }
}
