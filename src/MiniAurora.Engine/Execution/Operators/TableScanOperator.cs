using MiniAurora.Core.Values;
using MiniAurora.Engine.Planning;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>
/// Reads a base table through an <see cref="AccessPath"/>: a unique point lookup (no cursor), one or more
/// index ranges (IN lists give one range per value), or the clustered order. Key bounds are computed when
/// the operator opens; a bound that can't be used through the index falls back to a full scan.
/// </summary>
internal sealed class TableScanOperator : Operator
{
    private readonly QueryContext _ctx;
    private readonly TableDef _table;
    private readonly AccessPath _path;
    private readonly ScanDirection _direction;
    private List<KeyRange>? _ranges;
    private int _rangeIndex;
    private IRowCursor? _cursor;
    private bool _opened;
    private bool _pointPending;
    private SqlValue[]? _pointKey;
    private bool _useIndex;

    public TableScanOperator(QueryContext ctx, TableDef table, AccessPath path, ScanDirection direction)
    {
        _ctx = ctx;
        _table = table;
        _path = path;
        _direction = direction;
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (!_opened)
        {
            _opened = true;
            if (!Prepare())
            {
                return false;
            }
        }
        if (_pointKey is not null)
        {
            if (!_pointPending)
            {
                return false;
            }
            _pointPending = false;
            if (_ctx.LockMode == RowLockMode.None)
            {
                if (_ctx.Transaction.TryGetRow(_table, _path.Index!, _pointKey, out var row))
                {
                    Current = row.Values;
                    CurrentRef = row;
                    return true;
                }
                return false;
            }
            var locked = await _ctx.Transaction.LockRowAsync(_table, _path.Index!, _pointKey, _ctx.LockMode, ct).ConfigureAwait(false);
            if (locked.IsEmpty)
            {
                return false;
            }
            Current = locked.Values;
            CurrentRef = locked;
            return true;
        }
        while (true)
        {
            if (_cursor is null)
            {
                if (_ranges is null || _rangeIndex >= _ranges.Count)
                {
                    return false;
                }
                var range = _ranges[_rangeIndex++];
                _cursor = _ctx.Transaction.OpenCursor(_table, _useIndex ? _path.Index : null, range, _direction, _ctx.LockMode);
            }
            if (await _cursor.MoveNextAsync(ct).ConfigureAwait(false))
            {
                var row = _cursor.Current;
                Current = row.Values;
                CurrentRef = row;
                return true;
            }
            _cursor.Dispose();
            _cursor = null;
        }
    }

    /// <summary>The storage reference of <see cref="Operator.Current"/> (UPDATE/DELETE hand it back to storage).</summary>
    public RowRef CurrentRef { get; private set; }

    private bool Prepare()
    {
        var eval = _ctx.Eval;
        if (_path.IsFullScan)
        {
            _ranges = [KeyRange.All];
            _useIndex = _path.Index is not null && _path.Index.IsPrimary;
            if (_path.Index is not null && !_path.Index.IsPrimary)
            {
                _useIndex = true;
            }
            return true;
        }
        var index = _path.Index!;
        int eqCount = _path.Equalities.Length;
        var prefix = new SqlValue[eqCount];
        for (int i = 0; i < eqCount; i++)
        {
            var type = _table.Columns[index.Parts[i].ColumnOrdinal].Type;
            var fit = KeyConversion.Convert(_path.Equalities[i].Evaluate(eval), type, out var key, out _);
            switch (fit)
            {
                case KeyFit.Null:
                case KeyFit.Between:
                    return false;
                case KeyFit.Unusable:
                    return FallBack();
            }
            prefix[i] = key;
        }
        _useIndex = true;
        if (_path.IsUniquePoint)
        {
            _pointKey = prefix;
            _pointPending = true;
            return true;
        }
        if (_path.InList is not null)
        {
            var type = _table.Columns[index.Parts[0].ColumnOrdinal].Type;
            var keys = new List<SqlValue>();
            foreach (var e in _path.InList)
            {
                var fit = KeyConversion.Convert(e.Evaluate(eval), type, out var key, out _);
                if (fit == KeyFit.Unusable)
                {
                    return FallBack();
                }
                if (fit == KeyFit.Exact)
                {
                    keys.Add(key);
                }
            }
            var collation = type.EffectiveCollation;
            keys.Sort((a, b) => Values.ValueComparer.CompareForSort(a, b, collation));
            _ranges = new List<KeyRange>(keys.Count);
            for (int i = 0; i < keys.Count; i++)
            {
                if (i > 0 && Values.ValueComparer.GroupEquals(keys[i], keys[i - 1], collation))
                {
                    continue;
                }
                _ranges.Add(KeyRange.Equal([keys[i]]));
            }
            if (_direction == ScanDirection.Backward)
            {
                _ranges.Reverse();
            }
            return true;
        }
        if (_path.Low is null && _path.High is null)
        {
            _ranges = [KeyRange.Equal(prefix)];
            return true;
        }
        var partType = _table.Columns[index.Parts[eqCount].ColumnOrdinal].Type;
        SqlValue[] lower = prefix;
        SqlValue[] upper = prefix;
        bool lowerInclusive = true;
        bool upperInclusive = true;
        if (_path.Low is not null)
        {
            var fit = KeyConversion.Convert(_path.Low.Evaluate(eval), partType, out _, out var ceiling);
            if (fit == KeyFit.Null)
            {
                return false;
            }
            if (fit == KeyFit.Unusable)
            {
                return FallBack();
            }
            lower = [.. prefix, ceiling];
            lowerInclusive = fit == KeyFit.Between || _path.LowInclusive;
        }
        else if (!partType.IsString && _table.Columns[index.Parts[eqCount].ColumnOrdinal].Nullable)
        {
            // "col < x" never matches NULL keys, which sort first: start after them.
            lower = [.. prefix, SqlValue.Null];
            lowerInclusive = false;
        }
        if (_path.High is not null)
        {
            var fit = KeyConversion.Convert(_path.High.Evaluate(eval), partType, out var floor, out _);
            if (fit == KeyFit.Null)
            {
                return false;
            }
            if (fit == KeyFit.Unusable)
            {
                return FallBack();
            }
            upper = [.. prefix, floor];
            upperInclusive = fit == KeyFit.Between || _path.HighInclusive;
        }
        _ranges = [new KeyRange(lower, lowerInclusive, upper, upperInclusive)];
        return true;
    }

    private bool FallBack()
    {
        _useIndex = _path.Index is not null && !_path.Index.IsPrimary ? true : _path.Index is not null;
        _ranges = [KeyRange.All];
        return true;
    }

    public override void Dispose()
    {
        _cursor?.Dispose();
        _cursor = null;
    }
}
