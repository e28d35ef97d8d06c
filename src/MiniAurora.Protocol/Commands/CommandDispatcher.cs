using MiniAurora.Core.Text;
using Microsoft.Extensions.Logging;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Diagnostics;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol.Commands;

/// <summary>
/// Serves one command packet: switches on the command byte, calls the <see cref="IProtocolHandler"/>, and
/// writes the response. This is the only place an exception becomes an ERR packet (ARCHITECTURE.md B3):
/// a <see cref="MiniAuroraException"/> is sent as is, a malformed payload as ER_MALFORMED_PACKET, anything
/// else is logged and sent as ER_INTERNAL_ERROR; in every case the connection stays usable, as in mysqld.
/// </summary>
internal sealed partial class CommandDispatcher
{
    private readonly ProtocolConnection _connection;
    private readonly PacketWriter _writer;
    private readonly ProtocolOutput _output;
    private readonly ProtocolResultSink _sink;
    private readonly ILogger _logger;
    private readonly Dictionary<uint, PreparedStatementState> _statements = [];
    private readonly Capabilities _capabilities;
    private SqlValue[] _parameters = new SqlValue[16];
    private bool _multiStatements;

    public CommandDispatcher(ProtocolConnection connection, IProtocolHandler handler, ProtocolOutput output, Capabilities capabilities, ILogger logger)
    {
        _connection = connection;
        Handler = handler;
        _writer = output.Writer;
        _output = output;
        _capabilities = capabilities;
        _logger = logger;
        _sink = new ProtocolResultSink(output);
        _multiStatements = (capabilities & Capabilities.MultiStatements) != 0;
    }

    public IProtocolHandler Handler { get; private set; }

    /// <summary>Serves one command; returns false when the connection must close (COM_QUIT or a failed COM_CHANGE_USER).</summary>
    public async ValueTask<bool> DispatchAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (payload.IsEmpty)
        {
            WriteError((int)ErrorCode.ER_UNKNOWN_COM_ERROR, "08S01", "Unknown command");
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        var command = (CommandKind)payload.Span[0];
        bool keepOpen = true;
        try
        {
            keepOpen = await ExecuteAsync(command, payload, cancellationToken).ConfigureAwait(false);
        }
        catch (MiniAuroraException ex)
        {
            WriteError(ex.Number, ex.SqlState, ex.Message);
        }
        catch (ProtocolViolationException ex)
        {
            ProtocolLog.ProtocolViolation(_logger, _connection.ConnectionId, "client", ex.Message);
            var malformed = MySqlErrors.MalformedPacket();
            WriteError(malformed.Number, malformed.SqlState, malformed.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (IOException)
        {
            throw;
        }
        catch (Exception ex)
        {
            ProtocolLog.InternalError(_logger, ex, _connection.ConnectionId, command.ToString());
            var error = MySqlErrors.InternalError(ex.Message);
            WriteError(error.Number, error.SqlState, error.Message);
        }
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return keepOpen;
    }

    private ValueTask<bool> ExecuteAsync(CommandKind command, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => command switch
    {
        CommandKind.Quit => ValueTask.FromResult(false),
        CommandKind.Query => ContinueAsync(QueryAsync(payload, cancellationToken)),
        CommandKind.Ping => ContinueAsync(OkAsync()),
        CommandKind.InitDb => ContinueAsync(InitDbAsync(payload, cancellationToken)),
        CommandKind.FieldList => ContinueAsync(FieldListAsync(payload, cancellationToken)),
        CommandKind.Statistics => ContinueAsync(StatisticsAsync(cancellationToken)),
        CommandKind.ProcessKill => ContinueAsync(KillAsync(payload, cancellationToken)),
        CommandKind.SetOption => ContinueAsync(SetOptionAsync(payload)),
        CommandKind.ResetConnection => ContinueAsync(ResetConnectionAsync(cancellationToken)),
        CommandKind.Debug => ContinueAsync(EndAsync()),
        CommandKind.ChangeUser => ChangeUserAsync(payload, cancellationToken),
        CommandKind.StmtPrepare => ContinueAsync(PrepareAsync(payload, cancellationToken)),
        CommandKind.StmtExecute => ContinueAsync(ExecuteStatementAsync(payload, cancellationToken)),
        CommandKind.StmtSendLongData => ContinueAsync(SendLongDataAsync(payload)),
        CommandKind.StmtClose => ContinueAsync(CloseStatementAsync(payload)),
        CommandKind.StmtReset => ContinueAsync(ResetStatementAsync(payload)),
        _ => throw MySqlErrors.UnknownComError(),
    };

    private static async ValueTask<bool> ContinueAsync(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return true;
    }

    private async ValueTask QueryAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        string sql = LosslessUtf8.GetString(payload.Span[1..]);
        _sink.Begin(Handler.Status, _capabilities, binary: false);
        await Handler.QueryAsync(sql, _multiStatements, _sink, cancellationToken).ConfigureAwait(false);
        CompleteResult();
    }

    private ValueTask OkAsync()
    {
        WriteOk();
        return ValueTask.CompletedTask;
    }

    private ValueTask EndAsync()
    {
        WriteEnd();
        return ValueTask.CompletedTask;
    }

    private async ValueTask InitDbAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        string database = System.Text.Encoding.UTF8.GetString(payload.Span[1..]);
        await Handler.InitDbAsync(database, cancellationToken).ConfigureAwait(false);
        WriteOk(changedSchema: database);
    }

    private async ValueTask FieldListAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var (table, wildcard) = ParseFieldList(payload.Span);
        var columns = await Handler.FieldListAsync(table, wildcard, cancellationToken).ConfigureAwait(false);
        foreach (var column in columns)
        {
            ColumnDefinition41.Write(_writer, column, withDefault: true);
        }
        WriteEnd();
    }

