using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Protocol;

/// <summary>
/// One authenticated connection's view of the database, as the protocol calls it (ARCHITECTURE.md B3, B9.1).
/// Created by <see cref="IProtocolHandlerFactory"/> after a successful login and disposed when the connection
/// ends (or is replaced after COM_CHANGE_USER). Calls are strictly sequential: the protocol never starts a
/// command before the previous one completed.
/// <para>Errors: throw <c>MiniAuroraException</c> (from <c>MySqlErrors</c>); the dispatcher turns it into the ERR
/// packet and the connection stays usable. Any other exception is logged and sent as ER_INTERNAL_ERROR.
/// An error thrown after rows were written to the sink still arrives correctly (ERR replaces the rest).</para>
/// <para>Buffers: strings and parameter arrays passed in are owned by the callee for the duration of the call
/// only; <see cref="IResultSink.WriteRow"/> reads its span during the call only.</para>
/// </summary>
public interface IProtocolHandler : IAsyncDisposable
{
    /// <summary>Autocommit, in-transaction, warning count and schema change, read after every command.</summary>
    IStatementStatus Status { get; }

    /// <summary>How long the connection may stay idle between commands (the session's wait_timeout); read before each read.</summary>
    TimeSpan WaitTimeout { get; }

    /// <summary>
    /// COM_QUERY. <paramref name="multiStatements"/> is true when the client enabled CLIENT_MULTI_STATEMENTS
    /// (or COM_SET_OPTION turned it on): parse several statements and report each with moreResults.
    /// Write every result (OK or result set) to <paramref name="sink"/>; text row format is chosen by the sink.
    /// </summary>
    ValueTask QueryAsync(string sql, bool multiStatements, IResultSink sink, CancellationToken cancellationToken);

    /// <summary>COM_INIT_DB (what USE sends); throw ER_BAD_DB_ERROR etc. The protocol answers OK.</summary>
    ValueTask InitDbAsync(string database, CancellationToken cancellationToken);

    /// <summary>COM_FIELD_LIST (deprecated; the mariadb client's completion uses it): the table's columns.</summary>
    ValueTask<IReadOnlyList<ResultColumn>> FieldListAsync(string table, string wildcard, CancellationToken cancellationToken);

    /// <summary>COM_STATISTICS: the one-line status text ("Uptime: 10  Threads: 1  Questions: ...").</summary>
    ValueTask<string> StatisticsAsync(CancellationToken cancellationToken);

    /// <summary>COM_PROCESS_KILL: kill the given connection (as KILL CONNECTION id).</summary>
    ValueTask KillAsync(uint connectionId, CancellationToken cancellationToken);

    /// <summary>COM_RESET_CONNECTION: roll back, drop temporary state, reset variables; prepared statements are closed too.</summary>
    ValueTask ResetConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// COM_STMT_PREPARE: validate and prepare <paramref name="sql"/>, returning an id unique within this
    /// connection plus the parameter and result column metadata.
    /// </summary>
    ValueTask<PreparedStatementInfo> PrepareAsync(string sql, CancellationToken cancellationToken);

    /// <summary>
    /// COM_STMT_EXECUTE: run a prepared statement with its decoded parameters (one per '?', already
    /// converted to <see cref="SqlValue"/>: integers, doubles, decimals, strings, bytes for BLOB-typed
    /// parameters, dates, times, NULL). Results go to <paramref name="sink"/>, which writes binary rows.
    /// </summary>
    ValueTask ExecuteAsync(uint statementId, ReadOnlyMemory<SqlValue> parameters, IResultSink sink, CancellationToken cancellationToken);

    /// <summary>COM_STMT_CLOSE (no response is sent) or statement cleanup on reset/change user.</summary>
    void CloseStatement(uint statementId);
}
