using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MiniAurora.Protocol.Authentication;

namespace MiniAurora.Protocol;

/// <summary>Server-wide protocol settings, shared by all connections (immutable once connections run).</summary>
public sealed record ProtocolServerOptions
{
    /// <summary>Sent in the greeting and reported by VERSION().</summary>
    public string ServerVersion { get; init; } = "8.0.39-MiniAurora";

    /// <summary>TLS certificate with private key; null disables CLIENT_SSL.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>RSA key pair for caching_sha2_password full authentication without TLS; null disables it.</summary>
    public RSA? RsaKey { get; init; }

    /// <summary>The plugin named in the greeting (Aurora MySQL 3: mysql_native_password).</summary>
    public string DefaultAuthPlugin { get; init; } = AuthPlugins.NativePassword;

    /// <summary>max_allowed_packet: larger client packets get ER_NET_PACKET_TOO_LARGE and the connection closes.</summary>
    public long MaxAllowedPacket { get; init; } = 64L * 1024 * 1024;

    /// <summary>connect_timeout: the whole connection phase (greeting to OK) must finish within it.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Idle timeout before a handler exists and the fallback when a handler reports none (wait_timeout default).</summary>
    public TimeSpan DefaultWaitTimeout { get; init; } = TimeSpan.FromSeconds(28800);

    /// <summary>net_write_timeout: a client that accepts no data for this long is disconnected.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The status flags of the greeting and of the login OK before the handler reports its own.</summary>
    internal ServerStatusFlags InitialStatus => ServerStatusFlags.Autocommit;

    /// <summary>Capabilities advertised in the greeting, as MySQL 8.0 (no compression, no LOCAL INFILE, no query attributes).</summary>
    internal Capabilities ServerCapabilities
    {
        get
        {
            var caps = Capabilities.LongPassword | Capabilities.FoundRows | Capabilities.LongFlag | Capabilities.ConnectWithDb
                | Capabilities.NoSchema | Capabilities.Odbc | Capabilities.IgnoreSpace | Capabilities.Protocol41 | Capabilities.Interactive
                | Capabilities.IgnoreSigpipe | Capabilities.Transactions | Capabilities.Reserved | Capabilities.SecureConnection
                | Capabilities.MultiStatements | Capabilities.MultiResults | Capabilities.PsMultiResults | Capabilities.PluginAuth
                | Capabilities.ConnectAttrs | Capabilities.PluginAuthLenencClientData | Capabilities.CanHandleExpiredPasswords
                | Capabilities.SessionTrack | Capabilities.DeprecateEof | Capabilities.SslVerifyServerCert | Capabilities.RememberOptions;
            return Certificate is null ? caps : caps | Capabilities.Ssl;
        }
    }
}
