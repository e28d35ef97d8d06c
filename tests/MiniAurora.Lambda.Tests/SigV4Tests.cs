using MiniAurora.Lambda.Aws;

namespace MiniAurora.Lambda.Tests;

/// <summary>
/// The public SigV4 test suite (AWS's aws-sig-v4-test-suite as maintained in awslabs/aws-c-auth
/// tests/aws-signing-test-suite/v4): key AKIDEXAMPLE, 20150830T123600Z, us-east-1, service "service".
/// </summary>
[TestFixture]
public sealed class SigV4Tests
{
    private static readonly AwsCredentials s_key = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly DateTimeOffset s_time = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    // name, method, path as sent, query, extra headers ("name:value" with raw spacing), expected signature
    private static readonly object?[][] s_vectors =
    [
        ["get-vanilla", "GET", "/", null, Array.Empty<string>(), "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
        ["get-vanilla-query-order-key-case", "GET", "/", "Param2=value2&Param1=value1", Array.Empty<string>(),
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"],
        ["get-vanilla-query-unreserved", "GET", "/",
            "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            Array.Empty<string>(), "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"],
        ["get-utf8", "GET", "/\u1234", null, Array.Empty<string>(), "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"],
        ["get-header-value-trim", "GET", "/", null, new[] { "my-header1: value1", "my-header2: \"a   b   c\"" },
            "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"],
        ["post-header-key-sort", "POST", "/", null, new[] { "my-header1:value1" },
            "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"],
        ["get-vanilla-with-session-token", "GET", "/", null,
            new[] { "x-amz-security-token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267" },
            "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"],
    ];

    private static IEnumerable<TestCaseData> Vectors() => s_vectors.Select(v => new TestCaseData(v[1], v[2], v[3], v[4], v[5]).SetName("SigV4_" + v[0]));

    [TestCaseSource(nameof(Vectors))]
    public void Authorization_MatchesPublicVector(string method, string path, string? query, string[] extra, string expected)
    {
        var headers = Headers(extra);
        string auth = SigV4.Authorization(s_key, s_time, "us-east-1", "service", method, path, query, headers, SigV4.EmptyPayloadHash);
        Assert.That(auth, Does.EndWith("Signature=" + expected));
        Assert.That(auth, Does.StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders="));
    }

    [Test]
    public void Signature_AgreesWithAwsSdkCoreSigner()
    {
        // AWSSDK.Core's AWS4Signer computes the signature of the same canonical request independently.
        var headers = Headers(["content-type:application/json", "x-amz-invocation-type:Event"]);
        string canonical = SigV4.CanonicalRequest("POST", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Aecho/invocations",
            "Qualifier=prod", headers, SigV4.PayloadHash("{\"a\":1}"u8));
        string ours = SigV4.Signature(SigV4.SigningKey(s_key.SecretAccessKey, "20150830", "us-east-1", "lambda"),
            SigV4.StringToSign("20150830T123600Z", SigV4.Scope("20150830", "us-east-1", "lambda"), canonical));
        var sdk = Amazon.Runtime.Internal.Auth.AWS4Signer.ComputeSignature(
            new Amazon.Runtime.ImmutableCredentials(s_key.AccessKeyId, s_key.SecretAccessKey, null),
            "us-east-1", s_time.UtcDateTime, "lambda", "content-type;host;x-amz-date;x-amz-invocation-type", canonical);
        Assert.That(ours, Is.EqualTo(sdk.Signature));
        Assert.That(canonical, Does.Contain("/2015-03-31/functions/arn%253Aaws%253Alambda"));
    }

    [TestCase("a b", "a%20b")]
    [TestCase("a+b=c", "a%2Bb%3Dc")]
    [TestCase("$LATEST", "%24LATEST")]
    [TestCase("-_.~", "-_.~")]
    public void UriEncode_Rfc3986(string value, string expected) => Assert.That(SigV4.UriEncode(value, false), Is.EqualTo(expected));

    private static List<KeyValuePair<string, IReadOnlyList<string>>> Headers(IEnumerable<string> extra)
    {
        var list = new List<KeyValuePair<string, IReadOnlyList<string>>>
        {
            new("host", ["example.amazonaws.com"]),
            new("x-amz-date", ["20150830T123600Z"]),
        };
        foreach (string h in extra)
        {
            int colon = h.IndexOf(':', StringComparison.Ordinal);
            list.Add(new(h[..colon].ToLowerInvariant(), [h[(colon + 1)..]]));
        }
        return list;
    }
}
