using System.Collections;
using System.Collections.Immutable;

namespace MiniAurora.Core.Values;

/// <summary>
/// An immutable list with value equality, for use inside records (AST and plan nodes):
/// a bare ImmutableArray or List compares by reference and silently breaks record equality.
/// </summary>
public readonly struct SqlList<T> : IReadOnlyList<T>, IEquatable<SqlList<T>>
{
    private readonly ImmutableArray<T> _items;

    public SqlList(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    public SqlList(IEnumerable<T> items) => _items = items.ToImmutableArray();

    public static SqlList<T> Empty => new(ImmutableArray<T>.Empty);

    public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public bool IsEmpty => Count == 0;

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    public bool Equals(SqlList<T> other) => Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is SqlList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public static bool operator ==(SqlList<T> left, SqlList<T> right) => left.Equals(right);

    public static bool operator !=(SqlList<T> left, SqlList<T> right) => !left.Equals(right);

    public static implicit operator SqlList<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator SqlList<T>(T[] items) => new(ImmutableArray.Create(items));

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Factory helpers for <see cref="SqlList{T}"/>.</summary>
public static class SqlList
{
    public static SqlList<T> Of<T>(params T[] items) => new(ImmutableArray.Create(items));

    public static SqlList<T> ToSqlList<T>(this IEnumerable<T> items) => new(items);
}
