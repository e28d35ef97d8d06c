using System.Text;
using System.Text.Json;
using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class LambdaRequestTests
{
    [TestCase("{\"operation\": \"ping\"}")]
    [TestCase("42")]
    [TestCase("\"text\"")]
    [TestCase("null")]
    [TestCase("[1,2,{\"a\":[]}]")]
    [TestCase("  {\"a\":1}  ")]
    public void Create_ValidJson_Succeeds(string payload)
    {
        var r = LambdaRequest.Create("echo", payload, LambdaInvocationType.RequestResponse);
        Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Is.EqualTo(payload));
        Assert.That(r.InvocationId, Is.Not.Empty);
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("{\"a\":1} {\"b\":2}")]
    [TestCase("{'a':1}")]
    [TestCase("not json")]
    public void Create_InvalidJson_Throws1873(string payload)
    {
        var ex = Assert.Throws<MiniAuroraException>(() => LambdaRequest.Create("echo", payload, LambdaInvocationType.RequestResponse));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_AURORA_LAMBDA_API_ERROR));
        Assert.That(ex.Message, Does.StartWith("Lambda API returned error: InvalidRequestContentException"));
    }

    [Test]
    public void Create_PayloadOverLimits_Throws1873()
    {
        byte[] big = JsonString(LambdaRequest.MaxAsyncPayloadBytes + 1);
        Assert.DoesNotThrow(() => LambdaRequest.Create("echo", big, LambdaInvocationType.RequestResponse));
        var ex = Assert.Throws<MiniAuroraException>(() => LambdaRequest.Create("echo", big, LambdaInvocationType.Event));
        Assert.That(ex!.Message, Does.Contain("RequestTooLargeException").And.Contain("1048576"));
        byte[] huge = JsonString(LambdaRequest.MaxSyncPayloadBytes + 1);
        ex = Assert.Throws<MiniAuroraException>(() => LambdaRequest.Create("echo", huge, LambdaInvocationType.RequestResponse));
        Assert.That(ex!.Message, Does.Contain("6291456"));
    }

    [Test]
    public void ClientContext_CarriesInvocationId()
    {
        var r = LambdaRequest.Create("echo", "{}", LambdaInvocationType.Event, "inv-42");
        using var doc = JsonDocument.Parse(Convert.FromBase64String(r.BuildClientContextHeader()));
        Assert.That(doc.RootElement.GetProperty("custom").GetProperty("invocation_id").GetString(), Is.EqualTo("inv-42"));
    }

    [Test]
    public void Result_FunctionError_ReadsDocument_AndThrows1873()
    {
        var result = LambdaResult.Create(200, "{\"errorMessage\":\"boom\",\"errorType\":\"ValueError\",\"stackTrace\":[]}"u8.ToArray(), "Unhandled", "$LATEST");
        Assert.That((result.ErrorType, result.ErrorMessage), Is.EqualTo(("ValueError", "boom")));
        var ex = Assert.Throws<MiniAuroraException>(result.ThrowIfFunctionError);
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_AURORA_LAMBDA_API_ERROR));
        Assert.That(ex.Message, Does.Contain("ValueError: boom"));
    }

    private static byte[] JsonString(int totalBytes)
    {
        var b = new byte[totalBytes];
        b.AsSpan().Fill((byte)'a');
        b[0] = (byte)'"';
        b[^1] = (byte)'"';
        return b;
    }
}
