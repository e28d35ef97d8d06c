using MiniAurora.Core.Values;

namespace MiniAurora.Core.Results;

/// <summary>
/// Where a statement's results go: the seam between the engine and the wire (ARCHITECTURE.md B1, B3).
/// The engine calls, per result: either <see cref="WriteOkAsync"/>, or <see cref="StartResultSet"/>,
/// any number of <see cref="WriteRow"/> calls and <see cref="EndResultSetAsync"/>.
/// <paramref name="moreResults"/> says another result follows (multi-statements, procedures).
/// The sink chooses the row format (text for COM_QUERY, binary for COM_STMT_EXECUTE) and buffers;
/// it flushes at the end of each result or when <see cref="FlushIfFullAsync"/> finds about 64 KiB queued.
/// Errors are not written here: they propagate as <c>MiniAuroraException</c> to the protocol dispatcher.
/// </summary>
public interface IResultSink
{
    /// <summary>Number of warnings and server status are read from here when packets are finished.</summary>
    IStatementStatus Status { get; }

    void StartResultSet(IReadOnlyList<ResultColumn> columns);

    /// <summary>Writes one row; <paramref name="row"/> is only read during the call.</summary>
    void WriteRow(ReadOnlySpan<SqlValue> row);

    /// <summary>Flushes to the socket if enough is buffered; call between rows of long results.</summary>
    ValueTask FlushIfFullAsync(CancellationToken cancellationToken);

    ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken);

    ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken);
}
