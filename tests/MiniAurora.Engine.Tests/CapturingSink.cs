using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Tests;

/// <summary>Records everything the engine writes: result sets (columns and rows) and OK packets, in order.</summary>
internal sealed class CapturingSink : IResultSink
{
    public CapturingSink(IStatementStatus status)
    {
        Status = status;
    }

    public IStatementStatus Status { get; }

    public List<CapturedResult> Results { get; } = [];

    private CapturedResult? _current;

    public void StartResultSet(IReadOnlyList<ResultColumn> columns)
    {
        _current = new CapturedResult(columns, [], null);
    }

    public void WriteRow(ReadOnlySpan<SqlValue> row) => _current!.Rows.Add(row.ToArray());

    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken)
    {
        Results.Add(_current!);
        _current = null;
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken)
    {
        Results.Add(new CapturedResult([], [], ok));
        return ValueTask.CompletedTask;
    }
}

internal sealed record CapturedResult(IReadOnlyList<ResultColumn> Columns, List<SqlValue[]> Rows, OkResult? Ok)
{
    /// <summary>Rows as text the way the mariadb CLI shows them (NULL for SQL NULL).</summary>
    public List<string[]> Text => Rows.Select(r => r.Select(v => v.IsNull ? "NULL" : Values.ValueConversion.ToText(v)).ToArray()).ToList();

    public string Scalar => Text[0][0];
}
