using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class IndexTests
{
    private InMemoryStorageEngine _engine = null!;

    [SetUp]
    public async Task SetUp() => _engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions());

    [TearDown]
    public async Task TearDown() => await _engine.DisposeAsync();

    private static TableDef Names(Collation collation, bool descending = false) => Table(
        "names",
        [Col("id", ColumnType.Int, nullable: false), Col("name", ColumnType.VarChar(20, collation))],
        Primary(0),
        new IndexDef("by_name", IndexKind.NonUnique, SqlList.Of(new IndexPart(1, Descending: descending))));

    [Test]
    public async Task SecondaryIndex_CaseInsensitiveCollation_OrdersIgnoringCaseWithNullsFirst()
    {
        var t = await CreateAsync(_engine, Names(Collation.Utf8mb4_0900_ai_ci));
        await InsertAsync(_engine, t, Row(1, "banana"), Row(2, "Apple"), Row(3, null), Row(4, "cherry"), Row(5, "apple"));
        using var tx = _engine.Begin();
        var rows = await ScanAsync(tx, t, t.FindIndex("by_name"), KeyRange.All);
        Assert.That(rows.Select(r => r[0].AsInt), Is.EqualTo(new long[] { 3, 2, 5, 1, 4 }));
        var apples = await ScanAsync(tx, t, t.FindIndex("by_name"), KeyRange.Equal([S("APPLE")]));
        Assert.That(apples.Select(r => r[0].AsInt), Is.EqualTo(new long[] { 2, 5 }));
    }

    [Test]
    public async Task SecondaryIndex_BinaryCollationAndDescending_OrdersExactlyReversed()
    {
        var t = await CreateAsync(_engine, Names(Collation.Utf8mb4_bin, descending: true));
        await InsertAsync(_engine, t, Row(1, "b"), Row(2, "B"), Row(3, "a"));
        using var tx = _engine.Begin();
        var rows = await ScanAsync(tx, t, t.FindIndex("by_name"), KeyRange.All);
        Assert.That(rows.Select(r => r[1].AsString), Is.EqualTo(new[] { "b", "a", "B" }));
    }

    [Test]
    public async Task PrimaryRange_InclusiveExclusiveAndBackward()
    {
        var t = await CreateAsync(_engine, SbTest());
        for (int i = 1; i <= 300; i++)
        {
            await InsertAsync(_engine, t, Row(i, i % 7, "c" + i, "p"));
        }
        using var tx = _engine.Begin();
        var pk = t.PrimaryKey;
        Assert.That((await ScanAsync(tx, t, pk, KeyRange.Between([I(10)], [I(20)]))).Count, Is.EqualTo(11));
        Assert.That((await ScanAsync(tx, t, pk, new KeyRange([I(10)], false, [I(20)], false))).Select(r => r[0].AsInt),
            Is.EqualTo(Enumerable.Range(11, 9).Select(i => (long)i)));
        var back = await ScanAsync(tx, t, pk, KeyRange.Between([I(100)], [I(250)]), ScanDirection.Backward);
        Assert.That(back.Select(r => r[0].AsInt), Is.EqualTo(Enumerable.Range(100, 151).Reverse().Select(i => (long)i)));
        Assert.That((await ScanAsync(tx, t, null, KeyRange.All)).Count, Is.EqualTo(300));
        var k3 = await ScanAsync(tx, t, t.FindIndex("k_1"), KeyRange.Equal([I(3)]));
        Assert.That(k3.Select(r => r[0].AsInt), Is.EqualTo(Enumerable.Range(1, 300).Where(i => i % 7 == 3).Select(i => (long)i)));
        using (var reusable = tx.OpenCursor(t, t.FindIndex("k_1"), KeyRange.Equal([I(3)])))
        {
            int n3 = 0, n4 = 0;
            while (await reusable.MoveNextAsync())
            {
                n3++;
            }
            reusable.Reset(KeyRange.Equal([I(4)]));
            while (await reusable.MoveNextAsync())
            {
                Assert.That(reusable.Current.Values[1].AsInt, Is.EqualTo(4));
                n4++;
            }
            Assert.That((n3, n4), Is.EqualTo((43, 43)));
        }
        Assert.That(tx.TryGetRow(t, pk!, [I(42)], out var row) && row.Values[2].AsString == "c42");
        Assert.That(tx.TryGetRow(t, pk!, [I(4200)], out _), Is.False);
        Assert.That(_engine.EstimateRows(t, pk, KeyRange.Between([I(1)], [I(50)]), 1000), Is.EqualTo(50));
    }

    [Test]
    public async Task MultiColumnIndex_PrefixBounds()
    {
        var t = await CreateAsync(_engine, Table(
            "pairs",
            [Col("a", ColumnType.Int, false), Col("b", ColumnType.Int, false), Col("v", ColumnType.Int)],
            Primary(0, 1)));
        for (int a = 1; a <= 5; a++)
        {
            for (int b = 1; b <= 5; b++)
            {
                await InsertAsync(_engine, t, Row(a, b, a * 10 + b));
            }
        }
        using var tx = _engine.Begin();
        var rows = await ScanAsync(tx, t, t.PrimaryKey, new KeyRange([I(3), I(2)], false, [I(3)], true));
        Assert.That(rows.Select(r => r[2].AsInt), Is.EqualTo(new long[] { 33, 34, 35 }));
        rows = await ScanAsync(tx, t, t.PrimaryKey, new KeyRange([I(2)], false, [I(4)], false));
        Assert.That(rows.Select(r => r[2].AsInt), Is.EqualTo(new long[] { 31, 32, 33, 34, 35 }));
    }

    [Test]
    public async Task DuplicatePrimaryKey_Throws1062WithTableDotPrimary()
    {
        var t = await CreateAsync(_engine, SbTest());
        await InsertAsync(_engine, t, Row(1, 1, "a", "p"));
        using var tx = _engine.Begin();
        tx.BeginStatement();
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await tx.InsertAsync(t, Row(1, 2, "b", "p")));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(ex.Message, Is.EqualTo("Duplicate entry '1' for key 'sbtest1.PRIMARY'"));
    }

    [Test]
    public async Task UniqueSecondary_RejectsDuplicatesButAllowsManyNulls()
    {
        var t = await CreateAsync(_engine, Table(
            "u",
            [Col("id", ColumnType.Int, false), Col("email", ColumnType.VarChar(50)), Col("x", ColumnType.Int)],
            Primary(0),
            Index("uq_email", IndexKind.Unique, 1),
            Index("uq_email_x", IndexKind.Unique, 1, 2)));
        await InsertAsync(_engine, t, Row(1, "a@x", 1), Row(2, null, null), Row(3, null, null));
        using var tx = _engine.Begin();
        tx.BeginStatement();
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await tx.InsertAsync(t, Row(4, "A@X", 2)));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(ex.Message, Is.EqualTo("Duplicate entry 'A@X' for key 'u.uq_email'"));
        var conflict = await tx.InsertAsync(t, Row(5, "a@x", 9), InsertFlags.ReturnConflict);
        Assert.That(conflict.IsConflict && conflict.Conflict.Values[0].AsInt == 1 && conflict.ConflictIndex!.Name == "uq_email");
        // Updating a row to its own key is not a conflict; moving it onto another's is.
        Assert.That(tx.TryGetRow(t, t.PrimaryKey!, [I(1)], out var one));
        await tx.UpdateAsync(t, one, Row(1, "a@x", 7));
        await tx.InsertAsync(t, Row(6, "b@x", 1));
        Assert.That(tx.TryGetRow(t, t.PrimaryKey!, [I(6)], out var six));
        Assert.ThrowsAsync<MiniAuroraException>(async () => await tx.UpdateAsync(t, six, Row(6, "a@x", 1)));
        Assert.That(tx.TryGetRow(t, t.FindIndex("uq_email")!, [S("b@x")], out var byEmail) && byEmail.Values[0].AsInt == 6);
    }

    [Test]
    public async Task CreateUniqueIndexOverDuplicates_FailsAndLeavesTableUnchanged()
    {
        var t = await CreateAsync(_engine, SbTest());
        await InsertAsync(_engine, t, Row(1, 5, "a", "p"), Row(2, 5, "b", "p"));
        var withUnique = t with { Indexes = t.Indexes.Items.Add(Index("uk", IndexKind.Unique, 1)) };
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await _engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(withUnique)));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(_engine.Catalog.TryGetTable("db", "sbtest1", out var current) && current.FindIndex("uk") is null);
        var withIndex = t with { Indexes = t.Indexes.Items.Add(Index("c_idx", IndexKind.NonUnique, 2)) };
        var snapshot = await _engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(withIndex));
        snapshot.TryGetTable("db", "sbtest1", out var altered);
        using var tx = _engine.Begin();
        Assert.That((await ScanAsync(tx, altered, altered.FindIndex("c_idx"), KeyRange.Equal([S("B")]))).Single()[0].AsInt, Is.EqualTo(2));
    }

    [Test]
    public async Task HiddenRowId_TableWithoutPrimaryKeyKeepsDuplicates()
    {
        var t = await CreateAsync(_engine, Table("log", [Col("msg", ColumnType.VarChar(10))]));
        await InsertAsync(_engine, t, Row("x"), Row("x"), Row("y"));
        using var tx = _engine.Begin();
        Assert.That((await ScanAsync(tx, t, null, KeyRange.All)).Select(r => r[0].AsString), Is.EqualTo(new[] { "x", "x", "y" }));
    }
}
