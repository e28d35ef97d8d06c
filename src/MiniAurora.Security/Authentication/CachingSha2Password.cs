using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MiniAurora.Security.Authentication;

/// <summary>
/// caching_sha2_password. The stored authentication_string is MySQL's format:
/// '$A$' + 3-digit rounds/1000 + '$' + 20-byte salt + 43-character SHA-256-crypt digest.
/// Fast authentication needs SHA256(SHA256(password)) in a server-side cache, filled after a
/// successful full authentication (clear password over TLS or RSA), as in MySQL; the cache is
/// keyed by user@host and the stored hash, so a password change invalidates it.
/// See https://dev.mysql.com/doc/dev/mysql-server/latest/page_caching_sha2_authentication_exchanges.html
/// </summary>
public sealed class CachingSha2Password
{
    private const int SaltLength = 20;
    private const int DefaultRoundsThousands = 5;
    private readonly ConcurrentDictionary<string, byte[]> _fastAuthCache = new(StringComparer.Ordinal);

    public static string Hash(string password)
    {
        if (password.Length == 0)
        {
            return "";
        }
        var salt = Sha256Crypt.RandomSalt(SaltLength);
        var digest = Sha256Crypt.Digest(Encoding.UTF8.GetBytes(password), salt, DefaultRoundsThousands * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"$A${DefaultRoundsThousands:D3}${Encoding.ASCII.GetString(salt)}{digest}");
    }

    public static bool IsValidHash(string authenticationString) =>
        authenticationString.Length == 0 || (authenticationString.Length == 7 + SaltLength + 43
            && authenticationString.StartsWith("$A$", StringComparison.Ordinal) && authenticationString[6] == '$');

    /// <summary>Full authentication: checks a clear-text password against the stored hash.</summary>
    public bool VerifyClearPassword(string cacheKey, string authenticationString, string password)
    {
        if (authenticationString.Length == 0)
        {
            return password.Length == 0;
        }
        if (!IsValidHash(authenticationString))
        {
            return false;
        }
        int rounds = int.Parse(authenticationString.AsSpan(3, 3), CultureInfo.InvariantCulture) * 1000;
        var salt = Encoding.ASCII.GetBytes(authenticationString.Substring(7, SaltLength));
        var expected = authenticationString[(7 + SaltLength)..];
        var actual = Sha256Crypt.Digest(Encoding.UTF8.GetBytes(password), salt, rounds);
        bool ok = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
        if (ok)
        {
            var stage1 = SHA256.HashData(Encoding.UTF8.GetBytes(password));
            _fastAuthCache[CacheKey(cacheKey, authenticationString)] = SHA256.HashData(stage1);
        }
        return ok;
    }

    /// <summary>
    /// Fast authentication: response = SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + scramble).
    /// Returns null when the account is not in the cache (the server then asks for full authentication).
    /// </summary>
    public bool? VerifyFastScramble(string cacheKey, string authenticationString, ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response)
    {
        if (authenticationString.Length == 0)
        {
            return response.Length == 0;
        }
        if (!_fastAuthCache.TryGetValue(CacheKey(cacheKey, authenticationString), out var stage2))
        {
            return null;
        }
        if (response.Length != 32)
        {
            return false;
        }
        Span<byte> buffer = stackalloc byte[32 + scramble.Length];
        stage2.CopyTo(buffer);
        scramble.CopyTo(buffer[32..]);
        Span<byte> mask = stackalloc byte[32];
        SHA256.HashData(buffer, mask);
        Span<byte> stage1 = stackalloc byte[32];
        for (int i = 0; i < 32; i++)
        {
            stage1[i] = (byte)(response[i] ^ mask[i]);
        }
        Span<byte> check = stackalloc byte[32];
        SHA256.HashData(stage1, check);
        return CryptographicOperations.FixedTimeEquals(check, stage2);
    }

    public void Forget(string cacheKey) =>
        _fastAuthCache.Keys.Where(k => k.StartsWith(cacheKey + "\n", StringComparison.Ordinal)).ToList()
            .ForEach(k => _fastAuthCache.TryRemove(k, out _));

    private static string CacheKey(string account, string hash) => account + "\n" + hash;
}
