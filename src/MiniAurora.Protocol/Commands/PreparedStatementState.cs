using System.Buffers;
using MiniAurora.Protocol.Encoding;

namespace MiniAurora.Protocol.Commands;

/// <summary>
/// What the protocol remembers about one prepared statement between commands: its parameter count,
/// the parameter types bound by the last COM_STMT_EXECUTE that sent them (new-params-bound = 0 reuses
/// them), and data accumulated by COM_STMT_SEND_LONG_DATA until the next execute or reset.
/// </summary>
internal sealed class PreparedStatementState
{
    private ArrayBufferWriter<byte>?[]? _longData;

    public PreparedStatementState(uint statementId, int parameterCount, int columnCount)
    {
        StatementId = statementId;
        ParameterCount = parameterCount;
        ColumnCount = columnCount;
        ParameterTypes = new ColumnTypeCode[parameterCount];
        ParameterUnsigned = new bool[parameterCount];
    }

    public uint StatementId { get; }

    public int ParameterCount { get; }

    public int ColumnCount { get; }

    public ColumnTypeCode[] ParameterTypes { get; }

    public bool[] ParameterUnsigned { get; }

    public bool TypesBound { get; set; }

    public bool HasLongData(int parameter) => _longData?[parameter] is not null;

    public ReadOnlySpan<byte> LongData(int parameter) => _longData?[parameter] is { } data ? data.WrittenSpan : default;

    public void AppendLongData(int parameter, ReadOnlySpan<byte> data)
    {
        _longData ??= new ArrayBufferWriter<byte>?[ParameterCount];
        (_longData[parameter] ??= new ArrayBufferWriter<byte>()).Write(data);
    }

    public void ClearLongData() => _longData = null;
}
