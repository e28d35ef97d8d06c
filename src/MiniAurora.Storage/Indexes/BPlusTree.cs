using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Indexes;

/// <summary>
/// An in-memory B+tree from unique full keys (value arrays, compared by a <see cref="KeyComparer"/>) to
/// values. Leaves are doubly linked for range scans. Not thread-safe: the owning table's latch
/// serializes writers against readers. Key arrays are stored by reference and must never be modified.
/// Deletion removes empty nodes but does not rebalance partly filled ones (height stays uniform).
/// </summary>
internal sealed partial class BPlusTree<TValue>
    where TValue : class
{
    internal const int Capacity = 64;

    private readonly KeyComparer _comparer;
    private Node _root;

    public BPlusTree(KeyComparer comparer)
    {
        _comparer = comparer;
        _root = new Leaf();
    }

    public int Count { get; private set; }

    public KeyComparer Comparer => _comparer;

    /// <summary>Finds the value stored under exactly <paramref name="key"/> (all parts).</summary>
    public bool TryGet(ReadOnlySpan<SqlValue> key, out TValue value)
    {
        var leaf = DescendExact(key);
        int i = LowerBound(leaf, key, greaterOnly: false);
        if (i < leaf.Count && _comparer.ComparePrefix(leaf.Keys[i], key) == 0)
        {
            value = leaf.Values[i];
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Adds a new key; returns false (and changes nothing) when the key exists.</summary>
    public bool TryAdd(SqlValue[] key, TValue value)
    {
        var split = Insert(_root, key, value, out bool added);
        if (split is not null)
        {
            var root = new Inner();
            root.Children[0] = _root;
            root.Children[1] = split.Value.Right;
            root.Keys[0] = split.Value.Separator;
            root.Count = 2;
            _root = root;
        }
        if (added)
        {
            Count++;
        }
        return added;
    }

    /// <summary>Removes a key; returns the removed value or null.</summary>
    public TValue? Remove(ReadOnlySpan<SqlValue> key)
    {
        var removed = RemoveFrom(_root, key);
        if (removed is not null)
        {
            Count--;
            while (_root is Inner inner && inner.Count == 1)
            {
                _root = inner.Children[0];
            }
            if (_root is Inner { Count: 0 })
            {
                _root = new Leaf();
            }
        }
        return removed;
    }

    /// <summary>
    /// Copies entries in key order starting at the first key whose prefix compares &gt;= <paramref name="bound"/>
    /// (or &gt; with <paramref name="greaterOnly"/>); an empty bound starts at the first key.
    /// </summary>
    public int CopyForward(ReadOnlySpan<SqlValue> bound, bool greaterOnly, Span<TreeEntry<TValue>> destination)
    {
        var leaf = DescendFirst(bound, greaterOnly);
        int i = LowerBound(leaf, bound, greaterOnly);
        int n = 0;
        while (leaf is not null && n < destination.Length)
        {
            for (; i < leaf.Count && n < destination.Length; i++)
            {
                destination[n++] = new TreeEntry<TValue>(leaf.Keys[i], leaf.Values[i]);
            }
            leaf = leaf.Next;
            i = 0;
        }
        return n;
    }

    /// <summary>
    /// Copies entries in reverse key order starting at the last key whose prefix compares &lt;= <paramref name="bound"/>
    /// (or &lt; with <paramref name="lessOnly"/>); an empty bound with lessOnly false starts at the last key.
    /// </summary>
    public int CopyBackward(ReadOnlySpan<SqlValue> bound, bool lessOnly, Span<TreeEntry<TValue>> destination)
    {
        // The last key <= bound sits just before the first key > bound.
        var leaf = DescendFirst(bound, !lessOnly);
        int i = LowerBound(leaf, bound, !lessOnly) - 1;
        int n = 0;
        while (leaf is not null && n < destination.Length)
        {
            for (; i >= 0 && n < destination.Length; i--)
            {
                destination[n++] = new TreeEntry<TValue>(leaf.Keys[i], leaf.Values[i]);
            }
            leaf = leaf.Prev;
            i = leaf is null ? -1 : leaf.Count - 1;
        }
        return n;
    }

    /// <summary>Counts entries from the first key &gt;= lower prefix while the upper predicate holds, up to a limit.</summary>
    public long CountRange(ReadOnlySpan<SqlValue> lower, bool lowerExclusive, ReadOnlySpan<SqlValue> upper, bool upperInclusive, long limit)
    {
        var leaf = DescendFirst(lower, lowerExclusive);
        int i = LowerBound(leaf, lower, lowerExclusive);
        long n = 0;
        while (leaf is not null && n < limit)
        {
            for (; i < leaf.Count && n < limit; i++)
            {
                if (upper.Length > 0)
                {
                    int c = _comparer.ComparePrefix(leaf.Keys[i], upper);
                    if (c > 0 || (c == 0 && !upperInclusive))
                    {
                        return n;
                    }
                }
                n++;
            }
            leaf = leaf.Next;
            i = 0;
        }
        return n;
    }

    /// <summary>Visits every entry in key order (checkpoints, rebuilds; caller holds the latch).</summary>
    public IEnumerable<TreeEntry<TValue>> All()
    {
        var node = _root;
        while (node is Inner inner)
        {
            node = inner.Children[0];
        }
        for (var leaf = (Leaf?)node; leaf is not null; leaf = leaf.Next)
        {
            for (int i = 0; i < leaf.Count; i++)
            {
                yield return new TreeEntry<TValue>(leaf.Keys[i], leaf.Values[i]);
            }
        }
    }
}
