using System.Diagnostics;
using MiniAurora.Lambda.Aws;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>CPU cost of signing and verifying one Invoke request (run explicitly, in Release).</summary>
[TestFixture]
[Explicit("cost measurement")]
public sealed class MicroCostTests
{
    [Test]
    public async Task SignAndVerify_CostPerRequest()
    {
        var creds = LocalEndpointOptions.DefaultCredentials;
        var request = LambdaRequest.Create("echo", "{\"id\":1,\"k\":42,\"c\":\"some text\"}", LambdaInvocationType.Event, "t1");
        var store = new LocalCredentialStore([creds], TimeProvider.System);
        var verifier = new SigV4Verifier(store, TimeProvider.System);
        const int n = 50_000;
        HttpRequestMessage Build()
        {
            var m = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9001/2015-03-31/functions/echo/invocations");
            m.Content = new ReadOnlyMemoryContent(request.Payload);
            m.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            m.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", "Event");
            m.Headers.TryAddWithoutValidation("X-Amz-Client-Context", request.BuildClientContextHeader());
            return m;
        }
        KeyValuePair<string, string>[] Signed() =>
            [new("content-type", "application/json"), new("x-amz-client-context", request.BuildClientContextHeader()), new("x-amz-invocation-type", "Event")];
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            using var m = Build();
        }
        double buildUs = sw.Elapsed.TotalMilliseconds * 1000 / n;
        sw.Restart();
        HttpRequestMessage last = Build();
        for (int i = 0; i < n; i++)
        {
            using var m = Build();
            SigV4.Sign(m, request.Payload.Span, creds, "us-east-1", "lambda", DateTimeOffset.UtcNow, Signed());
        }
        double signUs = sw.Elapsed.TotalMilliseconds * 1000 / n;
        SigV4.Sign(last, request.Payload.Span, creds, "us-east-1", "lambda", DateTimeOffset.UtcNow, Signed());
        var headers = last.Headers.Concat(last.Content!.Headers).ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        headers["Host"] = ["127.0.0.1:9001"];
        sw.Restart();
        for (int i = 0; i < n; i++)
        {
            var v = verifier.Verify("POST", "/2015-03-31/functions/echo/invocations", null,
                name => headers.TryGetValue(name, out var x) ? x : [], request.Payload.Span, "lambda");
            Assert.That(v.Ok, Is.True);
        }
        double verifyUs = sw.Elapsed.TotalMilliseconds * 1000 / n;
        await TestContext.Out.WriteLineAsync($"build {buildUs:0.0} µs, build+sign {signUs:0.0} µs, verify {verifyUs:0.0} µs per request");
        last.Dispose();
    }
}
