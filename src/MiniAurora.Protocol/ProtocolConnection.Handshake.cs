using System.Net.Security;
using System.Security.Authentication;
using MiniAurora.Core.Errors;
using MiniAurora.Protocol.Diagnostics;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol;

/// <content>The connection phase: greeting, SSLRequest and TLS upgrade, HandshakeResponse41, login OK.</content>
public sealed partial class ProtocolConnection
{
    /// <summary>Runs the connection phase; returns the handler, or null after an ERR (or a silent close) ended it.</summary>
    private async ValueTask<IProtocolHandler?> ConnectAsync(CancellationToken cancellationToken)
    {
        var serverCapabilities = _options.ServerCapabilities;
        _writer.SequenceId = 0;
        new HandshakeV10(_options.ServerVersion, ConnectionId, _scramble, serverCapabilities, (byte)Core.Values.Collation.Default.Id,
            _options.InitialStatus, _options.DefaultAuthPlugin).Write(_writer);
        await FlushAsync(cancellationToken).ConfigureAwait(false);

        var packet = await ReadHandshakePacketAsync(1, cancellationToken).ConfigureAwait(false);
        if (packet is null)
        {
            return null;
        }
        if (HandshakeResponse41.IsSslRequest(packet.Value.Span))
        {
            if (_options.Certificate is null)
            {
                await SendErrorAsync(MySqlErrors.HandshakeError(), cancellationToken).ConfigureAwait(false);
                return null;
            }
            byte nextSequence = _writer.SequenceId;
            var ssl = _ssl = new SslStream(_stream, leaveInnerStreamOpen: true);
            try
            {
                await ssl.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions
                    {
                        ServerCertificate = _options.Certificate,
                        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                        ClientCertificateRequired = false,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is AuthenticationException or IOException)
            {
                ProtocolLog.TlsFailed(_options.Logger, ConnectionId, ex.Message);
                await ssl.DisposeAsync().ConfigureAwait(false);
                return null;
            }
            _stream = ssl;
            _isSecure = true;
            packet = await ReadHandshakePacketAsync(nextSequence, cancellationToken).ConfigureAwait(false);
            if (packet is null)
            {
                return null;
            }
        }

        HandshakeResponse41 response;
        try
        {
            response = HandshakeResponse41.Read(packet.Value.Span);
        }
        catch (ProtocolViolationException ex)
        {
            ProtocolLog.ProtocolViolation(_options.Logger, ConnectionId, _clientHost, ex.Message);
            await SendErrorAsync(MySqlErrors.HandshakeError(), cancellationToken).ConfigureAwait(false);
            return null;
        }
        _capabilities = response.Capabilities & serverCapabilities;

        var account = await AuthenticateAsync(response.User, response.AuthResponse, response.AuthPluginName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return null;
        }

        var session = new ProtocolSession(ConnectionId, response.User, _clientHost, string.IsNullOrEmpty(response.Database) ? null : response.Database,
            account.Principal, _capabilities, response.CharacterSet, _isSecure, response.Attributes);
        var handler = await CreateHandlerAsync(session, cancellationToken).ConfigureAwait(false);
        if (handler is null)
        {
            return null;
        }
        try
        {
            var status = handler.Status;
            var flags = (status.Autocommit ? ServerStatusFlags.Autocommit : 0) | (status.InTransaction ? ServerStatusFlags.InTransaction : 0);
            OkPacket.Write(_writer, 0, 0, flags, 0, _capabilities, changedSchema: session.Database);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The session exists now: never leak it when the client vanished before the OK reached it.
            await DisposeHandlerAsync(handler).ConfigureAwait(false);
            throw;
        }
        return handler;
    }

    /// <summary>Creates the handler; a MiniAuroraException from the factory becomes the ERR that ends the connection.</summary>
    internal async ValueTask<IProtocolHandler?> CreateHandlerAsync(ProtocolSession session, CancellationToken cancellationToken)
    {
        try
        {
            return await _handlerFactory.CreateHandlerAsync(session, cancellationToken).ConfigureAwait(false);
        }
        catch (MiniAuroraException ex)
        {
            await SendErrorAsync(ex, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProtocolLog.InternalError(_options.Logger, ex, ConnectionId, "session creation");
            await SendErrorAsync(MySqlErrors.InternalError(ex.Message), cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async ValueTask<ReadOnlyMemory<byte>?> ReadHandshakePacketAsync(byte expectedSequenceId, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadPacketAsync(expectedSequenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (ProtocolViolationException ex) when (ex.Violation != ProtocolViolation.OutOfOrder)
        {
            ProtocolLog.ProtocolViolation(_options.Logger, ConnectionId, _clientHost, ex.Message);
            await SendErrorAsync(MySqlErrors.HandshakeError(), cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    internal async ValueTask SendErrorAsync(MiniAuroraException error, CancellationToken cancellationToken)
    {
        ErrPacket.Write(_writer, error.Number, error.SqlState, error.Message);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
