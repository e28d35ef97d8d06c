using MiniAurora.Lambda.Aws;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>A started local endpoint with the examples folder, one associated role, and a temp output file.</summary>
internal sealed class EndpointFixture : IAsyncDisposable
{
    public const string Role = "arn:aws:iam::123456789012:role/aurora-lambda";

    private EndpointFixture(LocalLambdaEndpoint endpoint, string outputFile)
    {
        Endpoint = endpoint;
        OutputFile = outputFile;
    }

    public LocalLambdaEndpoint Endpoint { get; }

    public string OutputFile { get; }

    public static async Task<EndpointFixture> StartAsync(TimeSpan? timeout = null)
    {
        string output = Path.Combine(Path.GetTempPath(), "miniaurora-lambda-test-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var endpoint = new LocalLambdaEndpoint(new LocalEndpointOptions
        {
            FunctionsDirectory = TestEnvironment.ExamplesDirectory,
            Roles = [Role],
            ProcessesPerFunction = 2,
            DefaultTimeout = timeout ?? TimeSpan.FromSeconds(3),
            EventRetryDelay = TimeSpan.FromMilliseconds(20),
            HandlerEnvironment = new Dictionary<string, string> { ["MINIAURORA_EXAMPLE_OUTPUT"] = output },
        });
        await endpoint.StartAsync();
        return new EndpointFixture(endpoint, output);
    }

    public LambdaOptions Options(AwsCredentials? creds = null) => new()
    {
        LambdaEndpoint = Endpoint.Endpoint,
        StsEndpoint = Endpoint.Endpoint,
        StaticCredentials = creds ?? Endpoint.RootCredentials,
        DefaultRegion = "us-east-1",
        SyncTimeout = TimeSpan.FromSeconds(10),
    };

    public AwsLambdaTransport Transport(LambdaOptions options) =>
        new(options, AwsLambdaTransport.CreateCredentialProvider(options, TimeProvider.System), TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        await Endpoint.DisposeAsync();
        File.Delete(OutputFile);
    }
}
