using System.Text.Json;

namespace MiniAurora.Lambda.Tests;

/// <summary>
/// boto3 (Debian's python3-boto3, run with /usr/bin/python3) as an independent official client of the local
/// endpoint: it signs with botocore's own SigV4 (host;x-amz-date only, no x-amz-content-sha256).
/// </summary>
[TestFixture]
public sealed class Boto3ClientTests
{
    private const string Python = "/usr/bin/python3";

    [Test]
    public async Task Boto3_InvokesLocalEndpoint()
    {
        if (!File.Exists(Python) || !await HasBoto3Async())
        {
            Assert.Ignore("/usr/bin/python3 has no boto3: install Debian's python3-boto3 (apt-get install -y python3-boto3)");
        }
        await using var fx = await EndpointFixture.StartAsync();
        string script = Path.Combine(TestContext.CurrentContext.TestDirectory, "Scripts", "boto3_client.py");
        var (code, stdout, stderr) = await ExternalProcess.RunAsync(Python, null, script, fx.Endpoint.Endpoint.ToString(), fx.Endpoint.RootCredentials.AccessKeyId,
            fx.Endpoint.RootCredentials.SecretAccessKey, EndpointFixture.Role);
        Assert.That(code, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        string S(string c, string p) => r.GetProperty(c).GetProperty(p).ToString();

        Assert.Multiple(() =>
        {
            Assert.That((S("request_response", "StatusCode"), S("request_response", "Payload")), Is.EqualTo(("200", "{\"a\": 1}")));
            Assert.That(S("request_response", "ExecutedVersion"), Is.EqualTo("$LATEST"));
            Assert.That(S("explicit_request_response", "Payload"), Is.EqualTo("[1,2]"));
            Assert.That((S("event", "StatusCode"), S("event", "Payload")), Is.EqualTo(("202", "")));
            Assert.That(S("dry_run", "StatusCode"), Is.EqualTo("204"));
            Assert.That((S("function_error", "StatusCode"), S("function_error", "FunctionError")), Is.EqualTo(("200", "Unhandled")));
            Assert.That(S("function_error", "Payload"), Does.Contain("\"errorType\":\"Boom\""));
            Assert.That((S("unknown_function", "Error"), S("unknown_function", "HTTPStatus")), Is.EqualTo(("ResourceNotFoundException", "404")));
            Assert.That(S("unknown_function", "Message"), Does.Contain("Function not found"));
            Assert.That(S("arn_qualifier", "Payload"), Is.EqualTo("\"q\""));
            Assert.That(S("python_handler", "Payload"), Does.Contain("pong"));
            Assert.That((S("wrong_signature", "Error"), S("wrong_signature", "HTTPStatus")), Is.EqualTo(("InvalidSignatureException", "403")));
            Assert.That(S("assume_role_invoke", "Payload"), Is.EqualTo("{\"via\": \"sts\"}"));
            Assert.That(S("assume_unknown_role", "Error"), Is.EqualTo("AccessDenied"));
        });
    }

    private static async Task<bool> HasBoto3Async() => (await ExternalProcess.RunAsync(Python, null, "-c", "import boto3")).Code == 0;
}