    private static (string Table, string Wildcard) ParseFieldList(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload[1..]);
        string table = reader.ReadNullTerminatedString();
        return (table, reader.ReadRestAsString());
    }

    private async ValueTask StatisticsAsync(CancellationToken cancellationToken)
    {
        string text = await Handler.StatisticsAsync(cancellationToken).ConfigureAwait(false);
        _writer.StartPacket();
        _writer.WriteString(text);
        _writer.FinishPacket();
    }

    private async ValueTask KillAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        uint id = ParseUInt32(payload.Span);
        await Handler.KillAsync(id, cancellationToken).ConfigureAwait(false);
        WriteOk();
    }

    private static uint ParseUInt32(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload[1..]);
        return reader.ReadUInt32();
    }

    private ValueTask SetOptionAsync(ReadOnlyMemory<byte> payload)
    {
        var reader = new PayloadReader(payload.Span[1..]);
        switch (reader.ReadUInt16())
        {
            case 0:
                _multiStatements = true;
                break;
            case 1:
                _multiStatements = false;
                break;
            default:
                throw MySqlErrors.UnknownComError();
        }
        // mysqld answers COM_SET_OPTION with an EOF (an OK with the 0xFE header under DEPRECATE_EOF).
        WriteEnd();
        return ValueTask.CompletedTask;
    }

    private async ValueTask ResetConnectionAsync(CancellationToken cancellationToken)
    {
        CloseAllStatements();
        await Handler.ResetConnectionAsync(cancellationToken).ConfigureAwait(false);
        WriteOk();
    }

    private async ValueTask<bool> ChangeUserAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var request = ChangeUserRequest.Read(payload.Span[1..], _capabilities);
        var replacement = await _connection.ChangeUserAsync(request, cancellationToken).ConfigureAwait(false);
        if (replacement is null)
        {
            return false;
        }
        CloseAllStatements();
        var old = Handler;
        Handler = replacement;
        try
        {
            await old.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ProtocolLog.InternalError(_logger, ex, _connection.ConnectionId, "dispose after COM_CHANGE_USER");
        }
        WriteOk(changedSchema: request.Database);
        return true;
    }

    private void CloseAllStatements()
    {
        foreach (var id in _statements.Keys)
        {
            Handler.CloseStatement(id);
        }
        _statements.Clear();
    }

    /// <summary>Finishes a command whose handler returned without reporting its final result (defensive: the client must get one).</summary>
    private void CompleteResult()
    {
        if (_sink.InResultSet)
        {
            throw new InvalidOperationException("The handler returned with a result set still open.");
        }
        if (!_sink.Completed)
        {
            WriteOk();
        }
    }

    private void WriteOk(string? changedSchema = null)
    {
        _sink.Begin(Handler.Status, _capabilities, binary: false);
        OkPacket.Write(_writer, 0, 0, _sink.StatusFlags(false), Handler.Status.WarningCount, _capabilities, null, changedSchema ?? Handler.Status.ChangedSchema);
    }

    private void WriteEnd()
    {
        _sink.Begin(Handler.Status, _capabilities, binary: false);
        EofPacket.WriteEnd(_writer, _capabilities, Handler.Status.WarningCount, _sink.StatusFlags(false));
    }

    private void WriteError(int number, string sqlState, string message)
    {
        _writer.AbandonPacket();
        ErrPacket.Write(_writer, number, sqlState, message);
    }
}
