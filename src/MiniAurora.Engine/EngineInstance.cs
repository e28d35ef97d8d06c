using System.Collections.Concurrent;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Sessions;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Storage;
using MiniAurora.Storage.InMemory;

namespace MiniAurora.Engine;

/// <summary>
/// The query engine of one server: storage, global variables, the session list and the shared plan cache.
/// Thread-safe. The server creates one at start (<see cref="OpenAsync"/>) and one <see cref="Session"/> per connection.
/// </summary>
public sealed class EngineInstance : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ulong, Session> _sessions = new();
    private readonly bool _ownsStorage;

    private EngineInstance(EngineOptions options, IStorageEngine storage, bool ownsStorage)
    {
        Options = options;
        Storage = storage;
        _ownsStorage = ownsStorage;
        GlobalVariables = new GlobalVariables(options.ServerVersion, options.GlobalVariables);
        PlanCache = new PlanCache();
        StartTime = options.TimeProvider.GetUtcNow();
        if (options.DataDirectory is not null)
        {
            GlobalVariables.SetFromConfiguration("datadir", Path.GetFullPath(options.DataDirectory) + "/");
        }
    }

    public EngineOptions Options { get; }

    public GlobalVariables GlobalVariables { get; }

    /// <summary>Live sessions (SHOW PROCESSLIST, KILL).</summary>
    public IReadOnlyCollection<Session> Sessions => (IReadOnlyCollection<Session>)_sessions.Values;

    public string ServerVersion => Options.ServerVersion;

    public DateTimeOffset StartTime { get; }

    internal IStorageEngine Storage { get; }

    internal PlanCache PlanCache { get; }

    internal TimeProvider Time => Options.TimeProvider;

    /// <summary>Opens storage on the data directory (replaying its log) and returns a ready engine.</summary>
    public static async ValueTask<EngineInstance> OpenAsync(EngineOptions options, CancellationToken ct)
    {
        if (options.Storage is not null)
        {
            return new EngineInstance(options, options.Storage, ownsStorage: false);
        }
        int flush = 1;
        if (options.GlobalVariables.TryGetValue("innodb_flush_log_at_trx_commit", out var f) && int.TryParse(f, out var parsed))
        {
            flush = parsed;
        }
        var storage = await InMemoryStorageEngine.OpenAsync(new StorageOptions
        {
            DataDirectory = options.DataDirectory,
            TimeProvider = options.TimeProvider,
            FlushLogAtTrxCommit = flush,
            Log = options.Log,
        }, ct).ConfigureAwait(false);
        return new EngineInstance(options, storage, ownsStorage: true);
    }

    /// <summary>Creates a session; throws 1049 if <see cref="SessionOptions.Database"/> does not exist.</summary>
    public Session CreateSession(SessionOptions options)
    {
        var session = new Session(this, options);
        _sessions[options.ConnectionId] = session;
        return session;
    }

    internal void Remove(Session session) => _sessions.TryRemove(new KeyValuePair<ulong, Session>(session.ConnectionId, session));

    internal Session? FindSession(ulong id) => _sessions.TryGetValue(id, out var s) ? s : null;

    internal List<SqlValue[]> ProcessListRows()
    {
        var now = Time.GetUtcNow();
        return _sessions.Values.OrderBy(s => s.ConnectionId).Select(s => new[]
        {
            SqlValue.FromUInt(s.ConnectionId), SqlValue.FromString(s.User), SqlValue.FromString(s.ClientHost), SqlValue.FromString(s.CurrentDatabase),
            SqlValue.FromString(s.CurrentCommand), SqlValue.FromInt((long)(now - s.CommandStart).TotalSeconds),
            SqlValue.FromString(s.CurrentStatement is null ? "" : "executing"), SqlValue.FromString(s.CurrentStatement),
        }).ToList();
    }

    /// <summary>Stops accepting work: kills every session's running query and checkpoints storage.</summary>
    public async ValueTask ShutdownAsync()
    {
        foreach (var s in _sessions.Values)
        {
            s.KillQuery();
        }
        try
        {
            await Storage.CheckpointAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (MiniAuroraException)
        {
        }
        catch (NotImplementedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsStorage)
        {
            await Storage.DisposeAsync().ConfigureAwait(false);
        }
    }
}
