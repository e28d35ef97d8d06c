using MiniAurora.TestKit;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>One real server process for the fixtures that don't need a private one.</summary>
[SetUpFixture]
public sealed class SharedServer
{
    private static ServerProcess? s_server;

    public static ServerProcess Server => s_server ?? throw new InvalidOperationException("shared server not started");

    [OneTimeSetUp]
    public async Task StartAsync() => s_server = await ServerProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (s_server is not null)
        {
            await s_server.DisposeAsync();
            TestContext.Progress.WriteLine(s_server.Log.Length > 4000 ? s_server.Log[^4000..] : s_server.Log);
        }
    }
}
