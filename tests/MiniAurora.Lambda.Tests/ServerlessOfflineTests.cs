using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MiniAurora.Lambda.Aws;
using MiniAurora.Lambda.Core;

namespace MiniAurora.Lambda.Tests;

/// <summary>
/// An independent Lambda emulator as the server of MiniAurora's AWS transport: serverless 3.40.0 with
/// serverless-offline 13.10.1 (pinned in Scripts/serverless/package.json; <c>npm ci</c> there) serving real
/// Node.js handlers. It does not verify signatures, so this checks the request shape and the response mapping.
/// </summary>
[TestFixture]
public sealed class ServerlessOfflineTests
{
    private Process? _offline;
    private Uri _endpoint = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        string dir = ExternalProcess.SourceScripts("serverless");
        if (!File.Exists(Path.Combine(dir, "node_modules", "serverless", "bin", "serverless.js")))
        {
            Assert.Ignore($"serverless is not installed: run npm ci in {dir}");
        }
        int lambdaPort = FreePort(), httpPort = FreePort();
        var psi = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "node_modules/serverless/bin/serverless.js", "offline", "--lambdaPort", lambdaPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--httpPort", httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1" })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["SLS_TELEMETRY_DISABLED"] = "1";
        psi.Environment["SLS_NOTIFICATIONS_MODE"] = "off";
        _offline = Process.Start(psi)!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
            if (e.Data?.Contains("miniaurora-dev-fail", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        }
        _offline.OutputDataReceived += OnLine;
        _offline.ErrorDataReceived += OnLine;
        _offline.BeginOutputReadLine();
        _offline.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            Assert.Fail("serverless offline did not start:\n" + log);
        }
        _endpoint = new Uri($"http://127.0.0.1:{lambdaPort}/");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_offline is { HasExited: false })
        {
            _offline.Kill(entireProcessTree: true);
            await _offline.WaitForExitAsync();
        }
        _offline?.Dispose();
    }

    private AwsLambdaTransport Transport() => new(
        new LambdaOptions { LambdaEndpoint = _endpoint, DefaultRegion = "us-east-1" },
        new StaticCredentialProvider(new AwsCredentials("AKIDEXAMPLE", "secret")), TimeProvider.System);

    [Test]
    public async Task RequestResponse_RealNodeHandler()
    {
        using var t = Transport();
        var r = await t.SendAsync(LambdaRequest.Create("miniaurora-dev-echo", "{\"a\":1}", LambdaInvocationType.RequestResponse), default);
        Assert.That(r.StatusCode, Is.EqualTo(200));
        Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Does.Contain("\"echo\":{\"a\":1}").And.Contain("serverless-offline"));
    }

    [Test]
    public async Task FunctionError_IsMapped()
    {
        using var t = Transport();
        var r = await t.SendAsync(LambdaRequest.Create("miniaurora-dev-fail", "{}", LambdaInvocationType.RequestResponse), default);
        Assert.That((r.FunctionError, r.ErrorType, r.ErrorMessage), Is.EqualTo(("Unhandled", "Error", "failing on purpose")));
    }

    [Test]
    public void UnknownFunction_IsNotFound()
    {
        using var t = Transport();
        var ex = Assert.ThrowsAsync<LambdaApiException>(async () =>
            await t.SendAsync(LambdaRequest.Create("nope", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That((ex!.Kind, ex.ErrorCode), Is.EqualTo((LambdaFailureKind.NotFound, "ResourceNotFoundException")));
    }

    // serverless-offline resolves bare names only (not ARNs), so these use the name.
    [Test]
    public async Task Event_ThroughTheCore_IsDelivered()
    {
        using var t = Transport();
        await using var core = new LambdaInvocationCore(new LambdaOptions(), t, TimeProvider.System);
        var sync = await core.InvokeAsync(LambdaRequest.Create("miniaurora-dev-echo", "\"x\"", LambdaInvocationType.RequestResponse), default);
        Assert.That(Encoding.UTF8.GetString(sync.Payload.Span), Does.Contain("\"echo\":\"x\""));
        await core.EnqueueAsync(AsyncInvocation.Create("sls-1", "miniaurora-dev-echo", "{\"e\":1}"u8.ToArray()), default);
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.That((core.Counters.Delivered, core.Counters.DeadLettered), Is.EqualTo((1, 0)));
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
