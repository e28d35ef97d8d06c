using System.Security.Cryptography;
using System.Text;

namespace MiniAurora.Security.Authentication;

/// <summary>
/// The SHA-256 variant of Ulrich Drepper's SHA-crypt ("Unix crypt using SHA-256 and SHA-512"),
/// which MySQL's caching_sha2_password uses for its stored hashes. Written here because no
/// served NuGet package implements it for .NET; the algorithm is short and its test vectors are public.
/// </summary>
internal static class Sha256Crypt
{
    private const string Itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Returns the 43-character encoded digest of <paramref name="password"/> with the given salt and rounds.</summary>
    public static string Digest(byte[] password, byte[] salt, int rounds)
    {
        byte[] b = SHA256.HashData([.. password, .. salt, .. password]);

        using var a = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        a.AppendData(password);
        a.AppendData(salt);
        int len = password.Length;
        for (; len > 32; len -= 32)
        {
            a.AppendData(b);
        }
        a.AppendData(b, 0, len);
        for (int bits = password.Length; bits > 0; bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                a.AppendData(b);
            }
            else
            {
                a.AppendData(password);
            }
        }
        byte[] c = a.GetHashAndReset();

        using var dpHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < password.Length; i++)
        {
            dpHash.AppendData(password);
        }
        byte[] pBytes = Repeat(dpHash.GetHashAndReset(), password.Length);

        using var dsHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < 16 + c[0]; i++)
        {
            dsHash.AppendData(salt);
        }
        byte[] sBytes = Repeat(dsHash.GetHashAndReset(), salt.Length);

        using var round = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < rounds; i++)
        {
            round.AppendData((i & 1) != 0 ? pBytes : c);
            if (i % 3 != 0)
            {
                round.AppendData(sBytes);
            }
            if (i % 7 != 0)
            {
                round.AppendData(pBytes);
            }
            round.AppendData((i & 1) != 0 ? c : pBytes);
            c = round.GetHashAndReset();
        }
        return Encode(c);
    }

    private static byte[] Repeat(byte[] source, int length)
    {
        var result = new byte[length];
        for (int i = 0; i < length; i++)
        {
            result[i] = source[i % source.Length];
        }
        return result;
    }

    private static string Encode(byte[] c)
    {
        var sb = new StringBuilder(43);
        ReadOnlySpan<int> order = [0, 10, 20, 21, 1, 11, 12, 22, 2, 3, 13, 23, 24, 4, 14, 15, 25, 5, 6, 16, 26, 27, 7, 17, 18, 28, 8, 9, 19, 29];
        for (int i = 0; i < order.Length; i += 3)
        {
            Append(sb, c[order[i]], c[order[i + 1]], c[order[i + 2]], 4);
        }
        Append(sb, 0, c[31], c[30], 3);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, byte b2, byte b1, byte b0, int count)
    {
        int w = (b2 << 16) | (b1 << 8) | b0;
        for (int i = 0; i < count; i++)
        {
            sb.Append(Itoa64[w & 0x3f]);
            w >>= 6;
        }
    }

    public static byte[] RandomSalt(int length)
    {
        var salt = new byte[length];
        for (int i = 0; i < length; i++)
        {
            salt[i] = (byte)Itoa64[RandomNumberGenerator.GetInt32(Itoa64.Length)];
        }
        return salt;
    }
}
