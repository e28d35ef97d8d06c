using System.Diagnostics;

namespace MiniAurora.TestKit;

/// <summary>Runs Debian's real `mariadb` command-line client against a server and captures what it prints.</summary>
public static class MariaDbCli
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static string? Executable =>
        new[] { "/usr/bin/mariadb", "/usr/bin/mysql" }.FirstOrDefault(File.Exists);

    public static async Task<Result> RunAsync(int port, IEnumerable<string> args, string? stdin = null, string user = "root", string? password = null, TimeSpan? timeout = null)
    {
        var exe = Executable ?? throw new InvalidOperationException("the mariadb client is not installed (apt-get install mariadb-client)");
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--no-defaults");
        psi.ArgumentList.Add("--protocol=tcp");
        psi.ArgumentList.Add("-h127.0.0.1");
        psi.ArgumentList.Add($"-P{port}");
        psi.ArgumentList.Add($"-u{user}");
        if (!string.IsNullOrEmpty(password))
        {
            psi.ArgumentList.Add($"-p{password}");
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw new TimeoutException("mariadb client did not finish");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
