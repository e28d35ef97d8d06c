using System.Text;
using System.Text.Json;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>Folder functions run by long-lived handler processes over the Runtime API.</summary>
[TestFixture]
public sealed class HandlerProcessTests
{
    private EndpointFixture _fx = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _fx = await EndpointFixture.StartAsync(TimeSpan.FromSeconds(5));

    [OneTimeTearDown]
    public async Task StopAsync() => await _fx.DisposeAsync();

    private async Task<LambdaResult> InvokeAsync(string fn, string payload, LambdaInvocationType type = LambdaInvocationType.RequestResponse, string? id = null)
    {
        using var t = _fx.Transport(_fx.Options());
        return await t.SendAsync(LambdaRequest.Create(fn, payload, type, id), default);
    }

    [Test]
    public async Task Python_BasicTestLambda_Ping_ReturnsPong()
    {
        var r = await InvokeAsync("arn:aws:lambda:us-east-1:868710585169:function:BasicTestLambda", "{\"operation\": \"ping\"}");
        Assert.That(r.FunctionError, Is.Null, Encoding.UTF8.GetString(r.Payload.Span));
        using var doc = JsonDocument.Parse(r.Payload);
        Assert.That(doc.RootElement.GetProperty("operation").GetString(), Is.EqualTo("pong"));
    }

    [Test]
    public async Task Python_HandlerRaises_IsUnhandledFunctionError()
    {
        var r = await InvokeAsync("BasicTestLambda", "{\"operation\": \"other\"}");
        Assert.That((r.FunctionError, r.ErrorType), Is.EqualTo(("Unhandled", "ValueError")));
        Assert.That(r.ErrorMessage, Does.Contain("unsupported operation"));
    }

