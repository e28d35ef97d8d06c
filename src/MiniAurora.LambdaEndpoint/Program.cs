using System.Globalization;
using MiniAurora.Lambda;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.LambdaEndpoint;

/// <summary>
/// Runs the local Lambda-compatible endpoint standalone:
/// <c>MiniAurora.LambdaEndpoint [--port N] [--functions DIR] [--role ARN]... [--processes N] [--timeout SECONDS] [--env KEY=VALUE]...</c>.
/// Prints <c>listening on URL</c>, then serves until SIGINT/SIGTERM.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = new LocalEndpointOptions();
        var roles = new List<string>();
        var env = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--port": options = options with { Port = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--functions": options = options with { FunctionsDirectory = Path.GetFullPath(Next()) }; break;
                case "--role": roles.Add(Next()); break;
                case "--processes": options = options with { ProcessesPerFunction = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                case "--timeout": options = options with { DefaultTimeout = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) }; break;
                case "--env":
                    string[] e = Next().Split('=', 2);
                    env[e[0]] = e.Length > 1 ? e[1] : "";
                    break;
                case "--no-verify": options = options with { VerifySignatures = false }; break;
                case "--access-key":
                    string[] kv = Next().Split(':', 2);
                    options = options with { Credentials = [new AwsCredentials(kv[0], kv.Length > 1 ? kv[1] : "")] };
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: MiniAurora.LambdaEndpoint [--port N] [--functions DIR] [--role ARN]... " +
                        "[--processes N] [--timeout S] [--access-key ID:SECRET] [--env KEY=VALUE]... [--no-verify]").ConfigureAwait(false);
                    return 2;
            }
        }
        options = options with { Roles = roles, HandlerEnvironment = env };
        await using var endpoint = new LocalLambdaEndpoint(options);
        await endpoint.StartAsync().ConfigureAwait(false);
        Console.WriteLine($"listening on {endpoint.Endpoint}");
        Console.WriteLine($"functions: {string.Join(", ", endpoint.FunctionNames.Order(StringComparer.Ordinal))}");
        Console.WriteLine($"access key: {endpoint.RootCredentials.AccessKeyId}");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; done.TrySetResult(); });
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; done.TrySetResult(); });
        await done.Task.ConfigureAwait(false);
        return 0;
    }
}
