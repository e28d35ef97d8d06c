using System.Text;
using System.Text.Json;
using MiniAurora.Core.Errors;
using MiniAurora.Lambda.Core;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>The production AWS transport against the local endpoint (both sign/verify SigV4 independently of any mock).</summary>
[TestFixture]
public sealed class AwsTransportTests
{
    private EndpointFixture _fx = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _fx = await EndpointFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _fx.DisposeAsync();

    [Test]
    public async Task RequestResponse_Echo_ReturnsPayloadUnchanged()
    {
        using var t = _fx.Transport(_fx.Options());
        var r = await t.SendAsync(LambdaRequest.Create("echo", "{\"a\": [1, 2, \"ü\"]}", LambdaInvocationType.RequestResponse), default);
        Assert.That(r.StatusCode, Is.EqualTo(200));
        Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Is.EqualTo("{\"a\": [1, 2, \"ü\"]}"));
        Assert.That(r.ExecutedVersion, Is.EqualTo("$LATEST"));
        Assert.That(r.FunctionError, Is.Null);
    }

    [Test]
    public async Task FullArnWithQualifier_IsAccepted()
    {
        using var t = _fx.Transport(_fx.Options());
        var r = await t.SendAsync(LambdaRequest.Create("arn:aws:lambda:eu-west-1:123456789012:function:echo:prod", "1", LambdaInvocationType.RequestResponse), default);
        Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Is.EqualTo("1"));
    }

    [Test]
    public async Task Event_Returns202_AndDeliversWithInvocationId()
    {
        using var t = _fx.Transport(_fx.Options());
        string id = "evt-" + Guid.NewGuid().ToString("N");
        var r = await t.SendAsync(LambdaRequest.Create("echo", "{\"e\":1}", LambdaInvocationType.Event, id), default);
        Assert.That(r.StatusCode, Is.EqualTo(202));
        Assert.That(r.Payload.Length, Is.Zero);
        await _fx.Endpoint.WhenEventsIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        var rec = _fx.Endpoint.Invocations.Single(i => i.ClientContext?.Contains(id, StringComparison.Ordinal) == true);
        Assert.That(rec.Type, Is.EqualTo(LambdaInvocationType.Event));
        Assert.That(rec.Payload, Is.EqualTo("{\"e\":1}"));
    }

    [Test]
    public async Task Event_FunctionError_IsRetriedTwice_WithTheSameRequestId()
    {
        using var t = _fx.Transport(_fx.Options());
        string id = "evt-fail-" + Guid.NewGuid().ToString("N");
        var r = await t.SendAsync(LambdaRequest.Create("fail", "{}", LambdaInvocationType.Event, id), default);
        Assert.That(r.StatusCode, Is.EqualTo(202));
        await _fx.Endpoint.WhenEventsIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        var runs = _fx.Endpoint.Invocations.Where(i => i.ClientContext?.Contains(id, StringComparison.Ordinal) == true).ToList();
        Assert.That(runs, Has.Count.EqualTo(3));
        Assert.That(runs.Select(x => x.RequestId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task DryRun_Returns204()
    {
        using var t = _fx.Transport(_fx.Options());
        var r = await t.SendAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.DryRun), default);
        Assert.That(r.StatusCode, Is.EqualTo(204));
    }

    [Test]
    public async Task FunctionError_IsReportedNotThrown()
    {
        using var t = _fx.Transport(_fx.Options());
        var r = await t.SendAsync(LambdaRequest.Create("fail", "{\"errorType\":\"Oops\",\"errorMessage\":\"bad\"}", LambdaInvocationType.RequestResponse), default);
        Assert.That((r.StatusCode, r.FunctionError, r.ErrorType, r.ErrorMessage), Is.EqualTo((200, "Unhandled", "Oops", "bad")));
    }

    [Test]
    public void UnknownFunction_IsNotFound()
    {
        using var t = _fx.Transport(_fx.Options());
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("no_such_fn", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That((ex!.Kind, ex.ErrorCode, ex.HttpStatus), Is.EqualTo((LambdaFailureKind.NotFound, "ResourceNotFoundException", 404)));
        Assert.That(ex.Message, Does.Contain("Function not found: arn:aws:lambda:us-east-1:123456789012:function:no_such_fn"));
    }

    [Test]
    public void WrongSecret_IsInvalidSignature()
    {
        using var t = _fx.Transport(_fx.Options(new AwsCredentials("AKIDEXAMPLE", "wrong-secret")));
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That((ex!.Kind, ex.ErrorCode, ex.HttpStatus), Is.EqualTo((LambdaFailureKind.AccessDenied, "InvalidSignatureException", 403)));
    }

    [Test]
    public void UnknownAccessKey_IsUnrecognizedClient()
    {
        using var t = _fx.Transport(_fx.Options(new AwsCredentials("AKIDUNKNOWN", "x")));
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.ErrorCode, Is.EqualTo("UnrecognizedClientException"));
    }

    [Test]
    public async Task Throttle_CarriesRetryAfter()
    {
        _fx.Endpoint.InjectFaults("sleep", LocalFault.Throttle(7));
        using var t = _fx.Transport(_fx.Options());
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("sleep", "{\"ms\":1}", LambdaInvocationType.RequestResponse), default));
        Assert.That((ex!.Kind, ex.RetryAfter, ex.IsRetryable), Is.EqualTo((LambdaFailureKind.Throttled, (TimeSpan?)TimeSpan.FromSeconds(7), true)));
        var ok = await t.SendAsync(LambdaRequest.Create("sleep", "{\"ms\":1}", LambdaInvocationType.RequestResponse), default);
        Assert.That(ok.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void Slow_PastTimeout_IsTimeout()
    {
        using var t = _fx.Transport(_fx.Options() with { SyncTimeout = TimeSpan.FromMilliseconds(200) });
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("sleep", "{\"ms\":2000}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.Kind, Is.EqualTo(LambdaFailureKind.Timeout));
    }

    [Test]
    public void EndpointDown_IsNetworkConnection1873()
    {
        var options = _fx.Options() with { LambdaEndpoint = new Uri("http://127.0.0.1:1/") };
        using var t = _fx.Transport(options);
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.ToMySqlException().Message, Is.EqualTo("Lambda API returned error: Network Connection. Unable to connect to endpoint"));
    }

    [Test]
    public async Task AssumeRole_TemporaryCredentialsAreAccepted()
    {
        var options = _fx.Options() with { RoleArn = EndpointFixture.Role, RequireRole = true };
        using var t = _fx.Transport(options);
        var r = await t.SendAsync(LambdaRequest.Create("echo", "{\"via\":\"role\"}", LambdaInvocationType.RequestResponse), default);
        Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Is.EqualTo("{\"via\":\"role\"}"));
    }

    [Test]
    public void AssumeRole_UnassociatedRole_IsMissingCredentials()
    {
        var options = _fx.Options() with { RoleArn = "arn:aws:iam::123456789012:role/other", RequireRole = true };
        using var t = _fx.Transport(options);
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.Kind, Is.EqualTo(LambdaFailureKind.MissingCredentials));
        Assert.That(ex.Message, Does.StartWith("Missing Credentials: Cannot instantiate Lambda Client"));
    }

    [Test]
    public async Task NoRole_WhenRequired_IsAurorasMissingCredentials1873()
    {
        var options = _fx.Options() with { RequireRole = true };
        await using var core = new LambdaInvocationCore(options, _fx.Transport(options), TimeProvider.System);
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () =>
            await core.InvokeAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_AURORA_LAMBDA_API_ERROR));
        Assert.That(ex.Message, Is.EqualTo("Lambda API returned error: Missing Credentials: Cannot instantiate Lambda Client"));
    }

    [Test]
    public async Task DefaultChain_EnvironmentCredentials_AreUsed()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        try
        {
            var options = _fx.Options() with { StaticCredentials = null };
            using var t = _fx.Transport(options);
            var r = await t.SendAsync(LambdaRequest.Create("echo", "2", LambdaInvocationType.RequestResponse), default);
            Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Is.EqualTo("2"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", null);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", null);
        }
    }
}
