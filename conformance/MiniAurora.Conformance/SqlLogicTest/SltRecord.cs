namespace MiniAurora.Conformance.SqlLogicTest;

/// <summary>The kinds of record a sqllogictest file holds.</summary>
internal enum SltRecordKind
{
    StatementOk,
    StatementError,
    Query,
    HashThreshold,
    Halt,
}

/// <summary>Sort mode of a query record, applied client-side to the rendered values.</summary>
internal enum SltSortMode
{
    NoSort,
    RowSort,
    ValueSort,
}

/// <summary>
/// One record of a sqllogictest file: a statement or a query with its column types, sort mode,
/// optional label and expected output (either the values, one per line, or "N values hashing to MD5").
/// </summary>
internal sealed record SltRecord(
    SltRecordKind Kind,
    string File,
    int Line,
    string Sql,
    string ColumnTypes = "",
    SltSortMode Sort = SltSortMode.NoSort,
    string? Label = null,
    IReadOnlyList<string>? Expected = null,
    int HashThreshold = 0);
