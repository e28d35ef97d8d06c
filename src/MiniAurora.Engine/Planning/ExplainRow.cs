namespace MiniAurora.Engine.Planning;

/// <summary>One row of tabular EXPLAIN output.</summary>
internal sealed record ExplainRow(string Table, string Type, string? PossibleKeys, string? Key, string? KeyLen, string? Ref, long Rows, string? Extra);
