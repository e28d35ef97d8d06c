using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// A database (schema) in the catalog. Immutable; a change produces a new record through
/// <see cref="Changes.AlterDatabase"/>. The character set is the collation's
/// <see cref="Collation.Charset"/>.
/// </summary>
/// <param name="Name">The database name as created (case preserved).</param>
/// <param name="DefaultCollation">Default collation for new tables (and its charset).</param>
/// <param name="ReadOnly">MySQL 8.0.22 <c>READ ONLY</c> database option.</param>
public sealed record DatabaseDef(string Name, Collation DefaultCollation, bool ReadOnly = false)
{
    /// <summary>The default character set name (e.g. <c>utf8mb4</c>).</summary>
    public string DefaultCharset => DefaultCollation.Charset;
}
