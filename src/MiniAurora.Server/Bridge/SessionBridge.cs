using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine;
using MiniAurora.Protocol;

namespace MiniAurora.Server.Bridge;

/// <summary>
/// The protocol's view of one engine <see cref="Session"/> (ARCHITECTURE.md B3 step 3): every command is
/// passed straight through; this class only translates shapes, it holds no SQL knowledge.
/// </summary>
internal sealed class SessionBridge(Session session, ServerRuntime runtime) : IProtocolHandler
{
    public IStatementStatus Status => session;

    public TimeSpan WaitTimeout => TimeSpan.FromSeconds(session.WaitTimeoutSeconds);

    public ValueTask QueryAsync(string sql, bool multiStatements, IResultSink sink, CancellationToken cancellationToken)
    {
        runtime.CountQuestion();
        return session.ExecuteAsync(sql, sink, multiStatements, cancellationToken);
    }

    public ValueTask InitDbAsync(string database, CancellationToken cancellationToken)
    {
        session.UseDatabase(database);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ResultColumn>> FieldListAsync(string table, string wildcard, CancellationToken cancellationToken) =>
        ValueTask.FromResult(session.FieldList(table, wildcard.Length == 0 ? null : wildcard));

    public ValueTask<string> StatisticsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(runtime.StatisticsLine());

    public ValueTask KillAsync(uint connectionId, CancellationToken cancellationToken) =>
        session.ExecuteAsync("KILL CONNECTION " + connectionId.ToString(System.Globalization.CultureInfo.InvariantCulture), NullResultSink.Instance, false, cancellationToken);

    public ValueTask ResetConnectionAsync(CancellationToken cancellationToken)
    {
        session.ResetConnection();
        return ValueTask.CompletedTask;
    }

    public ValueTask<PreparedStatementInfo> PrepareAsync(string sql, CancellationToken cancellationToken)
    {
        var prepared = session.Prepare(sql);
        return ValueTask.FromResult(PreparedStatementInfo.Create((uint)prepared.Id, prepared.ParameterCount, prepared.Columns));
    }

    public ValueTask ExecuteAsync(uint statementId, ReadOnlyMemory<SqlValue> parameters, IResultSink sink, CancellationToken cancellationToken)
    {
        runtime.CountQuestion();
        return session.ExecutePreparedAsync((int)statementId, parameters, sink, cancellationToken);
    }

    public void CloseStatement(uint statementId) => session.ClosePrepared((int)statementId);

    public ValueTask DisposeAsync()
    {
        session.Dispose();
        runtime.OnSessionClosed(session);
        return ValueTask.CompletedTask;
    }
}
