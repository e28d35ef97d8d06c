using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Server.Bridge;

/// <summary>Discards results: for statements the server runs on a session's behalf whose answer the protocol sends itself.</summary>
internal sealed class NullResultSink : IResultSink, IStatementStatus
{
    public static readonly NullResultSink Instance = new();

    public IStatementStatus Status => this;

    public bool InTransaction => false;

    public bool Autocommit => true;

    public int WarningCount => 0;

    public string? ChangedSchema => null;

    public void StartResultSet(IReadOnlyList<ResultColumn> columns)
    {
    }

    public void WriteRow(ReadOnlySpan<SqlValue> row)
    {
    }

    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
