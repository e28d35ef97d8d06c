using MiniAurora.Core.Values;
using MiniAurora.Storage.Indexes;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class BPlusTreeTests
{
    private sealed class Box(long value)
    {
        public long Value { get; } = value;
    }

    private static BPlusTree<Box> NewTree() => new(new KeyComparer([Collation.Binary], [false]));

    [Test]
    public void RandomInsertRemove_MatchesSortedReference()
    {
        var tree = NewTree();
        var reference = new SortedSet<long>();
        var random = new Random(42);
        for (int i = 0; i < 20000; i++)
        {
            long k = random.Next(0, 5000);
            if (random.Next(3) == 0)
            {
                Assert.That(tree.Remove([SqlValue.FromInt(k)]) is not null, Is.EqualTo(reference.Remove(k)));
            }
            else
            {
                Assert.That(tree.TryAdd([SqlValue.FromInt(k)], new Box(k)), Is.EqualTo(reference.Add(k)));
            }
        }
        Assert.That(tree.Count, Is.EqualTo(reference.Count));
        Assert.That(tree.All().Select(e => e.Value.Value), Is.EqualTo(reference));
        var buffer = new TreeEntry<Box>[100000];
        int n = tree.CopyBackward([], false, buffer);
        Assert.That(buffer.Take(n).Select(e => e.Value.Value), Is.EqualTo(reference.Reverse()));
        foreach (var k in reference.Take(200))
        {
            Assert.That(tree.TryGet([SqlValue.FromInt(k)], out var box) && box.Value == k);
        }
    }

    [Test]
    public void CopyForward_FromBound_StartsAtFirstMatchingKey()
    {
        var tree = NewTree();
        for (int i = 0; i < 1000; i += 2)
        {
            tree.TryAdd([SqlValue.FromInt(i)], new Box(i));
        }
        var buffer = new TreeEntry<Box>[3];
        Assert.That(tree.CopyForward([SqlValue.FromInt(501)], false, buffer), Is.EqualTo(3));
        Assert.That(buffer[0].Value.Value, Is.EqualTo(502));
        tree.CopyForward([SqlValue.FromInt(502)], true, buffer);
        Assert.That(buffer[0].Value.Value, Is.EqualTo(504));
        tree.CopyBackward([SqlValue.FromInt(502)], true, buffer);
        Assert.That(buffer.Select(b => b.Value.Value), Is.EqualTo(new long[] { 500, 498, 496 }));
    }

    [Test]
    public void AscendingAppends_StayOrderedAndFindable()
    {
        var tree = NewTree();
        for (int i = 0; i < 10000; i++)
        {
            Assert.That(tree.TryAdd([SqlValue.FromInt(i)], new Box(i)), Is.True);
        }
        Assert.That(tree.All().Select(e => e.Value.Value), Is.EqualTo(Enumerable.Range(0, 10000).Select(i => (long)i)));
        for (int i = 0; i < 10000; i += 37)
        {
            Assert.That(tree.TryGet([SqlValue.FromInt(i)], out var box) && box.Value == i);
        }
        Assert.That(tree.TryAdd([SqlValue.FromInt(5000)], new Box(5000)), Is.False);
        Assert.That(tree.TryAdd([SqlValue.FromInt(-1)], new Box(-1)), Is.True);
        Assert.That(tree.All().First().Value.Value, Is.EqualTo(-1));
    }

    [Test]
    public void RemoveEverything_LeavesUsableTree()
    {
        var tree = NewTree();
        for (int i = 0; i < 3000; i++)
        {
            tree.TryAdd([SqlValue.FromInt(i)], new Box(i));
        }
        for (int i = 0; i < 3000; i++)
        {
            Assert.That(tree.Remove([SqlValue.FromInt(i)]), Is.Not.Null);
        }
        Assert.That(tree.Count, Is.Zero);
        Assert.That(tree.TryAdd([SqlValue.FromInt(7)], new Box(7)), Is.True);
        Assert.That(tree.All().Count(), Is.EqualTo(1));
    }
}
