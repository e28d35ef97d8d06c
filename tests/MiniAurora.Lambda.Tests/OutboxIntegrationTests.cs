using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MiniAurora.Core.Errors;
using MiniAurora.Lambda.Core;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class OutboxIntegrationTests
{
    [Test]
    public void Codec_RoundTrips_WithStableId()
    {
        byte[] bytes = OutboxInvocationCodec.Encode("arn:aws:lambda:us-west-2:123456789012:function:SNS_publish_message", "{\"a\":1}"u8);
        Assert.That(OutboxInvocationCodec.TryDecode(42, bytes, out var inv, out _), Is.True);
        Assert.That((inv!.Id, inv.Target.Name, inv.Target.Region, inv.Tag), Is.EqualTo(("ob-42", "SNS_publish_message", "us-west-2", (object)42L)));
        Assert.That(Encoding.UTF8.GetString(inv.Payload.Span), Is.EqualTo("{\"a\":1}"));
        Assert.That(OutboxInvocationCodec.TryDecode(1, new byte[] { 9, 0, 0 }, out _, out string? error), Is.False);
        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public void EncodeValidated_RejectsWhatLambdaAsyncRejects()
    {
        Assert.That(OutboxInvocationCodec.EncodeValidated("echo", "{}"u8), Is.Not.Empty);
        Assert.Throws<MiniAuroraException>(() => OutboxInvocationCodec.EncodeValidated("bad name", "{}"u8));
        Assert.Throws<MiniAuroraException>(() => OutboxInvocationCodec.EncodeValidated("echo", "{"u8));
        Assert.Throws<MiniAuroraException>(() => OutboxInvocationCodec.EncodeValidated("echo", new byte[LambdaRequest.MaxAsyncPayloadBytes + 1]));
    }

    [Test]
    public async Task Acknowledger_BatchesDeliveredIds()
    {
        var acked = new ConcurrentQueue<long[]>();
        var time = new FakeTimeProvider();
        var ack = new OutboxAcknowledger((ids, _) => { acked.Enqueue([.. ids]); return ValueTask.CompletedTask; }, time, batchSize: 3);
        var target = LambdaFunctionTarget.Parse("echo");
        for (long i = 1; i <= 4; i++)
        {
            ack.OnDelivered(new AsyncInvocation("ob-" + i, target, ReadOnlyMemory<byte>.Empty, i), 1);
        }
        await Task.Delay(50);
        Assert.That(acked.Single(), Is.EqualTo(new long[] { 1, 2, 3 }));
        time.Advance(TimeSpan.FromMilliseconds(50));
        await Task.Delay(50);
        Assert.That(acked.Last(), Is.EqualTo(new long[] { 4 }));
    }

    [Test]
    public async Task Runtime_EmbeddedEndpoint_SeedScenario_SnsThroughOutboxQueue()
    {
        const string role = "arn:aws:iam::123456789012:role/aurora-lambda";
        string output = Path.Combine(Path.GetTempPath(), "miniaurora-seed-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var acked = new ConcurrentQueue<long>();
        var ack = new OutboxAcknowledger((ids, _) => { foreach (long id in ids) acked.Enqueue(id); return ValueTask.CompletedTask; }, TimeProvider.System);
        var embedded = new LocalEndpointOptions
        {
            FunctionsDirectory = TestEnvironment.ExamplesDirectory,
            Roles = [role],
            HandlerEnvironment = new Dictionary<string, string> { ["MINIAURORA_EXAMPLE_OUTPUT"] = output },
        };
        await using (var runtime = await LambdaRuntime.StartAsync(new LambdaOptions { RoleArn = role, RequireRole = true }, embedded, TimeProvider.System, ack))
        {
            // What the seed's SNS_Publish_Message procedure builds with CONCAT for the trigger's row.
            string payload = "{ \"subject\" : \"New customer feedback from Sample Customer\", \"message\" : \"Good job guys!\" }";
            byte[] record = OutboxInvocationCodec.Encode("arn:aws:lambda:us-west-2:123456789012:function:SNS_publish_message", Encoding.UTF8.GetBytes(payload));
            Assert.That(OutboxInvocationCodec.TryDecode(7, record, out var inv, out _), Is.True);
            Assert.That(runtime.Core.EnqueueDurable(inv!), Is.True);
            await runtime.Core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
            await runtime.EmbeddedEndpoint!.WhenEventsIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
            await ack.FlushAsync(default);

            var ping = await runtime.Invoker.InvokeAsync(
                LambdaRequest.Create("arn:aws:lambda:us-east-1:868710585169:function:BasicTestLambda", "{\"operation\": \"ping\"}", LambdaInvocationType.RequestResponse), default);
            ping.ThrowIfFunctionError();
            Assert.That(Encoding.UTF8.GetString(ping.Payload.Span), Does.Contain("\"operation\": \"pong\""));

            var fnError = await runtime.Invoker.InvokeAsync(LambdaRequest.Create("BasicTestLambda", "{\"operation\": \"x\"}", LambdaInvocationType.RequestResponse), default);
            var ex = Assert.Throws<MiniAuroraException>(fnError.ThrowIfFunctionError);
            Assert.That(ex!.Message, Does.Contain("ValueError"));
        }
        using var doc = JsonDocument.Parse(File.ReadLines(output).Single());
        Assert.That(doc.RootElement.GetProperty("event").GetProperty("message").GetString(), Is.EqualTo("Good job guys!"));
        Assert.That(doc.RootElement.GetProperty("client_context").GetProperty("custom").GetProperty("invocation_id").GetString(), Is.EqualTo("ob-7"));
        Assert.That(acked, Is.EqualTo(new long[] { 7 }));
        File.Delete(output);
    }

    [Test]
    public async Task Runtime_NoRoleParameter_IsMissingCredentials()
    {
        await using var runtime = await LambdaRuntime.StartAsync(new LambdaOptions { RequireRole = true }, new LocalEndpointOptions(), TimeProvider.System);
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () =>
            await runtime.Invoker.InvokeAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.Message, Is.EqualTo("Lambda API returned error: Missing Credentials: Cannot instantiate Lambda Client"));
    }
}
