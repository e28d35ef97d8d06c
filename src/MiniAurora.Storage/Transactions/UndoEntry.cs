using MiniAurora.Core.Values;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// One change of a transaction, in order: the version it pushed, whether it created the record, and the
/// secondary entries it added or made obsolete. Undo pops it; commit turns it into a redo record.
/// </summary>
internal struct UndoEntry
{
    public TableStore Table;
    public RowRecord Record;
    public RowVersion Version;
    public bool NewRecord;

    /// <summary>The table's secondary indexes when the change was made (positions of the key arrays below).</summary>
    public SecondaryIndex[] Indexes;

    /// <summary>Per secondary index: the entry key this change added to the tree, or null.</summary>
    public SqlValue[]?[]? AddedKeys;

    /// <summary>Per secondary index: the previous version's key this change stopped producing (purged after commit), or null.</summary>
    public SqlValue[]?[]? ReplacedKeys;
}
