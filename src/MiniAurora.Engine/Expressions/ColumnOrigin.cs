using MiniAurora.Core.Results;

namespace MiniAurora.Engine.Expressions;

/// <summary>Metadata of a base-table column that flows into result column definitions.</summary>
internal sealed record ColumnOrigin(string Schema, string Table, string TableAlias, string Name, ColumnFlags Flags);
