using System.Collections.Immutable;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Storage.InMemory;

/// <summary>
/// Mutable staging copy of a <see cref="CatalogSnapshot"/>, used by DDL and recovery; <see cref="Build"/>
/// freezes it into the next snapshot.
/// </summary>
internal sealed class CatalogBuilder
{
    public CatalogBuilder(CatalogSnapshot from)
    {
        Version = from.Version;
        Databases = from.DatabaseMap.ToBuilder();
        Tables = from.TableMap.ToBuilder();
        TablesById = from.TableIdMap.ToBuilder();
        Views = from.ViewMap.ToBuilder();
        Objects = from.ObjectMap.ToBuilder();
    }

    public long Version { get; }

    public ImmutableDictionary<string, DatabaseDef>.Builder Databases { get; }

    public ImmutableDictionary<(string Schema, string Name), TableDef>.Builder Tables { get; }

    public ImmutableDictionary<long, TableDef>.Builder TablesById { get; }

    public ImmutableDictionary<(string Schema, string Name), ViewDef>.Builder Views { get; }

    public ImmutableDictionary<(CatalogObjectKind Kind, string Schema, string Name), CatalogObject>.Builder Objects { get; }

    public static CatalogSnapshot Empty(bool lowerCaseTableNames)
    {
        var names = lowerCaseTableNames ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var pairs = new NamePairComparer(names);
        return new CatalogSnapshot(
            0,
            ImmutableDictionary.Create<string, DatabaseDef>(names),
            ImmutableDictionary.Create<(string, string), TableDef>(pairs),
            ImmutableDictionary<long, TableDef>.Empty,
            ImmutableDictionary.Create<(string, string), ViewDef>(pairs),
            ImmutableDictionary.Create<(CatalogObjectKind, string, string), CatalogObject>(new ObjectKeyComparer(names)));
    }

    public void PutTable(TableDef table)
    {
        if (TablesById.TryGetValue(table.Id, out var old))
        {
            Tables.Remove((old.Schema, old.Name));
        }
        TablesById[table.Id] = table;
        Tables[(table.Schema, table.Name)] = table;
    }

    public void RemoveTable(long id)
    {
        if (TablesById.TryGetValue(id, out var old))
        {
            Tables.Remove((old.Schema, old.Name));
            TablesById.Remove(id);
        }
    }

    public CatalogSnapshot Build() => new(
        Version + 1,
        Databases.ToImmutable(),
        Tables.ToImmutable(),
        TablesById.ToImmutable(),
        Views.ToImmutable(),
        Objects.ToImmutable());

    private sealed class NamePairComparer(StringComparer names) : IEqualityComparer<(string, string)>
    {
        public bool Equals((string, string) x, (string, string) y) => names.Equals(x.Item1, y.Item1) && names.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) => HashCode.Combine(names.GetHashCode(obj.Item1), names.GetHashCode(obj.Item2));
    }

    /// <summary>Routine and event names are case-insensitive in MySQL; other object names compare exactly.</summary>
    private sealed class ObjectKeyComparer(StringComparer schemas) : IEqualityComparer<(CatalogObjectKind, string, string)>
    {
        public bool Equals((CatalogObjectKind, string, string) x, (CatalogObjectKind, string, string) y) =>
            x.Item1 == y.Item1 && schemas.Equals(x.Item2, y.Item2) && NameComparer(x.Item1).Equals(x.Item3, y.Item3);

        public int GetHashCode((CatalogObjectKind, string, string) obj) =>
            HashCode.Combine(obj.Item1, schemas.GetHashCode(obj.Item2), NameComparer(obj.Item1).GetHashCode(obj.Item3));

        private static StringComparer NameComparer(CatalogObjectKind kind) =>
            kind is CatalogObjectKind.Procedure or CatalogObjectKind.Function or CatalogObjectKind.Event
                ? StringComparer.OrdinalIgnoreCase
                : StringComparer.Ordinal;
    }
}
