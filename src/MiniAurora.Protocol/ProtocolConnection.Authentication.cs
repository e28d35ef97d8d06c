using System.Security.Cryptography;
using MiniAurora.Core.Errors;
using MiniAurora.Protocol.Authentication;
using MiniAurora.Protocol.Diagnostics;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol;

/// <content>
/// The authentication exchange shared by the login and COM_CHANGE_USER: account lookup (a dummy verifier for
/// unknown users), AuthSwitchRequest when the client's plugin differs from the account's, and the plugin steps.
/// See https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase.html and
/// https://dev.mysql.com/doc/dev/mysql-server/latest/page_caching_sha2_authentication_exchanges.html
/// </content>
public sealed partial class ProtocolConnection
{
    /// <summary>Authenticates; returns the account on success, or null after sending ER_ACCESS_DENIED_ERROR (or on a closed connection).</summary>
    internal async ValueTask<AccountLookup?> AuthenticateAsync(string user, byte[] authResponse, string? clientPlugin, CancellationToken cancellationToken)
    {
        var lookup = await _authenticator.FindAccountAsync(user, _clientHost, cancellationToken).ConfigureAwait(false);
        string plugin = lookup?.PluginName ?? _options.DefaultAuthPlugin;
        IAccountVerifier verifier = lookup?.Verifier ?? DummyAccountVerifier.Instance;
        if (plugin is not (AuthPlugins.NativePassword or AuthPlugins.CachingSha2Password))
        {
            // An account on a plugin we cannot speak can never log in; it fails like a wrong password.
            plugin = _options.DefaultAuthPlugin;
            verifier = DummyAccountVerifier.Instance;
        }

        byte[] response = authResponse;
        clientPlugin ??= AuthPlugins.NativePassword;
        if (clientPlugin != plugin)
        {
            if ((_capabilities & Capabilities.PluginAuth) == 0)
            {
                return await DenyAsync(user, response.Length > 0, cancellationToken).ConfigureAwait(false);
            }
            AuthSwitchRequest.Write(_writer, plugin, _scramble);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            var switched = await ReadPacketAsync(_writer.SequenceId, cancellationToken).ConfigureAwait(false);
            if (switched is null)
            {
                return null;
            }
            response = switched.Value.ToArray();
        }

        bool usingPassword = response.Length > 0;
        bool ok;
        if (plugin == AuthPlugins.NativePassword)
        {
            ok = verifier.VerifyNativeScramble(_scramble, response);
        }
        else
        {
            (ok, usingPassword) = await CachingSha2Async(verifier, response, cancellationToken).ConfigureAwait(false);
        }
        if (!ok)
        {
            return await DenyAsync(user, usingPassword, cancellationToken).ConfigureAwait(false);
        }
        ProtocolLog.Authenticated(_options.Logger, ConnectionId, user, _clientHost, plugin, _isSecure ? " over TLS" : "");
        return lookup;
    }

    private async ValueTask<(bool Ok, bool UsingPassword)> CachingSha2Async(IAccountVerifier verifier, byte[] response, CancellationToken cancellationToken)
    {
        // An empty response is an empty password: decided without the fast/full exchange, as mysqld does.
        if (response.Length == 0 || (response.Length == 1 && response[0] == 0))
        {
            return (verifier.VerifyClearPassword(""), false);
        }
        if (verifier.VerifySha2FastScramble(_scramble, response))
        {
            AuthMoreData.Write(_writer, [AuthMoreData.FastAuthSuccess]);
            return (true, true);
        }

        AuthMoreData.Write(_writer, [AuthMoreData.PerformFullAuthentication]);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var packet = await ReadPacketAsync(_writer.SequenceId, cancellationToken).ConfigureAwait(false);
        if (packet is null)
        {
            return (false, true);
        }
        string? password;
        if (_isSecure)
        {
            // Over TLS the client sends the password in clear, NUL-terminated.
            var span = packet.Value.Span;
            int end = span.IndexOf((byte)0);
            password = System.Text.Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        }
        else if (_options.RsaKey is null)
        {
            password = null;
        }
        else
        {
            byte[] encrypted;
            if (packet.Value.Length == 1 && packet.Value.Span[0] == AuthMoreData.RequestPublicKey)
            {
                AuthMoreData.Write(_writer, System.Text.Encoding.ASCII.GetBytes(_options.RsaKey.ExportSubjectPublicKeyInfoPem() + "\n"));
                await FlushAsync(cancellationToken).ConfigureAwait(false);
                var encryptedPacket = await ReadPacketAsync(_writer.SequenceId, cancellationToken).ConfigureAwait(false);
                if (encryptedPacket is null)
                {
                    return (false, true);
                }
                encrypted = encryptedPacket.Value.ToArray();
            }
            else
            {
                encrypted = packet.Value.ToArray();
            }
            password = DecryptPassword(encrypted);
        }
        return (password is not null && verifier.VerifyClearPassword(password), true);
    }

    /// <summary>RSA-OAEP decrypts (password + NUL) XOR scramble, the form clients send without TLS.</summary>
    private string? DecryptPassword(byte[] encrypted)
    {
        byte[] plain;
        try
        {
            plain = _options.RsaKey!.Decrypt(encrypted, RSAEncryptionPadding.OaepSHA1);
        }
        catch (CryptographicException)
        {
            return null;
        }
        for (int i = 0; i < plain.Length; i++)
        {
            plain[i] ^= _scramble[i % _scramble.Length];
        }
        int end = Array.IndexOf(plain, (byte)0);
        return System.Text.Encoding.UTF8.GetString(plain, 0, end < 0 ? plain.Length : end);
    }

    private async ValueTask<AccountLookup?> DenyAsync(string user, bool usingPassword, CancellationToken cancellationToken)
    {
        ProtocolLog.AccessDenied(_options.Logger, ConnectionId, user, _clientHost);
        await SendErrorAsync(MySqlErrors.AccessDeniedError(user, _clientHost, usingPassword ? "YES" : "NO"), cancellationToken).ConfigureAwait(false);
        return null;
    }
}