    [Test]
    public async Task Python_SesExample_AppendsTheEmail_WithInvocationId()
    {
        string payload = "{\"email_to\" : \"example_to@amazon.com\", \"email_from\" : \"example_from@amazon.com\", " +
            "\"email_subject\" : \"Email subject\", \"email_body\" : \"Email content\"}";
        var r = await InvokeAsync("arn:aws:lambda:us-west-2:123456789012:function:SES_send_email", payload, LambdaInvocationType.Event, "ses-1");
        Assert.That(r.StatusCode, Is.EqualTo(202));
        await _fx.Endpoint.WhenEventsIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        string line = File.ReadLines(_fx.OutputFile).Single(l => l.Contains("ses-1", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("event").GetProperty("email_subject").GetString(), Is.EqualTo("Email subject"));
        Assert.That(root.GetProperty("ses_send_email").GetProperty("Source").GetString(), Is.EqualTo("example_from@amazon.com"));
        Assert.That(root.GetProperty("client_context").GetProperty("custom").GetProperty("invocation_id").GetString(), Is.EqualTo("ses-1"));
    }

    [Test]
    public async Task Node_PlainHandler_Runs()
    {
        var r = await InvokeAsync("node_echo", "{\"x\":1}");
        Assert.That(r.FunctionError, Is.Null, Encoding.UTF8.GetString(r.Payload.Span));
        using var doc = JsonDocument.Parse(r.Payload);
        Assert.That(doc.RootElement.GetProperty("echo").GetProperty("x").GetInt32(), Is.EqualTo(1));
        Assert.That(doc.RootElement.GetProperty("runtime").GetString(), Is.EqualTo("nodejs"));
    }

    [Test]
    public async Task ImportError_FailsFastWithLambdasErrorType_ThenRecoversWhenFixed()
    {
        string dir = Path.Combine(Path.GetTempPath(), "miniaurora-fn-" + Guid.NewGuid().ToString("N"), "broken");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(dir + "/lambda_function.py", "import no_such_module_here\ndef handler(e, c):\n    return 1\n");
        var fn = _fx.Endpoint.CreateProcessFunction(FunctionDefinition.TryLoad(dir, TimeSpan.FromSeconds(20), 1)!);
        _fx.Endpoint.AddFunction(fn);
        await using (fn)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var r = await InvokeAsync("broken", "{}");
            Assert.That((r.FunctionError, r.ErrorType), Is.EqualTo(("Unhandled", "Runtime.ImportModuleError")));
            Assert.That(r.ErrorMessage, Does.Contain("no_such_module_here"));
            Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)), "must not wait for the 20 s timeout");

            await File.WriteAllTextAsync(dir + "/lambda_function.py", "def handler(e, c):\n    return 'fixed'\n");
            LambdaResult? fixedResult = null;
            for (int i = 0; i < 100 && (fixedResult is null || fixedResult.FunctionError is not null); i++)
            {
                await Task.Delay(100);
                fixedResult = await InvokeAsync("broken", "{}");
            }
            Assert.That(Encoding.UTF8.GetString(fixedResult!.Payload.Span), Is.EqualTo("\"fixed\""));
        }
        Directory.Delete(Path.GetDirectoryName(dir)!, true);
    }

    [Test]
    public async Task MissingInterpreter_FailsFast()
    {
        string dir = Path.Combine(Path.GetTempPath(), "miniaurora-fn-" + Guid.NewGuid().ToString("N"), "nointerp");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(dir + "/index.js", "exports.handler = async () => 1;");
        await using var endpoint = new LocalLambdaEndpoint(new LocalEndpointOptions { NodePath = "/nonexistent/node", EnableBuiltins = false });
        await endpoint.StartAsync();
        var fn = endpoint.CreateProcessFunction(FunctionDefinition.TryLoad(dir, TimeSpan.FromSeconds(30), 1)!);
        await using (fn)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var outcome = await fn.InvokeAsync(new LocalInvocation("r1", "arn", "{}"u8.ToArray(), null, DateTimeOffset.UtcNow.AddSeconds(30)), default);
            Assert.That(outcome.FunctionError, Is.EqualTo("Unhandled"));
            Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
        Directory.Delete(Path.GetDirectoryName(dir)!, true);
    }

    [Test]
    public async Task CrashedProcess_FailsItsInvocation_AndIsReplaced()
    {
        string dir = Path.Combine(Path.GetTempPath(), "miniaurora-fn-" + Guid.NewGuid().ToString("N"), "crasher");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(dir + "/lambda_function.py",
            "import os\ndef handler(event, context):\n    if event.get('crash'):\n        os._exit(3)\n    if event.get('sleep'):\n        import time; time.sleep(10)\n    return {'pid': os.getpid()}\n");
        await using var fn = new ProcessFunctionHost(_fx.Endpoint, dir);
        var crashed = await InvokeAsync("crasher", "{\"crash\": true}");
        Assert.That((crashed.FunctionError, crashed.ErrorType), Is.EqualTo(("Unhandled", "Runtime.ExitError")));
        var ok = await InvokeAsync("crasher", "{}");
        Assert.That(ok.FunctionError, Is.Null);
        var slow = await InvokeAsync("crasher", "{\"sleep\": true}");
        Assert.That((slow.FunctionError, slow.ErrorType), Is.EqualTo(("Unhandled", "Sandbox.Timedout")));
        var after = await InvokeAsync("crasher", "{}");
        Assert.That(after.FunctionError, Is.Null);
        Directory.Delete(Path.GetDirectoryName(dir)!, true);
    }

    /// <summary>Registers one extra folder function with a short timeout on a running endpoint.</summary>
    private sealed class ProcessFunctionHost : IAsyncDisposable
    {
        private readonly ILocalFunction _fn;

        public ProcessFunctionHost(LocalLambdaEndpoint endpoint, string dir)
        {
            var def = FunctionDefinition.TryLoad(dir, TimeSpan.FromSeconds(1), 1)!;
            _fn = endpoint.CreateProcessFunction(def);
            endpoint.AddFunction(_fn);
        }

        public ValueTask DisposeAsync() => _fn.DisposeAsync();
    }
}
