using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Storage.Tests;

/// <summary>Builders for the tables the tests use.</summary>
internal static class TestSchema
{
    public static ColumnDef Col(string name, ColumnType type, bool nullable = true, bool autoIncrement = false) =>
        new(name, type, nullable, AutoIncrement: autoIncrement);

    public static IndexDef Primary(params int[] ordinals) =>
        new(IndexDef.PrimaryName, IndexKind.Primary, ordinals.Select(o => new IndexPart(o)).ToArray());

    public static IndexDef Index(string name, IndexKind kind, params int[] ordinals) =>
        new(name, kind, ordinals.Select(o => new IndexPart(o)).ToArray());

    public static TableDef Table(string name, ColumnDef[] columns, params IndexDef[] indexes) =>
        new(0, "db", name, columns, indexes, SqlList<ForeignKeyDef>.Empty, SqlList<CheckConstraintDef>.Empty, TableOptions.Default, default);

    /// <summary>sbtest1: id INT AUTO_INCREMENT PK, k INT, c CHAR(120), pad CHAR(60), KEY k_1(k).</summary>
    public static TableDef SbTest(string name = "sbtest1") => Table(
        name,
        [
            Col("id", ColumnType.Int, nullable: false, autoIncrement: true),
            Col("k", ColumnType.Int, nullable: false),
            Col("c", new ColumnType(SqlTypeKind.Char, Length: 120, Collation: Collation.Default), nullable: false),
            Col("pad", new ColumnType(SqlTypeKind.Char, Length: 60, Collation: Collation.Default), nullable: false),
        ],
        Primary(0),
        Index("k_1", IndexKind.NonUnique, 1));

    public static async Task<TableDef> CreateAsync(IStorageEngine engine, TableDef table)
    {
        if (!engine.Catalog.TryGetDatabase("db", out _))
        {
            await engine.ApplyDdlAsync(new CreateDatabase(new DatabaseDef("db", Collation.Default)));
        }
        var snapshot = await engine.ApplyDdlAsync(new CreateTable(table));
        Assert.That(snapshot.TryGetTable("db", table.Name, out var created), Is.True);
        return created;
    }

    public static SqlValue I(long v) => SqlValue.FromInt(v);

    public static SqlValue S(string v) => SqlValue.FromString(v);

    public static SqlValue[] Row(params object?[] values) => values.Select(v => v switch
    {
        null => SqlValue.Null,
        int i => SqlValue.FromInt(i),
        long l => SqlValue.FromInt(l),
        string s => SqlValue.FromString(s),
        SqlValue sv => sv,
        _ => throw new ArgumentException(v.ToString()),
    }).ToArray();

    public static async Task<List<SqlValue[]>> ScanAsync(IStorageTransaction tx, TableDef table, IndexDef? index, KeyRange range, ScanDirection direction = ScanDirection.Forward)
    {
        var rows = new List<SqlValue[]>();
        using var cursor = tx.OpenCursor(table, index, range, direction);
        while (await cursor.MoveNextAsync())
        {
            rows.Add(cursor.Current.Values);
        }
        return rows;
    }

    public static async Task InsertAsync(IStorageEngine engine, TableDef table, params SqlValue[][] rows)
    {
        using var tx = engine.Begin();
        tx.BeginStatement();
        foreach (var row in rows)
        {
            await tx.InsertAsync(table, row);
        }
        await tx.CommitAsync();
    }
}
