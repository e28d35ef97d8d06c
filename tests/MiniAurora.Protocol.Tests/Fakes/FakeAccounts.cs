using System.Security.Cryptography;
using MiniAurora.Protocol.Authentication;

namespace MiniAurora.Protocol.Tests.Fakes;

/// <summary>A tiny account table for tests: user → (plugin, clear password), verified with the real algorithms.</summary>
internal sealed class FakeAccounts : IConnectionAuthenticator
{
    private readonly Dictionary<string, FakeVerifier> _accounts = new(StringComparer.Ordinal);

    public FakeAccounts Add(string user, string plugin, string password)
    {
        _accounts[user] = new FakeVerifier(plugin, password);
        return this;
    }

    public int Lookups { get; private set; }

    public ValueTask<AccountLookup?> FindAccountAsync(string user, string clientHost, CancellationToken cancellationToken)
    {
        Lookups++;
        return ValueTask.FromResult(_accounts.TryGetValue(user, out var verifier)
            ? new AccountLookup(verifier.Plugin, verifier, user)
            : null);
    }

    internal sealed class FakeVerifier(string plugin, string password) : IAccountVerifier
    {
        public string Plugin { get; } = plugin;

        public bool Cached { get; set; }

        public int FullAuthentications { get; private set; }

        public bool VerifyNativeScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response) =>
            response.SequenceEqual(NativeResponse(password, scramble));

        public bool VerifySha2FastScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response) =>
            Cached && response.SequenceEqual(Sha2Response(password, scramble));

        public bool VerifyClearPassword(string candidate)
        {
            FullAuthentications++;
            bool ok = candidate == password;
            Cached |= ok;
            return ok;
        }
    }

    public static byte[] NativeResponse(string password, ReadOnlySpan<byte> scramble)
    {
        if (password.Length == 0)
        {
            return [];
        }
        var stage1 = SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(password));
        var stage2 = SHA1.HashData(stage1);
        var mask = SHA1.HashData([.. scramble, .. stage2]);
        for (int i = 0; i < stage1.Length; i++)
        {
            stage1[i] ^= mask[i];
        }
        return stage1;
    }

    public static byte[] Sha2Response(string password, ReadOnlySpan<byte> scramble)
    {
        if (password.Length == 0)
        {
            return [];
        }
        var stage1 = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(password));
        var stage2 = SHA256.HashData(stage1);
        var mask = SHA256.HashData([.. stage2, .. scramble]);
        for (int i = 0; i < stage1.Length; i++)
        {
            stage1[i] ^= mask[i];
        }
        return stage1;
    }
}
