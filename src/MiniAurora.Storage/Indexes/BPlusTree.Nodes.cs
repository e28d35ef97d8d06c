using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Indexes;

internal sealed partial class BPlusTree<TValue>
{
    private abstract class Node
    {
        public int Count;
        public readonly SqlValue[][] Keys = new SqlValue[Capacity][];
    }

    private sealed class Leaf : Node
    {
        public readonly TValue[] Values = new TValue[Capacity];
        public Leaf? Next;
        public Leaf? Prev;
    }

    /// <summary>Count children; Keys[i] (i &lt; Count - 1) routes: keys of Children[i + 1] are &gt;= Keys[i], keys of Children[i] are &lt; Keys[i].</summary>
    private sealed class Inner : Node
    {
        public readonly Node[] Children = new Node[Capacity];
    }

    private readonly record struct Split(SqlValue[] Separator, Node Right);

    /// <summary>Leaf where an exact key lives (children whose separator &lt;= key are skipped).</summary>
    private Leaf DescendExact(ReadOnlySpan<SqlValue> key)
    {
        var node = _root;
        while (node is Inner inner)
        {
            node = inner.Children[ChildIndexExact(inner, key)];
        }
        return (Leaf)node;
    }

    /// <summary>Leaf where the first key with prefix &gt;= bound (or &gt; bound) is, or whose end precedes it.</summary>
    private Leaf DescendFirst(ReadOnlySpan<SqlValue> bound, bool greaterOnly)
    {
        var node = _root;
        while (node is Inner inner)
        {
            // Count separators that fail the predicate: the first matching key is in that child (or just after it).
            int lo = 0, hi = inner.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Matches(inner.Keys[mid], bound, greaterOnly))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }
            node = inner.Children[lo];
        }
        return (Leaf)node;
    }

    private bool Matches(SqlValue[] key, ReadOnlySpan<SqlValue> bound, bool greaterOnly)
    {
        int c = _comparer.ComparePrefix(key, bound);
        return greaterOnly ? c > 0 : c >= 0;
    }

    private int ChildIndexExact(Inner inner, ReadOnlySpan<SqlValue> key)
    {
        int lo = 0, hi = inner.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_comparer.ComparePrefix(inner.Keys[mid], key) > 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>First index in the node whose key matches the bound predicate (Count when none).</summary>
    private int LowerBound(Node node, ReadOnlySpan<SqlValue> bound, bool greaterOnly)
    {
        int lo = 0, hi = node.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Matches(node.Keys[mid], bound, greaterOnly))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private Split? Insert(Node node, SqlValue[] key, TValue value, out bool added)
    {
        if (node is Leaf leaf)
        {
            int i = LowerBound(leaf, key, greaterOnly: false);
            if (i < leaf.Count && _comparer.Compare(leaf.Keys[i], key) == 0)
            {
                added = false;
                return null;
            }
            added = true;
            if (leaf.Count < Capacity)
            {
                InsertAt(leaf, i, key, value);
                return null;
            }
            var right = new Leaf();
            // Appending past the last key (AUTO_INCREMENT, hidden row ids) keeps the old leaf full instead of half empty.
            int half = leaf.Next is null && i == Capacity ? Capacity : Capacity / 2;
            Array.Copy(leaf.Keys, half, right.Keys, 0, Capacity - half);
            Array.Copy(leaf.Values, half, right.Values, 0, Capacity - half);
            Array.Clear(leaf.Keys, half, Capacity - half);
            Array.Clear(leaf.Values, half, Capacity - half);
            right.Count = Capacity - half;
            leaf.Count = half;
            right.Next = leaf.Next;
            if (right.Next is not null)
            {
                right.Next.Prev = right;
            }
            right.Prev = leaf;
            leaf.Next = right;
            if (i < half)
            {
                InsertAt(leaf, i, key, value);
            }
            else
            {
                InsertAt(right, i - half, key, value);
            }
            return new Split(right.Keys[0], right);
        }

        var inner = (Inner)node;
        int child = ChildIndexExact(inner, key);
        var split = Insert(inner.Children[child], key, value, out added);
        if (split is null)
        {
            return null;
        }
        if (inner.Count < Capacity)
        {
            InsertChild(inner, child, split.Value);
            return null;
        }
        // Split the inner node: the middle separator moves up.
        var newInner = new Inner();
        int mid = Capacity / 2;
        var up = inner.Keys[mid - 1];
        Array.Copy(inner.Children, mid, newInner.Children, 0, Capacity - mid);
        Array.Copy(inner.Keys, mid, newInner.Keys, 0, Capacity - mid - 1);
        Array.Clear(inner.Children, mid, Capacity - mid);
        Array.Clear(inner.Keys, mid - 1, Capacity - mid);
        newInner.Count = Capacity - mid;
        inner.Count = mid;
        if (child < mid)
        {
            InsertChild(inner, child, split.Value);
        }
        else
        {
            InsertChild(newInner, child - mid, split.Value);
        }
        return new Split(up, newInner);
    }

    private static void InsertAt(Leaf leaf, int i, SqlValue[] key, TValue value)
    {
        Array.Copy(leaf.Keys, i, leaf.Keys, i + 1, leaf.Count - i);
        Array.Copy(leaf.Values, i, leaf.Values, i + 1, leaf.Count - i);
        leaf.Keys[i] = key;
        leaf.Values[i] = value;
        leaf.Count++;
    }

    /// <summary>Inserts split.Right as the child after <paramref name="child"/>, with its separator.</summary>
    private static void InsertChild(Inner inner, int child, Split split)
    {
        Array.Copy(inner.Children, child + 1, inner.Children, child + 2, inner.Count - child - 1);
        Array.Copy(inner.Keys, child, inner.Keys, child + 1, inner.Count - 1 - child);
        inner.Children[child + 1] = split.Right;
        inner.Keys[child] = split.Separator;
        inner.Count++;
    }

    private TValue? RemoveFrom(Node node, ReadOnlySpan<SqlValue> key)
    {
        if (node is Leaf leaf)
        {
            int i = LowerBound(leaf, key, greaterOnly: false);
            if (i >= leaf.Count || _comparer.ComparePrefix(leaf.Keys[i], key) != 0 || leaf.Keys[i].Length != key.Length)
            {
                return null;
            }
            var value = leaf.Values[i];
            Array.Copy(leaf.Keys, i + 1, leaf.Keys, i, leaf.Count - i - 1);
            Array.Copy(leaf.Values, i + 1, leaf.Values, i, leaf.Count - i - 1);
            leaf.Count--;
            leaf.Keys[leaf.Count] = null!;
            leaf.Values[leaf.Count] = null!;
            return value;
        }
        var inner = (Inner)node;
        int child = ChildIndexExact(inner, key);
        var target = inner.Children[child];
        var removed = RemoveFrom(target, key);
        if (removed is not null && target.Count == 0)
        {
            if (target is Leaf emptyLeaf)
            {
                if (emptyLeaf.Prev is not null)
                {
                    emptyLeaf.Prev.Next = emptyLeaf.Next;
                }
                if (emptyLeaf.Next is not null)
                {
                    emptyLeaf.Next.Prev = emptyLeaf.Prev;
                }
            }
            RemoveChild(inner, child);
        }
        return removed;
    }

    private static void RemoveChild(Inner inner, int child)
    {
        Array.Copy(inner.Children, child + 1, inner.Children, child, inner.Count - child - 1);
        // Dropping child i drops the separator before it (or, for the first child, the one after it).
        int keyIndex = child == 0 ? 0 : child - 1;
        if (inner.Count > 1)
        {
            Array.Copy(inner.Keys, keyIndex + 1, inner.Keys, keyIndex, inner.Count - 2 - keyIndex);
            inner.Keys[inner.Count - 2] = null!;
        }
        inner.Count--;
        inner.Children[inner.Count] = null!;
    }
}
