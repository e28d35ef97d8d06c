namespace MiniAurora.Storage.Catalog;

/// <summary>Referential action of a foreign key. Persisted: explicit, append-only values.</summary>
public enum ForeignKeyAction : byte
{
    NoAction = 1,
    Restrict = 2,
    Cascade = 3,
    SetNull = 4,
    SetDefault = 5,
}
