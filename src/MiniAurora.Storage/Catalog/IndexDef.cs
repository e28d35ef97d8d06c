using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// An index of a table. The primary key is named <c>PRIMARY</c>. Keys compare part by part under each
/// column's <see cref="Collation"/>, NULL first, honouring <see cref="IndexPart.Descending"/>.
/// </summary>
/// <param name="Name">Index name (case-insensitive); <c>PRIMARY</c> for the primary key.</param>
/// <param name="Kind">Primary, unique, non-unique, …</param>
/// <param name="Parts">Key parts in order.</param>
/// <param name="Comment">COMMENT text.</param>
/// <param name="Visible">MySQL 8 INVISIBLE indexes are maintained but the planner must not use them.</param>
/// <param name="Algorithm">USING BTREE/HASH as written (informational), or null.</param>
public sealed record IndexDef(
    string Name,
    IndexKind Kind,
    SqlList<IndexPart> Parts,
    string Comment = "",
    bool Visible = true,
    string? Algorithm = null)
{
    /// <summary>The primary key's name in MySQL.</summary>
    public const string PrimaryName = "PRIMARY";

    /// <summary>True for the clustered primary key.</summary>
    public bool IsPrimary => Kind == IndexKind.Primary;

    /// <summary>True for PRIMARY and UNIQUE indexes (the ones that raise ER_DUP_ENTRY).</summary>
    public bool IsUnique => Kind is IndexKind.Primary or IndexKind.Unique;
}
