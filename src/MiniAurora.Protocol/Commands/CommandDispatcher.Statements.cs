using MiniAurora.Core.Text;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol.Commands;

/// <content>The prepared-statement commands: COM_STMT_PREPARE, EXECUTE, SEND_LONG_DATA, CLOSE and RESET.</content>
internal sealed partial class CommandDispatcher
{
    private async ValueTask PrepareAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        string sql = LosslessUtf8.GetString(payload.Span[1..]);
        var info = await Handler.PrepareAsync(sql, cancellationToken).ConfigureAwait(false);
        _statements[info.StatementId] = new PreparedStatementState(info.StatementId, info.Parameters.Count, info.Columns.Count);
        StmtPrepareOk.Write(_writer, info.StatementId, info.Columns.Count, info.Parameters.Count, Handler.Status.WarningCount);
        WriteDefinitions(info.Parameters);
        WriteDefinitions(info.Columns);
    }

    private void WriteDefinitions(IReadOnlyList<ResultColumn> columns)
    {
        if (columns.Count == 0)
        {
            return;
        }
        foreach (var column in columns)
        {
            ColumnDefinition41.Write(_writer, column);
        }
        if ((_capabilities & Capabilities.DeprecateEof) == 0)
        {
            _sink.Begin(Handler.Status, _capabilities, binary: false);
            EofPacket.Write(_writer, 0, _sink.StatusFlags(false));
        }
    }

    private async ValueTask ExecuteStatementAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var statement = DecodeExecute(payload.Span);
        var parameters = _parameters.AsMemory(0, statement.ParameterCount);
        try
        {
            _sink.Begin(Handler.Status, _capabilities, binary: true);
            await Handler.ExecuteAsync(statement.StatementId, parameters, _sink, cancellationToken).ConfigureAwait(false);
            CompleteResult();
        }
        finally
        {
            // Drop references to parameter strings and byte arrays until the next execute.
            parameters.Span.Clear();
        }
    }

    private PreparedStatementState DecodeExecute(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload[1..]);
        uint id = reader.ReadUInt32();
        var statement = Find(id, "mysqld_stmt_execute");
        reader.ReadByte();
        reader.ReadUInt32();
        if (_parameters.Length < statement.ParameterCount)
        {
            _parameters = new SqlValue[Math.Max(statement.ParameterCount, _parameters.Length * 2)];
        }
        try
        {
            BinaryParameterReader.Read(ref reader, statement, _parameters.AsSpan(0, statement.ParameterCount));
        }
        finally
        {
            // Long data belongs to one execution, whether or not it succeeds.
            statement.ClearLongData();
        }
        return statement;
    }

    private ValueTask SendLongDataAsync(ReadOnlyMemory<byte> payload)
    {
        // COM_STMT_SEND_LONG_DATA never answers, not even with an error (mysqld reports it at execute time).
        var reader = new PayloadReader(payload.Span[1..]);
        if (reader.Remaining < 6)
        {
            return ValueTask.CompletedTask;
        }
        uint id = reader.ReadUInt32();
        int parameter = reader.ReadUInt16();
        if (_statements.TryGetValue(id, out var statement) && parameter < statement.ParameterCount)
        {
            statement.AppendLongData(parameter, reader.ReadRest());
        }
        return ValueTask.CompletedTask;
    }

    private ValueTask CloseStatementAsync(ReadOnlyMemory<byte> payload)
    {
        var reader = new PayloadReader(payload.Span[1..]);
        if (reader.Remaining >= 4)
        {
            uint id = reader.ReadUInt32();
            if (_statements.Remove(id))
            {
                Handler.CloseStatement(id);
            }
        }
        return ValueTask.CompletedTask;
    }

    private ValueTask ResetStatementAsync(ReadOnlyMemory<byte> payload)
    {
        uint id = ParseUInt32(payload.Span);
        Find(id, "mysqld_stmt_reset").ClearLongData();
        WriteOk();
        return ValueTask.CompletedTask;
    }

    private PreparedStatementState Find(uint id, string command) =>
        _statements.TryGetValue(id, out var statement)
            ? statement
            : throw MySqlErrors.UnknownStmtHandler(id.ToString(System.Globalization.CultureInfo.InvariantCulture), command);
}
