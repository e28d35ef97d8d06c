namespace MiniAurora.Core.Results;

/// <summary>What an OK packet reports for a statement that returns no rows.</summary>
public readonly record struct OkResult(ulong AffectedRows = 0, ulong LastInsertId = 0, string? Info = null);
