using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using MiniAurora.Server.Configuration;
using MiniAurora.Server.Hosting;

ServerOptions options;
try
{
    options = ServerOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or IOException)
{
    await Console.Error.WriteLineAsync("MiniAurora: " + ex.Message);
    return 1;
}

using var loggerFactory = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Information)
    .AddSimpleConsole(o =>
    {
        o.SingleLine = true;
        o.UseUtcTimestamp = true;
        o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    }));
var logger = loggerFactory.CreateLogger("MiniAurora");

using var shutdown = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx => { ctx.Cancel = true; shutdown.Cancel(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; shutdown.Cancel(); });

try
{
    await using var host = await ServerHost.StartAsync(options, loggerFactory, TimeProvider.System, shutdown.Token);
    using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, ctx => { ctx.Cancel = true; host.OnReloadRequested(); });
    await host.RunUntilShutdownAsync(shutdown.Token);
    return 0;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    logger.LogCritical(ex, "MiniAurora failed to start or stopped abnormally: {Message}", ex.Message);
    return 1;
}
