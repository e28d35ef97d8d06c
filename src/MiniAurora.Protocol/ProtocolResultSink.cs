using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol;

/// <summary>
/// The connection's <see cref="IResultSink"/>: writes OK packets and result sets (column count, ColumnDefinition41s,
/// EOF unless CLIENT_DEPRECATE_EOF, text or binary rows, then EOF or OK-with-0xFE) into the connection's
/// <see cref="PacketWriter"/>, flushing to the socket when about 64 KiB are buffered. One instance per connection,
/// re-armed by <see cref="Begin"/> for each command; the command's final flush is the dispatcher's.
/// </summary>
internal sealed class ProtocolResultSink : IResultSink
{
    public const int FlushThreshold = 64 * 1024;

    private readonly PacketWriter _writer;
    private readonly ProtocolOutput _output;
    private IStatementStatus _status = NullStatus.Instance;
    private ResultColumn[] _columns = [];
    private ColumnTypeCode[] _wireTypes = [];
    private Capabilities _capabilities;
    private bool _binary;
    private bool _inResultSet;

    public ProtocolResultSink(ProtocolOutput output)
    {
        _writer = output.Writer;
        _output = output;
    }

    public IStatementStatus Status => _status;

    /// <summary>True once a final result (one without moreResults) was written for the current command.</summary>
    public bool Completed { get; private set; }

    /// <summary>True once anything was written for the current command.</summary>
    public bool Started { get; private set; }

    public bool InResultSet => _inResultSet;

    public void Begin(IStatementStatus status, Capabilities capabilities, bool binary)
    {
        _status = status;
        _capabilities = capabilities;
        _binary = binary;
        _inResultSet = false;
        Completed = false;
        Started = false;
    }

    public void StartResultSet(IReadOnlyList<ResultColumn> columns)
    {
        if (_inResultSet || Completed)
        {
            throw new InvalidOperationException("StartResultSet called while a result set is open or after the final result.");
        }
        Started = true;
        _inResultSet = true;
        if (_columns.Length != columns.Count)
        {
            _columns = new ResultColumn[columns.Count];
            _wireTypes = new ColumnTypeCode[columns.Count];
        }
        _writer.StartPacket();
        _writer.WriteLengthEncodedInteger((ulong)columns.Count);
        _writer.FinishPacket();
        for (int i = 0; i < columns.Count; i++)
        {
            _columns[i] = columns[i];
            _wireTypes[i] = ColumnTypeMapping.ToWireType(columns[i].Type.Kind);
            ColumnDefinition41.Write(_writer, columns[i]);
        }
        if ((_capabilities & Capabilities.DeprecateEof) == 0)
        {
            EofPacket.Write(_writer, 0, StatusFlags(moreResults: false));
        }
    }

    public void WriteRow(ReadOnlySpan<SqlValue> row)
    {
        if (!_inResultSet)
        {
            throw new InvalidOperationException("WriteRow called outside a result set.");
        }
        if (row.Length != _columns.Length)
        {
            throw new ArgumentException($"Row has {row.Length} values for {_columns.Length} columns.", nameof(row));
        }
        _writer.StartPacket();
        if (_binary)
        {
            WriteBinaryRow(row);
        }
        else
        {
            for (int i = 0; i < row.Length; i++)
            {
                TextValueWriter.Write(_writer, row[i], _columns[i].Type);
            }
        }
        _writer.FinishPacket();
    }

    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) =>
        _writer.BufferedBytes >= FlushThreshold && !_writer.InPacket ? _output.FlushAsync(cancellationToken) : ValueTask.CompletedTask;

    public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken)
    {
        if (!_inResultSet)
        {
            throw new InvalidOperationException("EndResultSetAsync called without a result set.");
        }
        _inResultSet = false;
        Completed = !moreResults;
        EofPacket.WriteEnd(_writer, _capabilities, _status.WarningCount, StatusFlags(moreResults));
        return FlushIfFullAsync(cancellationToken);
    }

    public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken)
    {
        if (_inResultSet || Completed)
        {
            throw new InvalidOperationException("WriteOkAsync called inside a result set or after the final result.");
        }
        Started = true;
        Completed = !moreResults;
        OkPacket.Write(_writer, ok.AffectedRows, ok.LastInsertId, StatusFlags(moreResults), _status.WarningCount, _capabilities,
            ok.Info, _status.ChangedSchema);
        return FlushIfFullAsync(cancellationToken);
    }

    /// <summary>Status flags from the session plus MORE_RESULTS_EXISTS when another result follows.</summary>
    public ServerStatusFlags StatusFlags(bool moreResults)
    {
        var flags = ServerStatusFlags.None;
        if (_status.Autocommit)
        {
            flags |= ServerStatusFlags.Autocommit;
        }
        if (_status.InTransaction)
        {
            flags |= ServerStatusFlags.InTransaction;
        }
        if (moreResults)
        {
            flags |= ServerStatusFlags.MoreResultsExist;
        }
        return flags;
    }

    private void WriteBinaryRow(ReadOnlySpan<SqlValue> row)
    {
        _writer.WriteByte(0);
        int bitmapLength = (row.Length + 7 + 2) / 8;
        var bitmap = _writer.GetSpan(bitmapLength)[..bitmapLength];
        bitmap.Clear();
        for (int i = 0; i < row.Length; i++)
        {
            if (row[i].IsNull)
            {
                bitmap[(i + 2) / 8] |= (byte)(1 << ((i + 2) % 8));
            }
        }
        _writer.Advance(bitmapLength);
        for (int i = 0; i < row.Length; i++)
        {
            if (!row[i].IsNull)
            {
                BinaryValueWriter.Write(_writer, row[i], _columns[i].Type, _wireTypes[i]);
            }
        }
    }

    private sealed class NullStatus : IStatementStatus
    {
        public static readonly NullStatus Instance = new();

        public bool InTransaction => false;

        public bool Autocommit => true;

        public int WarningCount => 0;

        public string? ChangedSchema => null;
    }
}
