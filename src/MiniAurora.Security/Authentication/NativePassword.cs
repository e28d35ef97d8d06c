using System.Security.Cryptography;

namespace MiniAurora.Security.Authentication;

/// <summary>
/// mysql_native_password: the server stores SHA1(SHA1(password)) (shown as '*' + 40 hex digits);
/// the client sends SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))).
/// See https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_authentication_methods_native_password_authentication.html
/// </summary>
public static class NativePassword
{
    /// <summary>The authentication_string for a password: '*' + uppercase hex of SHA1(SHA1(pw)); empty for an empty password.</summary>
    public static string Hash(string password)
    {
        if (password.Length == 0)
        {
            return "";
        }
        var stage1 = SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(password));
        return "*" + Convert.ToHexString(SHA1.HashData(stage1));
    }

    public static bool IsValidHash(string authenticationString) =>
        authenticationString.Length == 0 || (authenticationString.Length == 41 && authenticationString[0] == '*'
            && authenticationString.AsSpan(1).ContainsAnyExcept("0123456789ABCDEFabcdef") == false);

    /// <summary>Checks a scramble response against a stored hash in constant time for a given input length.</summary>
    public static bool Verify(string authenticationString, ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response)
    {
        if (authenticationString.Length == 0)
        {
            return response.Length == 0;
        }
        if (response.Length != 20 || !IsValidHash(authenticationString))
        {
            return false;
        }
        Span<byte> stage2 = stackalloc byte[20];
        Convert.FromHexString(authenticationString.AsSpan(1), stage2, out _, out _);
        Span<byte> buffer = stackalloc byte[scramble.Length + 20];
        scramble.CopyTo(buffer);
        stage2.CopyTo(buffer[scramble.Length..]);
        Span<byte> mask = stackalloc byte[20];
        SHA1.HashData(buffer, mask);
        Span<byte> stage1 = stackalloc byte[20];
        for (int i = 0; i < 20; i++)
        {
            stage1[i] = (byte)(response[i] ^ mask[i]);
        }
        Span<byte> check = stackalloc byte[20];
        SHA1.HashData(stage1, check);
        return CryptographicOperations.FixedTimeEquals(check, stage2);
    }

    /// <summary>What a client computes; used by tests and by the server's own self-checks.</summary>
    public static byte[] ClientResponse(string password, ReadOnlySpan<byte> scramble)
    {
        if (password.Length == 0)
        {
            return [];
        }
        var stage1 = SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(password));
        var stage2 = SHA1.HashData(stage1);
        var mask = SHA1.HashData([.. scramble, .. stage2]);
        for (int i = 0; i < 20; i++)
        {
            stage1[i] ^= mask[i];
        }
        return stage1;
    }
}
