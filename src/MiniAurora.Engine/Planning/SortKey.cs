using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Planning;

/// <summary>A sort key: column of the input row, direction, collation for strings.</summary>
internal sealed record SortKey(int Ordinal, bool Descending, Collation Collation);
