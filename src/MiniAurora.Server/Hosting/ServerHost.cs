using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using MiniAurora.Engine;
using MiniAurora.Protocol;
using MiniAurora.Security.Accounts;
using MiniAurora.Security.Authentication;
using MiniAurora.Server.Bridge;
using MiniAurora.Server.Configuration;
using MiniAurora.Server.Network;
using MiniAurora.Server.Tls;
using MiniAurora.Storage;
using MiniAurora.Storage.InMemory;

namespace MiniAurora.Server.Hosting;

/// <summary>
/// The running server: data directory, TLS material, engine, accounts and the listener, started in that
/// order and stopped in reverse (the engine checkpoints on a clean shutdown so the next start is fast).
/// </summary>
internal sealed partial class ServerHost : IAsyncDisposable
{
    public const string ServerVersion = "8.0.39-MiniAurora";

    private readonly ILogger _logger;
    private readonly EngineInstance _engine;
    private readonly ConnectionListener _listener;
    private readonly ServerKeyMaterial _keys;
    private readonly IStorageEngine _storage;

    private ServerHost(ILogger logger, EngineInstance engine, IStorageEngine storage, ConnectionListener listener, ServerKeyMaterial keys)
    {
        _logger = logger;
        _engine = engine;
        _storage = storage;
        _listener = listener;
        _keys = keys;
    }

    public IPEndPoint LocalEndpoint => _listener.LocalEndpoint;

    public static async Task<ServerHost> StartAsync(ServerOptions options, ILoggerFactory loggerFactory, TimeProvider time, CancellationToken ct)
    {
        var logger = loggerFactory.CreateLogger("MiniAurora.Server");
        bool fresh = !Directory.Exists(options.DataDirectory) || !Directory.EnumerateFileSystemEntries(options.DataDirectory).Any();
        Directory.CreateDirectory(options.DataDirectory);
        if (fresh)
        {
            LogInitializing(logger, options.DataDirectory);
        }
        var keys = ServerKeyMaterial.LoadOrCreate(options.DataDirectory, time);

        var overrides = new Dictionary<string, string>(options.VariableOverrides, StringComparer.OrdinalIgnoreCase);
        var plugin = overrides.Remove("default_authentication_plugin", out var p) ? p : AuthPluginNames.Default;
        var storageLogger = loggerFactory.CreateLogger("MiniAurora.Storage");
        var storage = await InMemoryStorageEngine.OpenAsync(new StorageOptions
        {
            DataDirectory = options.DataDirectory,
            TimeProvider = time,
            FlushLogAtTrxCommit = overrides.TryGetValue("innodb_flush_log_at_trx_commit", out var flush) ? int.Parse(flush, CultureInfo.InvariantCulture) : 1,
            Log = message => LogStorage(storageLogger, message),
        }, ct);
        var engine = await EngineInstance.OpenAsync(new EngineOptions
        {
            DataDirectory = options.DataDirectory,
            ServerVersion = ServerVersion,
            TimeProvider = time,
            GlobalVariables = overrides,
            Storage = storage,
        }, ct);

        var accounts = new AccountStore();
        await AccountBootstrap.LoadOrInitializeAsync(storage, accounts, plugin, options.InitialRootPassword, logger, ct);

        var runtime = new ServerRuntime(engine, accounts, time);
        var protocolOptions = new ProtocolServerOptions
        {
            ServerVersion = ServerVersion,
            Certificate = keys.Certificate,
            RsaKey = keys.RsaKey,
            DefaultAuthPlugin = plugin,
            MaxAllowedPacket = long.Parse(engine.GlobalVariables.Get("max_allowed_packet") ?? "67108864", CultureInfo.InvariantCulture),
            TimeProvider = time,
            Logger = loggerFactory.CreateLogger("MiniAurora.Protocol"),
        };
        var listener = new ConnectionListener(new IPEndPoint(options.BindAddress, options.Port), protocolOptions,
            new AccountAuthenticator(accounts), runtime, loggerFactory.CreateLogger("MiniAurora.Network"));
        runtime.CloseConnection = id => listener.Close(id);
        listener.Start();
        LogReady(logger, ServerVersion, listener.LocalEndpoint.Port, listener.LocalEndpoint.Address.ToString());
        return new ServerHost(logger, engine, storage, listener, keys);
    }

    public async Task RunUntilShutdownAsync(CancellationToken shutdown)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown);
        }
        catch (OperationCanceledException)
        {
        }
        LogShuttingDown(_logger);
    }

    /// <summary>SIGHUP: re-read reloadable configuration (the cluster parameter group, issue #7).</summary>
    public void OnReloadRequested() => LogReload(_logger);

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync();
        await _engine.ShutdownAsync();
        await _engine.DisposeAsync();
        await _storage.DisposeAsync();
        _keys.Dispose();
        LogShutdownComplete(_logger);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "initializing a new data directory at {DataDirectory}")]
    private static partial void LogInitializing(ILogger logger, string dataDirectory);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "ready for connections. Version: '{Version}'  address: '{Address}'  port: {Port}  MiniAurora, MySQL-compatible with Aurora Lambda integration")]
    private static partial void LogReady(ILogger logger, string version, int port, string address);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "received shutdown signal; closing connections")]
    private static partial void LogShuttingDown(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "shutdown complete")]
    private static partial void LogShutdownComplete(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogStorage(ILogger logger, string message);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "SIGHUP received: reloading configuration")]
    private static partial void LogReload(ILogger logger);
}
