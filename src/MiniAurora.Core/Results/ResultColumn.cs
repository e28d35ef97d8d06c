using MiniAurora.Core.Values;

namespace MiniAurora.Core.Results;

/// <summary>
/// Metadata of one result column, as the protocol's ColumnDefinition41 needs it:
/// the alias and original names, the type (with length, scale and collation) and flags.
/// </summary>
public sealed record ResultColumn(
    string Name,
    ColumnType Type,
    ColumnFlags Flags = ColumnFlags.None,
    string Table = "",
    string OrgTable = "",
    string Schema = "",
    string? OrgName = null)
{
    public string OriginalName => OrgName ?? Name;
}
