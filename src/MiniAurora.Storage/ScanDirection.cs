namespace MiniAurora.Storage;

/// <summary>Direction of an index scan.</summary>
public enum ScanDirection : byte
{
    /// <summary>In index order (which already reverses DESC key parts).</summary>
    Forward,

    /// <summary>Reverse index order, for ORDER BY … DESC on an ascending index.</summary>
    Backward,
}
