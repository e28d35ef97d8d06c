using System.Text.Json;

namespace MiniAurora.Lambda.Tests;

/// <summary>
/// @aws-sdk/client-lambda 3.1164.0 (pinned in Scripts/js-sdk/package.json; install with
/// <c>npm ci --prefix tests/MiniAurora.Lambda.Tests/Scripts/js-sdk</c>) as an independent client of the local endpoint.
/// </summary>
[TestFixture]
public sealed class JsSdkClientTests
{
    [Test]
    public async Task JsSdk_InvokesLocalEndpoint()
    {
        string dir = ExternalProcess.SourceScripts("js-sdk");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@aws-sdk", "client-lambda")))
        {
            Assert.Ignore($"@aws-sdk/client-lambda is not installed: run npm ci in {dir}");
        }
        await using var fx = await EndpointFixture.StartAsync();
        var (code, stdout, stderr) = await ExternalProcess.RunAsync("node", dir, "client.mjs", fx.Endpoint.Endpoint.ToString(),
            fx.Endpoint.RootCredentials.AccessKeyId, fx.Endpoint.RootCredentials.SecretAccessKey, EndpointFixture.Role);
        Assert.That(code, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        string S(string c, string p) => r.GetProperty(c).GetProperty(p).ToString();
        Assert.Multiple(() =>
        {
            Assert.That((S("request_response", "StatusCode"), S("request_response", "Payload")), Is.EqualTo(("200", "{\"a\":1}")));
            Assert.That((S("event", "StatusCode"), S("dry_run", "StatusCode")), Is.EqualTo(("202", "204")));
            Assert.That((S("function_error", "FunctionError"), S("function_error", "Payload")), Is.EqualTo(("Unhandled", "{\"errorMessage\":\"bad\",\"errorType\":\"Boom\"}")));
            Assert.That((S("unknown_function", "Error"), S("unknown_function", "HTTPStatus")), Is.EqualTo(("ResourceNotFoundException", "404")));
            Assert.That(S("arn_qualifier", "Payload"), Is.EqualTo("\"q\""));
            Assert.That(S("node_handler", "Payload"), Does.Contain("\"runtime\":\"nodejs\""));
            Assert.That(S("wrong_signature", "Error"), Is.EqualTo("InvalidSignatureException"));
            Assert.That(S("assume_role_invoke", "Payload"), Is.EqualTo("{\"via\":\"sts\"}"));
        });
    }
}
