using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// The sink statements inside a stored program write to: result sets go to the client (each flagged with more
/// results, since CALL's own OK follows), while each statement's OK is swallowed, as MySQL only sends CALL's final OK.
/// </summary>
internal sealed class ForwardingSink(IResultSink inner) : IResultSink
{
    public IStatementStatus Status => inner.Status;

    /// <summary>Affected rows of the last statement that answered OK.</summary>
    public ulong LastAffectedRows { get; private set; }

    public void StartResultSet(IReadOnlyList<ResultColumn> columns) => inner.StartResultSet(columns);

    public void WriteRow(ReadOnlySpan<SqlValue> row) => inner.WriteRow(row);

    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => inner.FlushIfFullAsync(cancellationToken);

    public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken)
    {
        LastAffectedRows = 0;
        return inner.EndResultSetAsync(true, cancellationToken);
    }

    public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken)
    {
        LastAffectedRows = ok.AffectedRows;
        return ValueTask.CompletedTask;
    }
}
