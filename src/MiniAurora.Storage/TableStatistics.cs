namespace MiniAurora.Storage;

/// <summary>Approximate figures for SHOW TABLE STATUS / information_schema.TABLES and the planner.</summary>
/// <param name="Rows">Number of rows (latest versions; approximate under concurrent writes, as InnoDB's).</param>
/// <param name="DataLength">Approximate bytes of row data.</param>
/// <param name="IndexLength">Approximate bytes of secondary indexes.</param>
/// <param name="AutoIncrement">The next AUTO_INCREMENT value, or null when the table has no such column.</param>
/// <param name="UpdateTime">Last commit that changed the table (UTC), or null.</param>
public readonly record struct TableStatistics(long Rows, long DataLength, long IndexLength, ulong? AutoIncrement, DateTime? UpdateTime);
