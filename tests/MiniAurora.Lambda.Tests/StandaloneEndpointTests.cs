using System.Diagnostics;
using System.Text;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>The standalone MiniAurora.LambdaEndpoint executable: starts, announces its URL, serves, stops on SIGTERM.</summary>
[TestFixture]
public sealed class StandaloneEndpointTests
{
    [Test]
    public async Task Executable_ServesInvoke_AndStopsOnSigterm()
    {
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "MiniAurora.LambdaEndpoint.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { dll, "--port", "0", "--functions", TestEnvironment.ExamplesDirectory })
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        try
        {
            string? line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(line, Does.StartWith("listening on http://127.0.0.1:"), await DrainAsync(p));
            var endpoint = new Uri(line!["listening on ".Length..]);
            var options = new LambdaOptions { LambdaEndpoint = endpoint, StaticCredentials = LocalEndpointOptions.DefaultCredentials };
            using var t = new Aws.AwsLambdaTransport(options, new Aws.StaticCredentialProvider(LocalEndpointOptions.DefaultCredentials), TimeProvider.System);
            var r = await t.SendAsync(LambdaRequest.Create("BasicTestLambda", "{\"operation\": \"ping\"}", LambdaInvocationType.RequestResponse), default);
            Assert.That(Encoding.UTF8.GetString(r.Payload.Span), Does.Contain("pong"));
        }
        finally
        {
            if (!p.HasExited)
            {
                // SIGTERM (not Kill) so the endpoint stops its handler processes itself.
                Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
                await p.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            }
        }
        Assert.That(p.ExitCode, Is.Zero);
    }

    private static async Task<string> DrainAsync(Process p) =>
        p.HasExited ? await p.StandardError.ReadToEndAsync() : "(still running)";
}
