using MiniAurora.Core.Values;
using MiniAurora.Storage.Transactions;

namespace MiniAurora.Storage.Tables;

/// <summary>
/// One immutable version of a row in its record's chain (newest first). While the writing transaction is
/// open <see cref="Writer"/> points at it; at commit storage sets <see cref="CommitTs"/> and then clears
/// <see cref="Writer"/> (in that order, so a reader that sees Writer == null can trust CommitTs).
/// </summary>
internal sealed class RowVersion
{
    public RowVersion(SqlValue[]? values, StorageTransaction? writer, long commitTs)
    {
        Values = values;
        Writer = writer;
        CommitTs = commitTs;
    }

    /// <summary>The row, or null for a delete marker.</summary>
    public readonly SqlValue[]? Values;

    public StorageTransaction? Writer;

    public long CommitTs;

    /// <summary>Older version; cut (set to null) once no snapshot can need it.</summary>
    public RowVersion? Older;
}
