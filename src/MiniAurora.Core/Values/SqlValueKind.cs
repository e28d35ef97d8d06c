namespace MiniAurora.Core.Values;

/// <summary>The runtime representation a <see cref="SqlValue"/> holds (not the column type).</summary>
public enum SqlValueKind : byte
{
    Null,
    Int,
    UInt,
    Double,
    Decimal,
    String,
    Bytes,
    Date,
    DateTime,
    Time,
    Json,
}
