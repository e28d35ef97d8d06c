namespace MiniAurora.Storage.Catalog;

/// <summary>One key part of an index.</summary>
/// <param name="ColumnOrdinal">Zero-based ordinal of the column in <see cref="TableDef.Columns"/>.</param>
/// <param name="PrefixLength">
/// Prefix length in characters (strings) or bytes (binary), 0 for the whole value. Storage truncates
/// values to the prefix when building keys, so a scan of a prefix index returns candidates the engine must re-check.
/// </param>
/// <param name="Descending">DESC key part (MySQL 8 stores it in descending order).</param>
public sealed record IndexPart(int ColumnOrdinal, int PrefixLength = 0, bool Descending = false);
