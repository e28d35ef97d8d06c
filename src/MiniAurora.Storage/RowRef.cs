using MiniAurora.Core.Values;

namespace MiniAurora.Storage;

/// <summary>
/// A row as storage returns it: its values plus an opaque token identifying the stored row, which
/// <see cref="IStorageTransaction.UpdateAsync"/> and <see cref="IStorageTransaction.DeleteAsync"/> take
/// back (no second lookup).
/// <para>
/// <see cref="Values"/> is storage's own immutable row version, shared, not a copy: never modify it.
/// It stays valid (and unchanged) for as long as the caller holds it, so operators may buffer rows
/// (sorts, hash tables) without copying.
/// </para>
/// </summary>
public readonly struct RowRef
{
    /// <summary>Creates a reference; only storage engines call this.</summary>
    public RowRef(object token, SqlValue[] values)
    {
        Token = token;
        Values = values;
    }

    /// <summary>Engine-private identity of the stored row (a record object for the in-memory engine).</summary>
    public object? Token { get; }

    /// <summary>The row's values in <see cref="Catalog.TableDef.Columns"/> order. Read-only by contract.</summary>
    public SqlValue[] Values { get; }

    /// <summary>True for <c>default(RowRef)</c>, which lookups return when no row matched.</summary>
    public bool IsEmpty => Token is null;
}
