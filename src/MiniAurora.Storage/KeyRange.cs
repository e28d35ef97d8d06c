using MiniAurora.Core.Values;

namespace MiniAurora.Storage;

/// <summary>
/// A range over an index's key, given as key prefixes: a bound of N values constrains the first N key
/// parts (in index order) and leaves the rest free. An empty bound is unbounded.
/// <para>Examples on an index (a, b): <c>Equal([1])</c> is every key with a = 1;
/// <c>new KeyRange([1, 5], true, [1], true)</c> is a = 1 AND b &gt;= 5; <c>Between([10], [20])</c> is 10 &lt;= a &lt;= 20.</para>
/// <para>
/// Bound values must already have the column's comparable kind (the binder coerces: a string
/// compared with an INT column becomes Int). Strings compare under the column's collation, NULL sorts
/// first (so <c>Equal([NULL])</c> finds NULL keys: the engine decides whether <c>=</c> may match NULL),
/// and DESC key parts compare reversed, so bounds are always in index order.
/// Arrays are not copied: don't modify them while a cursor uses the range.
/// </para>
/// </summary>
/// <param name="Lower">Lower bound prefix (empty: from the start).</param>
/// <param name="LowerInclusive">Whether keys equal to <paramref name="Lower"/> on its prefix are included.</param>
/// <param name="Upper">Upper bound prefix (empty: to the end).</param>
/// <param name="UpperInclusive">Whether keys equal to <paramref name="Upper"/> on its prefix are included.</param>
public readonly record struct KeyRange(SqlValue[] Lower, bool LowerInclusive, SqlValue[] Upper, bool UpperInclusive)
{
    private static readonly SqlValue[] s_empty = [];

    /// <summary>The whole index.</summary>
    public static KeyRange All => new(s_empty, true, s_empty, true);

    /// <summary>Keys whose first parts equal <paramref name="prefix"/> (a point lookup when it is a full unique key).</summary>
    public static KeyRange Equal(SqlValue[] prefix) => new(prefix, true, prefix, true);

    /// <summary>Inclusive on both ends, as SQL BETWEEN.</summary>
    public static KeyRange Between(SqlValue[] low, SqlValue[] high) => new(low, true, high, true);

    /// <summary>Keys greater than (or equal to) a prefix.</summary>
    public static KeyRange From(SqlValue[] low, bool inclusive = true) => new(low, inclusive, s_empty, true);

    /// <summary>Keys less than (or equal to) a prefix.</summary>
    public static KeyRange To(SqlValue[] high, bool inclusive = true) => new(s_empty, true, high, inclusive);

    /// <summary>True when neither bound constrains anything.</summary>
    public bool IsAll => (Lower is null || Lower.Length == 0) && (Upper is null || Upper.Length == 0);
}
