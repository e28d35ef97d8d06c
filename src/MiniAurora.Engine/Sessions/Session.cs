using MiniAurora.Engine.Sessions;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Storage;

namespace MiniAurora.Engine;

/// <summary>
/// One client connection's state: current database, variables, transaction, prepared statements and
/// warnings. Not thread-safe: the protocol runs one command at a time per connection; only
/// <see cref="KillQuery"/> and <see cref="Kill"/> may be called from other threads.
/// </summary>
public sealed partial class Session : IStatementStatus, IEvaluationSession, IDisposable
{
    private readonly Dictionary<string, SqlValue> _userVariables = new(StringComparer.OrdinalIgnoreCase);
    private IStorageTransaction? _transaction;
    private bool _explicitTransaction;
    private volatile bool _queryKilled;
    private volatile bool _connectionKilled;
    private bool _disposed;

    internal Session(EngineInstance engine, SessionOptions options)
    {
        Engine = engine;
        ConnectionId = options.ConnectionId;
        User = options.User;
        Host = options.Host;
        ClientHost = options.ClientHost;
        Variables = new SessionVariables(engine.GlobalVariables);
        Eval = new EvaluationContext(this);
        CommandStart = engine.Time.GetUtcNow();
        if (options.Database is not null)
        {
            UseDatabase(options.Database);
            ChangedSchema = null;
        }
    }

    public EngineInstance Engine { get; }

    public ulong ConnectionId { get; }

    public string User { get; }

    /// <summary>The account host (CURRENT_USER() = User@Host).</summary>
    public string Host { get; }

    public string ClientHost { get; }

    public string? CurrentDatabase { get; private set; }

    /// <summary>Set by a statement that changed the default database (SESSION_TRACK); reset at the start of each command.</summary>
    public string? ChangedSchema { get; private set; }

    public bool Autocommit => Variables.Autocommit;

    public bool InTransaction => _transaction is not null && (_explicitTransaction || !Variables.Autocommit);

    public int WarningCount => Eval.WarningCount;

    public long MaxAllowedPacket => Variables.GetInt("max_allowed_packet");

    public int WaitTimeoutSeconds => (int)Math.Min(int.MaxValue, Variables.GetInt("wait_timeout"));

    /// <summary>The client sent CLIENT_FOUND_ROWS: UPDATE reports matched rather than changed rows.</summary>
    public bool ClientFoundRows { get; set; }

    /// <summary>True once KILL CONNECTION targeted this session; the server should close the socket.</summary>
    public bool IsKilled => _connectionKilled;

    /// <summary>Raised (on the killer's thread) when KILL [CONNECTION] targets this session.</summary>
    public event Action<Session>? KillRequested;

    internal bool IsQueryKilled => _queryKilled || _connectionKilled;

    internal SessionVariables Variables { get; }

    internal EvaluationContext Eval { get; }

    internal string CurrentCommand { get; private set; } = "Sleep";

    internal string? CurrentStatement { get; private set; }

    internal DateTimeOffset CommandStart { get; private set; }

    public ulong LastInsertId { get; set; }

    public long LastRowCount { get; internal set; } = -1;

    public long LastFoundRows { get; internal set; }

    string IEvaluationSession.ServerVersion => Engine.ServerVersion;

    /// <summary>COM_INIT_DB / USE: 1049 if the database does not exist.</summary>
    public void UseDatabase(string name)
    {
        if (!string.Equals(name, "information_schema", StringComparison.OrdinalIgnoreCase) && !Engine.Storage.Catalog.TryGetDatabase(name, out _))
        {
            throw MySqlErrors.BadDbError(name);
        }
        CurrentDatabase = string.Equals(name, "information_schema", StringComparison.OrdinalIgnoreCase) ? "information_schema" : name;
        ChangedSchema = CurrentDatabase;
        if (Engine.Storage.Catalog.TryGetDatabase(CurrentDatabase, out var db))
        {
            Variables.Set(SystemVariableTable.All["character_set_database"], SqlValue.FromString(db.DefaultCharset));
            Variables.Set(SystemVariableTable.All["collation_database"], SqlValue.FromString(db.DefaultCollation.Name));
        }
    }

    internal void ClearCurrentDatabase()
    {
        CurrentDatabase = null;
        ChangedSchema = null;
    }

    /// <summary>KILL QUERY: the running statement stops with 1317 at its next check.</summary>
    public void KillQuery() => _queryKilled = true;

    /// <summary>KILL CONNECTION: stops the running statement and asks the server to close the connection.</summary>
    public void Kill()
    {
        _connectionKilled = true;
        KillRequested?.Invoke(this);
    }

    public SqlValue GetUserVariable(string name) => _userVariables.TryGetValue(name, out var v) ? v : SqlValue.Null;

    public void SetUserVariable(string name, SqlValue value) => _userVariables[name] = value;

    /// <summary>Forgets a user variable (stored-program frames drop their hidden locals on exit).</summary>
    internal void RemoveUserVariable(string name) => _userVariables.Remove(name);

    public SqlValue GetSystemVariable(string name, bool global)
    {
        if (!SystemVariableTable.All.TryGetValue(name, out var def))
        {
            throw MySqlErrors.UnknownSystemVariable(name);
        }
        switch (def.Name)
        {
            case "warning_count":
                return SqlValue.FromUInt((ulong)Eval.WarningCount);
            case "error_count":
                return SqlValue.FromUInt((ulong)_errorCount);
            case "last_insert_id":
            case "identity":
                return SqlValue.FromUInt(LastInsertId);
            case "timestamp":
                return SqlValue.FromDouble(Engine.Time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0);
            case "pseudo_thread_id":
                return SqlValue.FromUInt(ConnectionId);
        }
        if (global || (def.Scope & MiniAurora.Engine.Sessions.Variables.VariableScope.Session) == 0)
        {
            return Engine.GlobalVariables.GetValue(def);
        }
        return Variables.Get(def);
    }

    private int _errorCount;

    /// <summary>COM_RESET_CONNECTION: rolls back, clears user variables, prepared statements and warnings, re-reads globals.</summary>
    public void ResetConnection()
    {
        RollbackTransaction();
        _userVariables.Clear();
        _prepared.Clear();
        Variables.Reset();
        Eval.ClearWarnings();
        LastInsertId = 0;
        _queryKilled = false;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        RollbackTransaction();
        Engine.Remove(this);
    }
}
